// Nothing: the type of a value that cannot exist, e.g. the elements of [] and the nested
// type of NULL (Nullable(Nothing)). Its column holds one placeholder zero byte per row, as
// there is no dedicated empty column; it has no text form.
#pragma once

#include "types/IDataType.h"

namespace datastore
{
class DataTypeFactory;

class DataTypeNothing final : public IDataType
{
public:
    TypeIndex getTypeId() const override { return TypeIndex::Nothing; }
    std::string getName() const override { return "Nothing"; }
    std::string getFamilyName() const override { return "Nothing"; }

    MutableColumnPtr createColumn() const override;
    Field getDefault() const override { return Field(); }
    Field getField(const IColumn &, size_t) const override { return Field(); }
    bool isComparable() const override { return false; }

    /// Text forms throw NOT_IMPLEMENTED: no value of type Nothing can be written or read.
    void serializeText(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;
    void serializeTextJSON(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;
    void deserializeTextEscaped(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    void deserializeTextQuoted(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    void deserializeTextJSON(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    void deserializeTextCSV(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    void deserializeWholeText(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;

    /// RowBinary has no bytes for it (only inside Nullable, where the null flag says all).
    void serializeBinary(const IColumn & column, size_t row, WriteBuffer & out) const override;
    void deserializeBinary(IColumn & column, ReadBuffer & in) const override;
    /// Native: one '0' byte per row, as ClickHouse writes it.
    void serializeBinaryBulk(const IColumn & column, WriteBuffer & out, size_t offset, size_t limit) const override;
    void deserializeBinaryBulk(IColumn & column, ReadBuffer & in, size_t limit) const override;
};

void registerDataTypeNothing(DataTypeFactory & factory);
}
