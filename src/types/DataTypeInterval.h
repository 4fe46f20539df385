// IntervalSecond ... IntervalYear, as ClickHouse's Interval types: a count of one unit per
// row in a ColumnInt64, the value of toIntervalDay(3) and INTERVAL 5 MINUTE. Written and
// read as Int64 in every format; the unit lives in the type only.
#pragma once

#include "types/IDataType.h"
#include "types/IntervalKind.h"

namespace datastore
{
class DataTypeFactory;

class DataTypeInterval final : public IDataType
{
public:
    explicit DataTypeInterval(IntervalKind kind_) : kind(kind_) {}

    IntervalKind getKind() const { return kind; }

    TypeIndex getTypeId() const override { return TypeIndex::Interval; }
    std::string getName() const override { return getFamilyName(); }
    std::string getFamilyName() const override { return "Interval" + std::string(intervalKindName(kind)); }

    MutableColumnPtr createColumn() const override;
    Field getDefault() const override { return Field(Int64{0}); }
    bool isValueRepresentedByNumber() const override { return true; }
    size_t getSizeOfValueInMemory() const override { return sizeof(Int64); }

    void serializeText(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;
    void serializeTextJSON(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;
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
    IntervalKind kind;
};

/// IntervalNanosecond ... IntervalYear.
void registerDataTypeInterval(DataTypeFactory & factory);
}
