// DateTime: unix seconds as UInt32 (1970-01-01 00:00:00 .. 2106-02-07 06:28:15 UTC), shown
// in the column's time zone: the one named in the type ("DateTime('Asia/Tokyo')") or the
// server's. Out-of-range text values are clamped to the range, as in ClickHouse.
#pragma once

#include "base/DateLUT.h"
#include "types/IDataType.h"

namespace datastore
{
class DataTypeFactory;

class DataTypeDateTime final : public IDataType
{
public:
    /// Empty `time_zone_name`: the server's zone, not written in the name.
    explicit DataTypeDateTime(const std::string & time_zone_name = "");

    TypeIndex getTypeId() const override { return TypeIndex::DateTime; }
    std::string getName() const override;
    std::string getFamilyName() const override { return "DateTime"; }

    MutableColumnPtr createColumn() const override;
    Field getDefault() const override { return UInt64(0); }
    bool isValueRepresentedByNumber() const override { return true; }
    size_t getSizeOfValueInMemory() const override { return sizeof(UInt32); }

    const DateLUT & getTimeZone() const { return zone; }
    bool hasExplicitTimeZone() const { return has_explicit_time_zone; }

    void serializeText(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;
    void serializeTextQuoted(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;
    void serializeTextJSON(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;
    void serializeTextCSV(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;

    void deserializeTextEscaped(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    void deserializeTextQuoted(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    void deserializeTextJSON(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    void deserializeTextCSV(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    void deserializeWholeText(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;

    void serializeBinary(const IColumn & column, size_t row, WriteBuffer & out) const override;
    void deserializeBinary(IColumn & column, ReadBuffer & in) const override;
    void serializeBinaryBulk(const IColumn & column, WriteBuffer & out, size_t offset, size_t limit) const override;
    void deserializeBinaryBulk(IColumn & column, ReadBuffer & in, size_t limit) const override;

    /// Unix seconds clamped to the DateTime range.
    static UInt32 clampTime(Int64 t) { return static_cast<UInt32>(t < 0 ? 0 : (t > 0xFFFFFFFFLL ? 0xFFFFFFFFLL : t)); }

private:
    void readField(IColumn & column, ReadBuffer & in, std::string_view quotes) const;

    bool has_explicit_time_zone;
    const DateLUT & zone;
};

/// Registers DateTime; DateTime(precision[, 'zone']) makes a DateTime64, as in ClickHouse.
void registerDataTypeDateTime(DataTypeFactory & factory);
}
