// DateTime text and binary forms; parsing rules are shared with the other date types.
#include "types/DataTypeDateTime.h"

#include "columns/ColumnVector.h"
#include "io/ReadHelpers.h"
#include "io/WriteHelpers.h"
#include "types/DataTypeDateTime64.h"
#include "types/DataTypeFactory.h"
#include "types/DateTimeText.h"
#include "types/FixedWidthSerialization.h"

namespace datastore
{
namespace
{
UInt32 valueAt(const IColumn & column, size_t row)
{
    return static_cast<const ColumnUInt32 &>(column).getData()[row];
}
}

DataTypeDateTime::DataTypeDateTime(const std::string & time_zone_name)
    : has_explicit_time_zone(!time_zone_name.empty())
    , zone(time_zone_name.empty() ? DateLUT::serverTimezone() : DateLUT::instance(time_zone_name))
{
}

std::string DataTypeDateTime::getName() const
{
    return has_explicit_time_zone ? "DateTime('" + zone.getTimeZone() + "')" : "DateTime";
}

MutableColumnPtr DataTypeDateTime::createColumn() const
{
    return ColumnUInt32::create();
}

void DataTypeDateTime::serializeText(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings &) const
{
    writeDateTimeText(valueAt(column, row), zone, out);
}

void DataTypeDateTime::serializeTextQuoted(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings &) const
{
    writeChar('\'', out);
    writeDateTimeText(valueAt(column, row), zone, out);
    writeChar('\'', out);
}

void DataTypeDateTime::serializeTextJSON(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings &) const
{
    writeChar('"', out);
    writeDateTimeText(valueAt(column, row), zone, out);
    writeChar('"', out);
}

void DataTypeDateTime::serializeTextCSV(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings &) const
{
    writeChar('"', out);
    writeDateTimeText(valueAt(column, row), zone, out);
    writeChar('"', out);
}

void DataTypeDateTime::readField(IColumn & column, ReadBuffer & in, std::string_view quotes) const
{
    char buffer[64];
    bool was_quoted;
    std::string_view text = readDateTimeField(in, buffer, quotes, was_quoted);
    static_cast<ColumnUInt32 &>(column).insertValue(clampTime(readDateTimeFromText(text, zone, 0, false, getName())));
}

void DataTypeDateTime::deserializeTextEscaped(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    readField(column, in, "");
}

void DataTypeDateTime::deserializeTextQuoted(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    readField(column, in, "'");
}

void DataTypeDateTime::deserializeTextJSON(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    readField(column, in, "\"");
}

void DataTypeDateTime::deserializeTextCSV(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const
{
    readField(column, in, csvQuotes(settings.csv_allow_single_quotes, settings.csv_allow_double_quotes));
}

void DataTypeDateTime::deserializeWholeText(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    std::string text;
    in.readAll(text);
    static_cast<ColumnUInt32 &>(column).insertValue(clampTime(readDateTimeFromText(text, zone, 0, true, getName())));
}

void DataTypeDateTime::serializeBinary(const IColumn & column, size_t row, WriteBuffer & out) const
{
    serializeFixedBinary<UInt32>(column, row, out);
}

void DataTypeDateTime::deserializeBinary(IColumn & column, ReadBuffer & in) const
{
    deserializeFixedBinary<UInt32>(column, in);
}

void DataTypeDateTime::serializeBinaryBulk(const IColumn & column, WriteBuffer & out, size_t offset, size_t limit) const
{
    serializeFixedBinaryBulk<UInt32>(column, out, offset, limit);
}

void DataTypeDateTime::deserializeBinaryBulk(IColumn & column, ReadBuffer & in, size_t limit) const
{
    deserializeFixedBinaryBulk<UInt32>(column, in, limit);
}

void registerDataTypeDateTime(DataTypeFactory & factory)
{
    factory.registerType(
        "DateTime",
        [](const DataTypeFactory::Arguments & arguments) -> DataTypePtr
        {
            if (arguments.empty())
                return std::make_shared<DataTypeDateTime>();
            /// A leading number is a precision: the type is a DateTime64.
            if (!arguments[0].empty() && arguments[0][0] != '\'')
                return createDataTypeDateTime64(arguments);
            if (arguments.size() > 1)
                throw Exception(
                    ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH,
                    "DateTime data type can optionally have only one argument - time zone name");
            return std::make_shared<DataTypeDateTime>(unquoteTypeArgument(arguments[0]));
        },
        true);
}
}
