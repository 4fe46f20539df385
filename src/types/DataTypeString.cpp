// Text and binary forms of String, and its registration with the SQL aliases.
#include "types/DataTypeString.h"

#include <cstring>

#include "base/Exception.h"
#include "columns/ColumnString.h"
#include "io/ReadHelpers.h"
#include "io/WriteHelpers.h"
#include "types/DataTypeFactory.h"

namespace datastore
{
namespace
{
std::string_view valueAt(const IColumn & column, size_t row)
{
    return static_cast<const ColumnString &>(column).getDataAt(row);
}

/// Runs `read` to append one value's bytes to the column's chars, then closes the row.
/// On error the chars are cut back, so the column is as before.
template <typename Read> void insertRead(IColumn & column, Read && read)
{
    auto & string_column = static_cast<ColumnString &>(column);
    auto & chars = string_column.getChars();
    size_t old_size = chars.size();
    try
    {
        read(chars);
    }
    catch (...)
    {
        chars.resize(old_size);
        throw;
    }
    string_column.getOffsets().push_back(chars.size());
}
}

namespace
{
/// Copies a JSON object or array as written (input_format_json_read_objects_as_strings and
/// _arrays_as_strings, on by default in ClickHouse). Brackets inside strings do not count.
void copyJSONObjectOrArray(PodArray<char> & chars, ReadBuffer & in)
{
    size_t depth = 0;
    bool in_string = false;
    while (!in.eof())
    {
        char c = *in.pos();
        chars.push_back(c);
        in.advance(1);
        if (in_string)
        {
            if (c == '\\' && !in.eof())
            {
                chars.push_back(*in.pos());
                in.advance(1);
            }
            else if (c == '"')
                in_string = false;
        }
        else if (c == '"')
            in_string = true;
        else if (c == '[' || c == '{')
            ++depth;
        else if ((c == ']' || c == '}') && --depth == 0)
            return;
    }
    throw Exception(ErrorCodes::INCORRECT_DATA, "Cannot read JSON object or array: unexpected end of data");
}
}

void readJSONStringOrBareScalarInto(PodArray<char> & chars, ReadBuffer & in)
{
    if (!in.eof() && *in.pos() != '"')
    {
        char first = *in.pos();
        if (first == '-' || (first >= '0' && first <= '9'))
        {
            while (!in.eof())
            {
                char c = *in.pos();
                if (!((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E'))
                    break;
                chars.push_back(c);
                in.advance(1);
            }
            return;
        }
        if (first == '[' || first == '{')
        {
            copyJSONObjectOrArray(chars, in);
            return;
        }
        for (std::string_view literal : { std::string_view("true"), std::string_view("false") })
        {
            if (checkString(literal, in))
            {
                chars.insert(literal.data(), literal.data() + literal.size());
                return;
            }
        }
    }
    readJSONStringInto(chars, in);
}

MutableColumnPtr DataTypeString::createColumn() const
{
    return ColumnString::create();
}

void DataTypeString::serializeText(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings &) const
{
    writeString(valueAt(column, row), out);
}

void DataTypeString::serializeTextEscaped(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings &) const
{
    writeEscapedString(valueAt(column, row), out);
}

void DataTypeString::serializeTextQuoted(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings &) const
{
    writeQuotedString(valueAt(column, row), out);
}

void DataTypeString::serializeTextJSON(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const
{
    writeJSONString(valueAt(column, row), out, settings.json_escape_forward_slashes);
}

void DataTypeString::serializeTextCSV(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings &) const
{
    writeCSVString(valueAt(column, row), out);
}

void DataTypeString::deserializeTextEscaped(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    insertRead(column, [&](PodArray<char> & chars) { readEscapedStringInto(chars, in); });
}

void DataTypeString::deserializeTextQuoted(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    insertRead(column, [&](PodArray<char> & chars) { readQuotedStringInto(chars, in); });
}

void DataTypeString::deserializeTextJSON(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    insertRead(column, [&](PodArray<char> & chars) { readJSONStringOrBareScalarInto(chars, in); });
}

void DataTypeString::deserializeTextCSV(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const
{
    CSVStringSettings csv { settings.csv_delimiter, settings.csv_allow_single_quotes, settings.csv_allow_double_quotes };
    insertRead(column, [&](PodArray<char> & chars) { readCSVStringInto(chars, in, csv); });
}

void DataTypeString::deserializeWholeText(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    insertRead(
        column,
        [&](PodArray<char> & chars)
        {
            while (!in.eof())
            {
                chars.insert(in.pos(), in.end());
                in.setPos(in.end());
            }
        });
}

void DataTypeString::serializeBinary(const IColumn & column, size_t row, WriteBuffer & out) const
{
    writeStringBinary(valueAt(column, row), out);
}

void DataTypeString::deserializeBinary(IColumn & column, ReadBuffer & in) const
{
    UInt64 size = 0;
    readVarUInt(size, in);
    if (size > 0x40000000)
        throw Exception(ErrorCodes::TOO_LARGE_STRING_SIZE, "Too large string size.");
    insertRead(
        column,
        [&](PodArray<char> & chars)
        {
            size_t old_size = chars.size();
            chars.resize(old_size + size);
            in.readStrict(chars.data() + old_size, size);
        });
}

void DataTypeString::serializeBinaryBulk(const IColumn & column, WriteBuffer & out, size_t offset, size_t limit) const
{
    const auto & string_column = static_cast<const ColumnString &>(column);
    size_t size = string_column.size();
    if (offset >= size)
        return;
    size_t end = (limit == 0 || offset + limit > size) ? size : offset + limit;
    for (size_t row = offset; row < end; ++row)
        writeStringBinary(string_column.getDataAt(row), out);
}

void DataTypeString::deserializeBinaryBulk(IColumn & column, ReadBuffer & in, size_t limit) const
{
    auto & string_column = static_cast<ColumnString &>(column);
    auto & chars = string_column.getChars();
    auto & offsets = string_column.getOffsets();
    offsets.reserve(offsets.size() + limit);
    /// A stream that ends on a row boundary just gives fewer rows, as for fixed-width types.
    for (size_t i = 0; i < limit && !in.eof(); ++i)
    {
        /// Straight from the window, in one pass, as many rows as it holds whole with a
        /// one-byte length (strings under 128 bytes): the column is grown once by a bound on
        /// their bytes and shrunk after, and short strings move as one 16-byte copy, which the
        /// arrays' padding and the bounds check on the window make safe.
        const char * pos = in.pos();
        const char * end = in.end();
        size_t max_rows = std::min<size_t>(limit - i, static_cast<size_t>(end - pos));
        size_t old_size = chars.size();
        size_t old_rows = offsets.size();
        chars.resize(old_size + std::min<size_t>(static_cast<size_t>(end - pos), max_rows * 127));
        offsets.resize(old_rows + max_rows);
        char * const out_begin = chars.data();
        char * out = out_begin + old_size;
        UInt64 * row_offsets = offsets.data() + old_rows;
        size_t rows = 0;
        while (rows < max_rows && pos < end)
        {
            size_t size = static_cast<UInt8>(*pos);
            if ((size & 0x80) || static_cast<size_t>(end - pos) <= size)
                break;
            if (size <= 16 && end - pos > 16)
                std::memcpy(out, pos + 1, 16);
            else
                std::memcpy(out, pos + 1, size);
            out += size;
            pos += size + 1;
            row_offsets[rows++] = static_cast<UInt64>(out - out_begin);
        }
        chars.resize(static_cast<size_t>(out - out_begin));
        offsets.resize(old_rows + rows);
        if (rows)
        {
            in.advance(static_cast<size_t>(pos - in.pos()));
            i += rows - 1;
            continue;
        }
        UInt64 size = 0;
        readVarUInt(size, in);
        if (size > 0x40000000)
            throw Exception(ErrorCodes::TOO_LARGE_STRING_SIZE, "Too large string size.");
        size_t start = chars.size();
        chars.resize(start + size);
        in.readStrict(chars.data() + start, size);
        offsets.push_back(chars.size());
    }
}

void registerDataTypeString(DataTypeFactory & factory)
{
    /// String(N) is accepted for SQL compatibility (VARCHAR(255)); the size is ignored.
    factory.registerType(
        "String",
        [](const DataTypeFactory::Arguments & arguments) -> DataTypePtr
        {
            if (arguments.size() > 1)
                throw Exception(
                    ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH,
                    "String data type family mustn't have more than one argument - size in characters");
            if (arguments.size() == 1 && (arguments[0].empty() || arguments[0].find_first_not_of("0123456789") != std::string::npos))
                throw Exception(
                    ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                    "String data type family may have only a number (positive integer) as its argument");
            static const DataTypePtr type = std::make_shared<DataTypeString>();
            return type;
        },
        true);

    for (const char * alias : { "CHAR",
                                "NCHAR",
                                "CHARACTER",
                                "VARCHAR",
                                "NVARCHAR",
                                "VARCHAR2",
                                "TEXT",
                                "TINYTEXT",
                                "MEDIUMTEXT",
                                "LONGTEXT",
                                "BLOB",
                                "CLOB",
                                "TINYBLOB",
                                "MEDIUMBLOB",
                                "LONGBLOB",
                                "BYTEA",
                                "CHARACTER LARGE OBJECT",
                                "CHARACTER VARYING",
                                "CHAR LARGE OBJECT",
                                "CHAR VARYING",
                                "NATIONAL CHAR",
                                "NATIONAL CHARACTER",
                                "NATIONAL CHARACTER LARGE OBJECT",
                                "NATIONAL CHARACTER VARYING",
                                "NATIONAL CHAR VARYING",
                                "NCHAR VARYING",
                                "NCHAR LARGE OBJECT",
                                "BINARY LARGE OBJECT",
                                "BINARY VARYING",
                                "VARBINARY" })
        factory.registerAlias(alias, "String", true);
}
}
