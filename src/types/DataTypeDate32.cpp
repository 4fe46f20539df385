// Date32 text and binary forms; parsing rules are shared with the other date types.
#include "types/DataTypeDate32.h"

#include "columns/ColumnVector.h"
#include "io/ReadHelpers.h"
#include "io/WriteHelpers.h"
#include "types/DataTypeFactory.h"
#include "types/DateTimeText.h"
#include "types/FixedWidthSerialization.h"

namespace datastore
{
namespace
{
Int32 valueAt(const IColumn & column, size_t row)
{
    return static_cast<const ColumnInt32 &>(column).getData()[row];
}

void insertDayNum(IColumn & column, Int64 day_num)
{
    static_cast<ColumnInt32 &>(column).insertValue(DataTypeDate32::clampDayNum(day_num));
}
}

MutableColumnPtr DataTypeDate32::createColumn() const
{
    return ColumnInt32::create();
}

void DataTypeDate32::serializeText(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings &) const
{
    writeDateText(valueAt(column, row), out);
}

void DataTypeDate32::serializeTextQuoted(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings &) const
{
    writeChar('\'', out);
    writeDateText(valueAt(column, row), out);
    writeChar('\'', out);
}

void DataTypeDate32::serializeTextJSON(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings &) const
{
    writeChar('"', out);
    writeDateText(valueAt(column, row), out);
    writeChar('"', out);
}

void DataTypeDate32::serializeTextCSV(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings &) const
{
    writeChar('"', out);
    writeDateText(valueAt(column, row), out);
    writeChar('"', out);
}

void DataTypeDate32::deserializeTextEscaped(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    insertDayNum(column, readDateField(in, "", false, DateLUT::kMinDayNum, "Date32"));
}

void DataTypeDate32::deserializeTextQuoted(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    insertDayNum(column, readDateField(in, "'", true, DateLUT::kMinDayNum, "Date32"));
}

void DataTypeDate32::deserializeTextJSON(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    insertDayNum(column, readDateField(in, "\"", true, DateLUT::kMinDayNum, "Date32"));
}

void DataTypeDate32::deserializeTextCSV(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const
{
    const auto quotes = csvQuotes(settings.csv_allow_single_quotes, settings.csv_allow_double_quotes);
    insertDayNum(column, readDateField(in, quotes, false, DateLUT::kMinDayNum, "Date32"));
}

void DataTypeDate32::deserializeWholeText(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    std::string text;
    in.readAll(text);
    insertDayNum(column, readDateFromText(text, DateLUT::kMinDayNum, true, "Date32"));
}

void DataTypeDate32::serializeBinary(const IColumn & column, size_t row, WriteBuffer & out) const
{
    serializeFixedBinary<Int32>(column, row, out);
}

void DataTypeDate32::deserializeBinary(IColumn & column, ReadBuffer & in) const
{
    deserializeFixedBinary<Int32>(column, in);
}

void DataTypeDate32::serializeBinaryBulk(const IColumn & column, WriteBuffer & out, size_t offset, size_t limit) const
{
    serializeFixedBinaryBulk<Int32>(column, out, offset, limit);
}

void DataTypeDate32::deserializeBinaryBulk(IColumn & column, ReadBuffer & in, size_t limit) const
{
    deserializeFixedBinaryBulk<Int32>(column, in, limit);
}

void registerDataTypeDate32(DataTypeFactory & factory)
{
    factory.registerType(
        "Date32",
        [](const DataTypeFactory::Arguments & arguments) -> DataTypePtr
        {
            if (!arguments.empty())
                throw Exception(ErrorCodes::DATA_TYPE_CANNOT_HAVE_ARGUMENTS, "Data type Date32 cannot have arguments");
            return std::make_shared<DataTypeDate32>();
        },
        true);
}
}
