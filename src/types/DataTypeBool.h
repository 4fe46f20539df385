// Bool: one UInt8 per row (0 or 1), written as true/false in every text form and read
// from any of ClickHouse's spellings (true/false, 1/0, yes/no, on/off, enable/disable...).
#pragma once

#include "types/IDataType.h"

namespace datastore
{
class DataTypeFactory;

class DataTypeBool final : public IDataType
{
public:
    TypeIndex getTypeId() const override { return TypeIndex::Bool; }
    std::string getName() const override { return "Bool"; }
    std::string getFamilyName() const override { return "Bool"; }

    MutableColumnPtr createColumn() const override;
    Field getDefault() const override { return Field(false); }
    Field getField(const IColumn & column, size_t row) const override;
    bool isValueRepresentedByNumber() const override { return true; }
    size_t getSizeOfValueInMemory() const override { return 1; }

    void serializeText(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;
    void serializeTextJSON(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;

    /// Bad input throws CANNOT_PARSE_BOOL and appends nothing.
    void deserializeTextEscaped(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    void deserializeTextQuoted(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    /// JSON takes only true/false/1/0, unquoted.
    void deserializeTextJSON(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    void deserializeTextCSV(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    void deserializeWholeText(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;

    void serializeBinary(const IColumn & column, size_t row, WriteBuffer & out) const override;
    void deserializeBinary(IColumn & column, ReadBuffer & in) const override;
    void serializeBinaryBulk(const IColumn & column, WriteBuffer & out, size_t offset, size_t limit) const override;
    void deserializeBinaryBulk(IColumn & column, ReadBuffer & in, size_t limit) const override;
};

/// Bool, case-insensitive, with the alias BOOLEAN.
void registerDataTypeBool(DataTypeFactory & factory);
}
