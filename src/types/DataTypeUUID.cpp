// Text and binary forms of UUID and its registration.
#include "types/DataTypeUUID.h"

#include "base/Exception.h"
#include "columns/ColumnVector.h"
#include "io/ReadHelpers.h"
#include "io/WriteHelpers.h"
#include "types/DataTypeFactory.h"
#include "types/FixedWidthSerialization.h"

namespace datastore
{
namespace
{
const UUID & valueAt(const IColumn & column, size_t row)
{
    return static_cast<const ColumnUUID &>(column).getData()[row];
}

void writeEnclosed(const UUID & uuid, char quote, WriteBuffer & out)
{
    writeChar(quote, out);
    writeUUIDText(uuid, out);
    writeChar(quote, out);
}

/// Reads a UUID, in `quote` characters if the input starts with one of them.
void readInsert(IColumn & column, ReadBuffer & in, std::string_view quotes)
{
    char quote = 0;
    if (!in.eof() && quotes.find(*in.pos()) != std::string_view::npos)
    {
        quote = *in.pos();
        in.advance(1);
    }
    UUID uuid;
    readUUIDText(uuid, in);
    if (quote)
        assertChar(quote, in);
    static_cast<ColumnUUID &>(column).insertValue(uuid);
}

void readEnclosed(IColumn & column, ReadBuffer & in, char quote)
{
    assertChar(quote, in);
    UUID uuid;
    readUUIDText(uuid, in);
    assertChar(quote, in);
    static_cast<ColumnUUID &>(column).insertValue(uuid);
}
}

MutableColumnPtr DataTypeUUID::createColumn() const
{
    return ColumnUUID::create();
}

void DataTypeUUID::serializeText(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings &) const
{
    writeUUIDText(valueAt(column, row), out);
}

void DataTypeUUID::serializeTextQuoted(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings &) const
{
    writeEnclosed(valueAt(column, row), '\'', out);
}

void DataTypeUUID::serializeTextJSON(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings &) const
{
    writeEnclosed(valueAt(column, row), '"', out);
}

void DataTypeUUID::serializeTextCSV(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings &) const
{
    writeEnclosed(valueAt(column, row), '"', out);
}

void DataTypeUUID::deserializeTextEscaped(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    readInsert(column, in, {});
}

void DataTypeUUID::deserializeTextQuoted(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    readEnclosed(column, in, '\'');
}

void DataTypeUUID::deserializeTextJSON(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    readEnclosed(column, in, '"');
}

void DataTypeUUID::deserializeTextCSV(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const
{
    std::string quotes;
    if (settings.csv_allow_double_quotes)
        quotes += '"';
    if (settings.csv_allow_single_quotes)
        quotes += '\'';
    readInsert(column, in, quotes);
}

void DataTypeUUID::deserializeWholeText(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    std::string text;
    in.readAll(text);
    ReadBufferFromMemory text_in(text);
    UUID uuid;
    try
    {
        readUUIDText(uuid, text_in);
    }
    catch (const Exception &)
    {
        throw Exception(ErrorCodes::CANNOT_PARSE_UUID, "Cannot parse uuid {}", text);
    }
    if (!text_in.eof())
        throw Exception(ErrorCodes::CANNOT_PARSE_UUID, "Cannot parse uuid {}", text);
    static_cast<ColumnUUID &>(column).insertValue(uuid);
}

void DataTypeUUID::serializeBinary(const IColumn & column, size_t row, WriteBuffer & out) const
{
    serializeFixedBinary<UUID>(column, row, out);
}

void DataTypeUUID::deserializeBinary(IColumn & column, ReadBuffer & in) const
{
    deserializeFixedBinary<UUID>(column, in);
}

void DataTypeUUID::serializeBinaryBulk(const IColumn & column, WriteBuffer & out, size_t offset, size_t limit) const
{
    serializeFixedBinaryBulk<UUID>(column, out, offset, limit);
}

void DataTypeUUID::deserializeBinaryBulk(IColumn & column, ReadBuffer & in, size_t limit) const
{
    deserializeFixedBinaryBulk<UUID>(column, in, limit);
}

void registerDataTypeUUID(DataTypeFactory & factory)
{
    factory.registerType(
        "UUID",
        [](const DataTypeFactory::Arguments & arguments) -> DataTypePtr
        {
            if (!arguments.empty())
                throw Exception(ErrorCodes::DATA_TYPE_CANNOT_HAVE_ARGUMENTS, "Data type UUID cannot have arguments");
            static const DataTypePtr type = std::make_shared<DataTypeUUID>();
            return type;
        });
}
}
