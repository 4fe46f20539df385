// Streaming JSONEachRow parser: reads keys itself and hands each value to its column's
// type (deserializeTextJSON), so values never pass through an intermediate document.
#include "formats/JSONEachRowRowInputFormat.h"

#include <cstring>
#include <limits>

#include "base/Exception.h"
#include "io/ReadHelpers.h"

namespace datastore::formats
{
namespace
{
/// Nesting beyond this is rejected rather than risking the stack on hostile input.
constexpr size_t kMaxJSONDepth = 1000;

void skipJSONString(ReadBuffer & in)
{
    assertChar('"', in);
    while (true)
    {
        if (in.eof())
            throw Exception(ErrorCodes::INCORRECT_DATA, "Cannot parse JSON string: expected closing quote");
        const char * pos = in.pos();
        const char * end = in.end();
        while (pos < end && *pos != '"' && *pos != '\\')
            ++pos;
        in.setPos(pos);
        if (pos == end)
            continue;
        in.advance(1);
        if (*pos == '"')
            return;
        /// The escaped character (possibly in the next window) cannot end the string.
        if (in.eof())
            throw Exception(ErrorCodes::INCORRECT_DATA, "Cannot parse JSON string: expected closing quote");
        in.advance(1);
    }
}

/// Skips one JSON value of any kind: the value of an unknown key.
void skipJSONValue(ReadBuffer & in, size_t depth)
{
    if (depth > kMaxJSONDepth)
        throw Exception(ErrorCodes::INCORRECT_DATA, "JSON is too deep for key skipping");
    skipWhitespaceIfAny(in);
    char c;
    if (!in.peek(c))
        throw Exception(ErrorCodes::INCORRECT_DATA, "Unexpected EOF while parsing JSONEachRow format");
    if (c == '"')
    {
        skipJSONString(in);
        return;
    }
    if (c == '{' || c == '[')
    {
        const char closing = c == '{' ? '}' : ']';
        in.advance(1);
        skipWhitespaceIfAny(in);
        if (checkChar(closing, in))
            return;
        while (true)
        {
            if (closing == '}')
            {
                skipWhitespaceIfAny(in);
                skipJSONString(in);
                skipWhitespaceIfAny(in);
                assertChar(':', in);
            }
            skipJSONValue(in, depth + 1);
            skipWhitespaceIfAny(in);
            if (checkChar(',', in))
                continue;
            assertChar(closing, in);
            return;
        }
    }
    /// A number, true, false or null: up to the next delimiter.
    size_t length = 0;
    while (in.peek(c) && c != ',' && c != '}' && c != ']' && c != ' ' && c != '\t' && c != '\n' && c != '\r')
    {
        in.advance(1);
        ++length;
    }
    if (length == 0)
        throw Exception(ErrorCodes::INCORRECT_DATA, "Cannot parse JSON value before: '{}'", peekForError(in));
}

bool isNullNext(ReadBuffer & in)
{
    char c;
    return in.peek(c) && c == 'n';
}
}

JSONEachRowRowInputFormat::JSONEachRowRowInputFormat(ReadBuffer & in_, const Block & header_, const FormatSettings & settings_,
                                                     size_t max_block_size_)
    : IRowInputFormat(in_, header_, settings_, max_block_size_), types(header.getDataTypes()), seen(header.columns())
{
    for (size_t i = 0; i < header.columns(); ++i)
    {
        const std::string & name = header.getByPosition(i).name;
        column_indexes.emplace(name, i);
        is_plain_name.push_back(name.find_first_of("\"\\") == std::string::npos);
    }
}

size_t JSONEachRowRowInputFormat::readKey()
{
    if (expected_index < is_plain_name.size() && is_plain_name[expected_index])
    {
        /// The raw bytes "name" decode to exactly `name` when it holds no quote or backslash.
        const std::string & name = header.getByPosition(expected_index).name;
        const char * pos = in.pos();
        if (in.available() >= name.size() + 2 && pos[0] == '"' && pos[name.size() + 1] == '"'
            && std::memcmp(pos + 1, name.data(), name.size()) == 0)
        {
            in.advance(name.size() + 2);
            return expected_index++;
        }
    }
    key.clear();
    readJSONStringInto(key, in);
    auto it = column_indexes.find(key);
    if (it == column_indexes.end())
        return std::numeric_limits<size_t>::max();
    expected_index = it->second + 1;
    return it->second;
}

void JSONEachRowRowInputFormat::readPrefix()
{
    /// A UTF-8 byte order mark is allowed at the start.
    checkString("\xEF\xBB\xBF", in);
    skipWhitespaceIfAny(in);
    is_array = checkChar('[', in);
}

void JSONEachRowRowInputFormat::readField(size_t column_index, IColumn & column, UInt8 & is_missing)
{
    const auto & type = *types[column_index];
    try
    {
        if (!type.isNullable() && settings.null_as_default && isNullNext(in))
        {
            assertString("null", in);
            insertDefaultForNull(column, is_missing);
            return;
        }
        type.deserializeTextJSON(column, in, settings);
    }
    catch (Exception & e)
    {
        e.addMessage(fmt::format("(while reading the value of key {})", header.getByPosition(column_index).name));
        throw;
    }
}

bool JSONEachRowRowInputFormat::readRow(MutableColumns & columns, std::vector<UInt8> & row_missing)
{
    skipWhitespaceIfAny(in);
    if (is_array)
    {
        if (is_array_closed)
            return false;
        if (checkChar(']', in))
        {
            is_array_closed = true;
            skipWhitespaceIfAny(in);
            checkChar(';', in);
            skipWhitespaceIfAny(in);
            assertEOF(in);
            return false;
        }
        if (rows_read != 0)
        {
            assertChar(',', in);
            skipWhitespaceIfAny(in);
        }
    }
    else
    {
        /// The separator after a row may start the input when it was cut into segments at
        /// row ends for parallel parsing.
        if (checkChar(',', in) || checkChar(';', in))
            skipWhitespaceIfAny(in);
        if (in.eof())
            return false;
    }

    assertChar('{', in);
    std::fill(seen.begin(), seen.end(), 0);
    expected_index = 0;
    skipWhitespaceIfAny(in);
    if (!checkChar('}', in))
    {
        while (true)
        {
            skipWhitespaceIfAny(in);
            const size_t index = readKey();
            skipWhitespaceIfAny(in);
            assertChar(':', in);
            skipWhitespaceIfAny(in);

            /// A key seen before in this object counts as unknown (ClickHouse keeps the first value).
            if (index == std::numeric_limits<size_t>::max() || seen[index])
            {
                if (!settings.skip_unknown_fields)
                    throw Exception(ErrorCodes::INCORRECT_DATA, "Unknown field found while parsing JSONEachRow format: {}",
                                    index == std::numeric_limits<size_t>::max() ? key : header.getByPosition(index).name);
                skipJSONValue(in, 0);
            }
            else
            {
                seen[index] = 1;
                readField(index, *columns[index], row_missing[index]);
            }

            skipWhitespaceIfAny(in);
            if (checkChar(',', in))
                continue;
            if (in.eof())
                throw Exception(ErrorCodes::CANNOT_READ_ALL_DATA, "Unexpected end of stream while parsing JSONEachRow format");
            assertChar('}', in);
            break;
        }
    }

    for (size_t i = 0; i < seen.size(); ++i)
    {
        if (seen[i])
            continue;
        columns[i]->insertDefault();
        row_missing[i] = settings.defaults_for_omitted_fields ? 1 : 0;
    }

    if (!is_array)
    {
        /// Rows may be separated by ',' and the data may end with ';' (as after INSERT ... FORMAT).
        skipWhitespaceIfAny(in);
        if (!checkChar(',', in))
            checkChar(';', in);
    }
    return true;
}
}
