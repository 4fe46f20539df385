// DateTime64(P[, 'zone']): unix time in units of 10^-P seconds as Int64 (P = 0..9), shown in
// the column's time zone with exactly P fraction digits. Its Field is DecimalField<Int64>
// with scale P.
#pragma once

#include "base/DateLUT.h"
#include "types/DataTypeFactory.h"
#include "types/IDataType.h"

namespace datastore
{
class DataTypeDateTime64 final : public IDataType
{
public:
    static constexpr UInt32 kMaxScale = 9;

    /// Throws ARGUMENT_OUT_OF_BOUND for scale > 9. Empty `time_zone_name`: the server's zone.
    DataTypeDateTime64(UInt32 scale, const std::string & time_zone_name = "");

    TypeIndex getTypeId() const override { return TypeIndex::DateTime64; }
    std::string getName() const override;
    std::string getFamilyName() const override { return "DateTime64"; }

    MutableColumnPtr createColumn() const override;
    Field getDefault() const override { return DecimalField<Int64> { 0, scale }; }
    Field getField(const IColumn & column, size_t row) const override;
    bool isValueRepresentedByNumber() const override { return true; }
    size_t getSizeOfValueInMemory() const override { return sizeof(Int64); }

    UInt32 getScale() const { return scale; }
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

private:
    void readField(IColumn & column, ReadBuffer & in, std::string_view quotes) const;
    void writeQuoted(const IColumn & column, size_t row, WriteBuffer & out, char quote) const;

    UInt32 scale;
    bool has_explicit_time_zone;
    const DateLUT & zone;
};

/// DateTime64 from its type arguments: none (precision 3), "P", or "P", "'zone'".
DataTypePtr createDataTypeDateTime64(const DataTypeFactory::Arguments & arguments);
void registerDataTypeDateTime64(DataTypeFactory & factory);
}
