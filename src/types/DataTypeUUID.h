// UUID: one ColumnVector<UUID> value per row. Text is 8-4-4-4-12 lower-case hex; binary is
// ClickHouse's layout, the high 64-bit half then the low half, each little-endian.
#pragma once

#include "types/IDataType.h"

namespace datastore
{
class DataTypeFactory;

class DataTypeUUID final : public IDataType
{
public:
    TypeIndex getTypeId() const override { return TypeIndex::UUID; }
    std::string getName() const override { return "UUID"; }
    std::string getFamilyName() const override { return "UUID"; }

    MutableColumnPtr createColumn() const override;
    Field getDefault() const override { return Field(UUID {}); }
    size_t getSizeOfValueInMemory() const override { return sizeof(UUID); }

    void serializeText(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;
    void serializeTextQuoted(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;
    void serializeTextJSON(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;
    void serializeTextCSV(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;

    /// Bad input throws CANNOT_PARSE_UUID ("Cannot parse uuid abc") and appends nothing.
    void deserializeTextEscaped(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    void deserializeTextQuoted(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    void deserializeTextJSON(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    void deserializeTextCSV(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    void deserializeWholeText(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;

    void serializeBinary(const IColumn & column, size_t row, WriteBuffer & out) const override;
    void deserializeBinary(IColumn & column, ReadBuffer & in) const override;
    void serializeBinaryBulk(const IColumn & column, WriteBuffer & out, size_t offset, size_t limit) const override;
    void deserializeBinaryBulk(IColumn & column, ReadBuffer & in, size_t limit) const override;
};

void registerDataTypeUUID(DataTypeFactory & factory);
}
