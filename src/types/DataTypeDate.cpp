// Date text and binary forms; parsing rules are shared with the other date types.
#include "types/DataTypeDate.h"

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
UInt16 valueAt(const IColumn & column, size_t row)
{
    return static_cast<const ColumnUInt16 &>(column).getData()[row];
}

void insertDayNum(IColumn & column, Int64 day_num)
{
    static_cast<ColumnUInt16 &>(column).insertValue(DataTypeDate::clampDayNum(day_num));
}
}

MutableColumnPtr DataTypeDate::createColumn() const
{
    return ColumnUInt16::create();
}

void DataTypeDate::serializeText(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings &) const
{
    writeDateText(valueAt(column, row), out);
}

void DataTypeDate::serializeTextQuoted(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings &) const
{
    writeChar('\'', out);
    writeDateText(valueAt(column, row), out);
    writeChar('\'', out);
}

void DataTypeDate::serializeTextJSON(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings &) const
{
    writeChar('"', out);
    writeDateText(valueAt(column, row), out);
    writeChar('"', out);
}

void DataTypeDate::serializeTextCSV(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings &) const
{
    writeChar('"', out);
    writeDateText(valueAt(column, row), out);
    writeChar('"', out);
}

void DataTypeDate::deserializeTextEscaped(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    insertDayNum(column, readDateField(in, "", false, 0, "Date"));
}

void DataTypeDate::deserializeTextQuoted(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    insertDayNum(column, readDateField(in, "'", true, 0, "Date"));
}

void DataTypeDate::deserializeTextJSON(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    insertDayNum(column, readDateField(in, "\"", true, 0, "Date"));
}

void DataTypeDate::deserializeTextCSV(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const
{
    const auto quotes = csvQuotes(settings.csv_allow_single_quotes, settings.csv_allow_double_quotes);
    insertDayNum(column, readDateField(in, quotes, false, 0, "Date"));
}

void DataTypeDate::deserializeWholeText(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    std::string text;
    in.readAll(text);
    insertDayNum(column, readDateFromText(text, 0, true, "Date"));
}

void DataTypeDate::serializeBinary(const IColumn & column, size_t row, WriteBuffer & out) const
{
    serializeFixedBinary<UInt16>(column, row, out);
}

void DataTypeDate::deserializeBinary(IColumn & column, ReadBuffer & in) const
{
    deserializeFixedBinary<UInt16>(column, in);
}

void DataTypeDate::serializeBinaryBulk(const IColumn & column, WriteBuffer & out, size_t offset, size_t limit) const
{
    serializeFixedBinaryBulk<UInt16>(column, out, offset, limit);
}

void DataTypeDate::deserializeBinaryBulk(IColumn & column, ReadBuffer & in, size_t limit) const
{
    deserializeFixedBinaryBulk<UInt16>(column, in, limit);
}

void registerDataTypeDate(DataTypeFactory & factory)
{
    factory.registerType(
        "Date",
        [](const DataTypeFactory::Arguments & arguments) -> DataTypePtr
        {
            if (!arguments.empty())
                throw Exception(ErrorCodes::DATA_TYPE_CANNOT_HAVE_ARGUMENTS, "Data type Date cannot have arguments");
            return std::make_shared<DataTypeDate>();
        },
        true);
}
}
