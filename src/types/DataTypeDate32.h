// Date32: days since 1970-01-01 as Int32 (1900-01-01 .. 2299-12-31), zone-independent.
// Text is 'YYYY-MM-DD'; values outside the range are clamped to it, as in ClickHouse.
#pragma once

#include "base/DateLUT.h"
#include "types/IDataType.h"

namespace datastore
{
class DataTypeFactory;

class DataTypeDate32 final : public IDataType
{
public:
    TypeIndex getTypeId() const override { return TypeIndex::Date32; }
    std::string getName() const override { return "Date32"; }
    std::string getFamilyName() const override { return "Date32"; }

    MutableColumnPtr createColumn() const override;
    Field getDefault() const override { return Int64(0); }
    bool isValueRepresentedByNumber() const override { return true; }
    size_t getSizeOfValueInMemory() const override { return sizeof(Int32); }

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

    /// A parsed day number clamped to the Date range.
    static Int32 clampDayNum(Int64 day_num)
    {
        return static_cast<Int32>(
            day_num < DateLUT::kMinDayNum ? DateLUT::kMinDayNum : (day_num > DateLUT::kMaxDayNum ? DateLUT::kMaxDayNum : day_num));
    }
};

void registerDataTypeDate32(DataTypeFactory & factory);
}
