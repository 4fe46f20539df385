// Interval types keep Int64 counts, so every form is Int64's; this file forwards to it.
#include "types/DataTypeInterval.h"

#include "base/Exception.h"
#include "types/DataTypeFactory.h"
#include "types/DataTypeNumber.h"

namespace datastore
{
namespace
{
const DataTypeInt64 & count()
{
    static const DataTypeInt64 type;
    return type;
}
}

MutableColumnPtr DataTypeInterval::createColumn() const
{
    return ColumnInt64::create();
}

void DataTypeInterval::serializeText(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const
{
    count().serializeText(column, row, out, settings);
}

void DataTypeInterval::serializeTextJSON(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const
{
    count().serializeTextJSON(column, row, out, settings);
}

void DataTypeInterval::deserializeTextEscaped(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const
{
    count().deserializeTextEscaped(column, in, settings);
}

void DataTypeInterval::deserializeTextQuoted(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const
{
    count().deserializeTextQuoted(column, in, settings);
}

void DataTypeInterval::deserializeTextJSON(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const
{
    count().deserializeTextJSON(column, in, settings);
}

void DataTypeInterval::deserializeTextCSV(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const
{
    count().deserializeTextCSV(column, in, settings);
}

void DataTypeInterval::deserializeWholeText(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const
{
    count().deserializeWholeText(column, in, settings);
}

void DataTypeInterval::serializeBinary(const IColumn & column, size_t row, WriteBuffer & out) const
{
    count().serializeBinary(column, row, out);
}

void DataTypeInterval::deserializeBinary(IColumn & column, ReadBuffer & in) const
{
    count().deserializeBinary(column, in);
}

void DataTypeInterval::serializeBinaryBulk(const IColumn & column, WriteBuffer & out, size_t offset, size_t limit) const
{
    count().serializeBinaryBulk(column, out, offset, limit);
}

void DataTypeInterval::deserializeBinaryBulk(IColumn & column, ReadBuffer & in, size_t limit) const
{
    count().deserializeBinaryBulk(column, in, limit);
}

void registerDataTypeInterval(DataTypeFactory & factory)
{
    for (auto kind : {IntervalKind::Nanosecond, IntervalKind::Microsecond, IntervalKind::Millisecond, IntervalKind::Second,
                      IntervalKind::Minute, IntervalKind::Hour, IntervalKind::Day, IntervalKind::Week, IntervalKind::Month,
                      IntervalKind::Quarter, IntervalKind::Year})
    {
        auto type = std::make_shared<DataTypeInterval>(kind);
        std::string family = type->getFamilyName();
        factory.registerType(
            family,
            [type, family](const DataTypeFactory::Arguments & arguments) -> DataTypePtr
            {
                if (!arguments.empty())
                    throw Exception(ErrorCodes::DATA_TYPE_CANNOT_HAVE_ARGUMENTS, "Data type {} cannot have arguments", family);
                return type;
            });
    }
}
}
