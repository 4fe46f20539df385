// DateTime64 text and binary forms; parsing rules are shared with the other date types.
#include "types/DataTypeDateTime64.h"

#include "columns/ColumnVector.h"
#include "io/ReadHelpers.h"
#include "io/WriteHelpers.h"
#include "types/DateTimeText.h"
#include "types/FixedWidthSerialization.h"

#include <charconv>

namespace datastore
{
namespace
{
Int64 valueAt(const IColumn & column, size_t row)
{
    return static_cast<const ColumnInt64 &>(column).getData()[row];
}
}

DataTypeDateTime64::DataTypeDateTime64(UInt32 scale_, const std::string & time_zone_name)
    : scale(scale_)
    , has_explicit_time_zone(!time_zone_name.empty())
    , zone(time_zone_name.empty() ? DateLUT::serverTimezone() : DateLUT::instance(time_zone_name))
{
    if (scale > kMaxScale)
        throw Exception(
            ErrorCodes::ARGUMENT_OUT_OF_BOUND, "Scale {} is too large for DateTime64. Maximum is up to nanoseconds ({})", scale, kMaxScale);
}

std::string DataTypeDateTime64::getName() const
{
    if (has_explicit_time_zone)
        return "DateTime64(" + std::to_string(scale) + ", '" + zone.getTimeZone() + "')";
    return "DateTime64(" + std::to_string(scale) + ")";
}

MutableColumnPtr DataTypeDateTime64::createColumn() const
{
    return ColumnInt64::create();
}

Field DataTypeDateTime64::getField(const IColumn & column, size_t row) const
{
    return DecimalField<Int64> { valueAt(column, row), scale };
}

void DataTypeDateTime64::serializeText(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings &) const
{
    writeDateTime64Text(valueAt(column, row), scale, zone, out);
}

void DataTypeDateTime64::writeQuoted(const IColumn & column, size_t row, WriteBuffer & out, char quote) const
{
    writeChar(quote, out);
    writeDateTime64Text(valueAt(column, row), scale, zone, out);
    writeChar(quote, out);
}

void DataTypeDateTime64::serializeTextQuoted(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings &) const
{
    writeQuoted(column, row, out, '\'');
}

void DataTypeDateTime64::serializeTextJSON(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings &) const
{
    writeQuoted(column, row, out, '"');
}

void DataTypeDateTime64::serializeTextCSV(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings &) const
{
    writeQuoted(column, row, out, '"');
}

void DataTypeDateTime64::readField(IColumn & column, ReadBuffer & in, std::string_view quotes) const
{
    char buffer[64];
    bool was_quoted;
    std::string_view text = readDateTimeField(in, buffer, quotes, was_quoted);
    static_cast<ColumnInt64 &>(column).insertValue(readDateTimeFromText(text, zone, scale, false, getName()));
}

void DataTypeDateTime64::deserializeTextEscaped(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    readField(column, in, "");
}

void DataTypeDateTime64::deserializeTextQuoted(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    readField(column, in, "'");
}

void DataTypeDateTime64::deserializeTextJSON(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    readField(column, in, "\"");
}

void DataTypeDateTime64::deserializeTextCSV(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const
{
    readField(column, in, csvQuotes(settings.csv_allow_single_quotes, settings.csv_allow_double_quotes));
}

void DataTypeDateTime64::deserializeWholeText(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    std::string text;
    in.readAll(text);
    static_cast<ColumnInt64 &>(column).insertValue(readDateTimeFromText(text, zone, scale, true, getName()));
}

void DataTypeDateTime64::serializeBinary(const IColumn & column, size_t row, WriteBuffer & out) const
{
    serializeFixedBinary<Int64>(column, row, out);
}

void DataTypeDateTime64::deserializeBinary(IColumn & column, ReadBuffer & in) const
{
    deserializeFixedBinary<Int64>(column, in);
}

void DataTypeDateTime64::serializeBinaryBulk(const IColumn & column, WriteBuffer & out, size_t offset, size_t limit) const
{
    serializeFixedBinaryBulk<Int64>(column, out, offset, limit);
}

void DataTypeDateTime64::deserializeBinaryBulk(IColumn & column, ReadBuffer & in, size_t limit) const
{
    deserializeFixedBinaryBulk<Int64>(column, in, limit);
}

DataTypePtr createDataTypeDateTime64(const DataTypeFactory::Arguments & arguments)
{
    if (arguments.empty())
        return std::make_shared<DataTypeDateTime64>(3);
    if (arguments.size() > 2)
        throw Exception(
            ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH,
            "DateTime64 data type can optionally have two argument - scale and time zone name");
    const std::string & precision = arguments[0];
    UInt64 scale = 0;
    auto [end, error] = std::from_chars(precision.data(), precision.data() + precision.size(), scale);
    if (error != std::errc() || end != precision.data() + precision.size())
        throw Exception(
            ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Scale argument for DateTime64 must be an unsigned integer, got {}", precision);
    if (scale > DataTypeDateTime64::kMaxScale)
        throw Exception(
            ErrorCodes::ARGUMENT_OUT_OF_BOUND, "Scale {} is too large for DateTime64. Maximum is up to nanoseconds ({})", scale,
            DataTypeDateTime64::kMaxScale);
    const std::string time_zone = arguments.size() == 2 ? unquoteTypeArgument(arguments[1]) : "";
    return std::make_shared<DataTypeDateTime64>(static_cast<UInt32>(scale), time_zone);
}

void registerDataTypeDateTime64(DataTypeFactory & factory)
{
    factory.registerType("DateTime64", createDataTypeDateTime64, true);
}
}
