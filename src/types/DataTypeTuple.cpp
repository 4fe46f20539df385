#include "types/DataTypeTuple.h"

#include <cctype>
#include <set>

#include "base/Exception.h"
#include "columns/ColumnTuple.h"
#include "io/ReadHelpers.h"
#include "io/WriteHelpers.h"
#include "types/DataTypeFactory.h"
#include "types/DataTypeLowCardinality.h"

namespace datastore
{
namespace
{
bool isIdentifierStart(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }
bool isIdentifierChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

bool isPlainIdentifier(std::string_view name)
{
    if (name.empty() || !isIdentifierStart(name[0]))
        return false;
    for (char c : name)
        if (!isIdentifierChar(c))
            return false;
    return true;
}

/// Skips one JSON value of any kind: named tuples ignore unknown keys, as ClickHouse does by
/// default (input_format_json_ignore_unknown_keys_in_named_tuple).
void skipJSONValue(ReadBuffer & in, size_t depth)
{
    constexpr size_t kMaxDepth = 1000;
    if (depth > kMaxDepth)
        throw Exception(ErrorCodes::INCORRECT_DATA, "JSON value is nested too deeply (more than {} levels)", kMaxDepth);
    char first = 0;
    if (!in.peek(first))
        throw Exception(ErrorCodes::INCORRECT_DATA, "Unexpected end of data while skipping a JSON value");
    if (first == '"')
    {
        readJSONString(in);
        return;
    }
    if (first == '{' || first == '[')
    {
        char close = first == '{' ? '}' : ']';
        in.advance(1);
        skipWhitespaceIfAny(in);
        if (checkChar(close, in))
            return;
        while (true)
        {
            if (first == '{')
            {
                readJSONString(in);
                skipWhitespaceIfAny(in);
                assertChar(':', in);
                skipWhitespaceIfAny(in);
            }
            skipJSONValue(in, depth + 1);
            skipWhitespaceIfAny(in);
            if (!checkChar(',', in))
                break;
            skipWhitespaceIfAny(in);
        }
        assertChar(close, in);
        return;
    }
    /// Numbers, true, false, null.
    size_t skipped = 0;
    while (!in.eof() && (std::isalnum(static_cast<unsigned char>(*in.pos())) || *in.pos() == '-' || *in.pos() == '+' || *in.pos() == '.'))
    {
        in.advance(1);
        ++skipped;
    }
    if (skipped == 0)
        throw Exception(ErrorCodes::INCORRECT_DATA, "Cannot skip JSON value before: '{}'", peekForError(in));
}

/// Splits a Tuple argument into an element name and its type: "a String", "`a b` UInt8", or
/// just a type ("String", "Nullable(UInt8)"), in which case `name` stays empty.
void splitTupleArgument(const std::string & argument, std::string & name, std::string & type)
{
    name.clear();
    size_t pos = 0;
    if (!argument.empty() && argument[0] == '`')
    {
        ++pos;
        while (pos < argument.size() && argument[pos] != '`')
        {
            if (argument[pos] == '\\' && pos + 1 < argument.size())
                ++pos;
            name += argument[pos++];
        }
        if (pos >= argument.size())
            throw Exception(ErrorCodes::SYNTAX_ERROR, "Syntax error: unterminated back-quoted name in Tuple element '{}'", argument);
        ++pos;
    }
    else
    {
        while (pos < argument.size() && isIdentifierChar(argument[pos]))
            ++pos;
        if (pos == 0 || pos == argument.size() || !std::isspace(static_cast<unsigned char>(argument[pos])))
        {
            type = argument;
            return;
        }
        name = argument.substr(0, pos);
    }
    while (pos < argument.size() && std::isspace(static_cast<unsigned char>(argument[pos])))
        ++pos;
    if (pos == argument.size())
        throw Exception(ErrorCodes::SYNTAX_ERROR, "Syntax error: Tuple element '{}' has no type", argument);
    type = argument.substr(pos);
}
}

DataTypeTuple::DataTypeTuple(DataTypes elements_) : elements(std::move(elements_))
{
}

DataTypeTuple::DataTypeTuple(DataTypes elements_, std::vector<std::string> names_) : DataTypeTuple(std::move(elements_))
{
    names = std::move(names_);
    if (names.size() != elements.size())
        throw Exception(ErrorCodes::BAD_ARGUMENTS, "Wrong number of names passed to constructor of DataTypeTuple");
    std::set<std::string_view> seen;
    for (const auto & name : names)
    {
        if (name.empty())
            throw Exception(ErrorCodes::BAD_ARGUMENTS, "Names of tuple elements must be non-empty");
        if (!seen.insert(name).second)
            throw Exception(ErrorCodes::DUPLICATE_COLUMN, "Names of tuple elements must be unique. Duplicate name: {}", name);
    }
}

ssize_t DataTypeTuple::tryGetPositionByName(std::string_view name) const
{
    for (size_t i = 0; i < names.size(); ++i)
        if (names[i] == name)
            return static_cast<ssize_t>(i);
    /// The elements of an unnamed tuple are called by their 1-based positions, "1", "2", ...
    if (names.empty())
        for (size_t i = 0; i < elements.size(); ++i)
            if (name == std::to_string(i + 1))
                return static_cast<ssize_t>(i);
    return -1;
}

std::string DataTypeTuple::getName() const
{
    std::string result = "Tuple(";
    for (size_t i = 0; i < elements.size(); ++i)
    {
        if (i)
            result += ", ";
        if (hasExplicitNames())
        {
            if (isPlainIdentifier(names[i]))
                result += names[i];
            else
            {
                WriteBufferFromString name_out(result);
                writeBackQuotedString(names[i], name_out);
            }
            result += ' ';
        }
        result += elements[i]->getName();
    }
    return result + ")";
}

MutableColumnPtr DataTypeTuple::createColumn() const
{
    Columns columns;
    columns.reserve(elements.size());
    for (const auto & element : elements)
        columns.push_back(element->createColumn());
    return ColumnTuple::create(std::move(columns), 0);
}

Field DataTypeTuple::getDefault() const
{
    Tuple result;
    result.reserve(elements.size());
    for (const auto & element : elements)
        result.push_back(element->getDefault());
    return Field(std::move(result));
}

bool DataTypeTuple::isComparable() const
{
    for (const auto & element : elements)
        if (!element->isComparable())
            return false;
    return true;
}

template <typename ReadElement>
void DataTypeTuple::readElements(IColumn & column, ReadElement && read_element) const
{
    auto & tuple = static_cast<ColumnTuple &>(column);
    size_t done = 0;
    try
    {
        for (; done < elements.size(); ++done)
            read_element(done, tuple.getColumnMutable(done));
    }
    catch (...)
    {
        for (size_t i = 0; i < done; ++i)
            tuple.getColumnMutable(i).popBack(1);
        throw;
    }
}

void DataTypeTuple::serializeText(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const
{
    const auto & tuple = static_cast<const ColumnTuple &>(column);
    writeChar('(', out);
    for (size_t i = 0; i < elements.size(); ++i)
    {
        if (i)
            writeChar(',', out);
        elements[i]->serializeTextQuoted(tuple.getColumn(i), row, out, settings);
    }
    writeChar(')', out);
}

void DataTypeTuple::serializeTextJSON(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const
{
    const auto & tuple = static_cast<const ColumnTuple &>(column);
    bool as_object = hasExplicitNames() && settings.json_named_tuples_as_objects;
    writeChar(as_object ? '{' : '[', out);
    for (size_t i = 0; i < elements.size(); ++i)
    {
        if (i)
            writeChar(',', out);
        if (as_object)
        {
            writeJSONString(names[i], out, settings.json_escape_forward_slashes);
            writeChar(':', out);
        }
        elements[i]->serializeTextJSON(tuple.getColumn(i), row, out, settings);
    }
    writeChar(as_object ? '}' : ']', out);
}

void DataTypeTuple::serializeTextCSV(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const
{
    const auto & tuple = static_cast<const ColumnTuple &>(column);
    for (size_t i = 0; i < elements.size(); ++i)
    {
        if (i)
            writeChar(settings.csv_delimiter, out);
        elements[i]->serializeTextCSV(tuple.getColumn(i), row, out, settings);
    }
}

void DataTypeTuple::deserializeTextEscaped(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const
{
    deserializeTextQuoted(column, in, settings);
}

void DataTypeTuple::deserializeTextQuoted(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const
{
    if (elements.empty())
    {
        assertChar('(', in);
        skipWhitespaceIfAny(in);
        assertChar(')', in);
        column.insertDefault();
        return;
    }
    readElements(column, [&](size_t i, IColumn & element_column)
    {
        if (i == 0)
            assertChar('(', in);
        else
            assertChar(',', in);
        skipWhitespaceIfAny(in);
        elements[i]->deserializeTextQuoted(element_column, in, settings);
        skipWhitespaceIfAny(in);
        if (i + 1 == elements.size())
            assertChar(')', in);
    });
}

void DataTypeTuple::deserializeTextJSON(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const
{
    if (elements.empty())
    {
        assertChar('[', in);
        skipWhitespaceIfAny(in);
        assertChar(']', in);
        column.insertDefault();
        return;
    }
    if (!hasExplicitNames() || !settings.json_named_tuples_as_objects)
    {
        readElements(column, [&](size_t i, IColumn & element_column)
        {
            assertChar(i == 0 ? '[' : ',', in);
            skipWhitespaceIfAny(in);
            elements[i]->deserializeTextJSON(element_column, in, settings);
            skipWhitespaceIfAny(in);
            if (i + 1 == elements.size())
                assertChar(']', in);
        });
        return;
    }

    /// Object form: keys in any order, unknown keys skipped, missing elements take their defaults.
    auto & tuple = static_cast<ColumnTuple &>(column);
    std::vector<UInt8> filled(elements.size(), 0);
    try
    {
        assertChar('{', in);
        skipWhitespaceIfAny(in);
        bool first_key = true;
        while (!checkChar('}', in))
        {
            if (!first_key)
            {
                assertChar(',', in);
                skipWhitespaceIfAny(in);
            }
            first_key = false;
            std::string key = readJSONString(in);
            skipWhitespaceIfAny(in);
            assertChar(':', in);
            skipWhitespaceIfAny(in);
            ssize_t position = tryGetPositionByName(key);
            if (position < 0)
                skipJSONValue(in, 0);
            else
            {
                if (filled[position])
                    throw Exception(ErrorCodes::INCORRECT_DATA, "JSON object contains duplicate key '{}'", key);
                elements[position]->deserializeTextJSON(tuple.getColumnMutable(position), in, settings);
                filled[position] = 1;
            }
            skipWhitespaceIfAny(in);
        }
    }
    catch (...)
    {
        for (size_t i = 0; i < elements.size(); ++i)
            if (filled[i])
                tuple.getColumnMutable(i).popBack(1);
        throw;
    }
    for (size_t i = 0; i < elements.size(); ++i)
        if (!filled[i])
            tuple.getColumnMutable(i).insertDefault();
}

void DataTypeTuple::deserializeTextCSV(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const
{
    if (elements.empty())
    {
        column.insertDefault();
        return;
    }
    readElements(column, [&](size_t i, IColumn & element_column)
    {
        if (i)
        {
            skipWhitespaceIfAny(in);
            assertChar(settings.csv_delimiter, in);
            skipWhitespaceIfAny(in);
        }
        elements[i]->deserializeTextCSV(element_column, in, settings);
    });
}

void DataTypeTuple::deserializeWholeText(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const
{
    deserializeTextQuoted(column, in, settings);
    if (!in.eof())
    {
        column.popBack(1);
        assertEOF(in);
    }
}

void DataTypeTuple::serializeBinary(const IColumn & column, size_t row, WriteBuffer & out) const
{
    const auto & tuple = static_cast<const ColumnTuple &>(column);
    for (size_t i = 0; i < elements.size(); ++i)
        elements[i]->serializeBinary(tuple.getColumn(i), row, out);
}

void DataTypeTuple::deserializeBinary(IColumn & column, ReadBuffer & in) const
{
    if (elements.empty())
    {
        column.insertDefault();
        return;
    }
    readElements(column, [&](size_t i, IColumn & element_column) { elements[i]->deserializeBinary(element_column, in); });
}

void DataTypeTuple::serializeBinaryBulk(const IColumn & column, WriteBuffer & out, size_t offset, size_t limit) const
{
    if (offset >= column.size())
        return;
    serializeNativePrefix(*this, out);
    serializeBinaryBulkData(column, out, offset, limit);
}

void DataTypeTuple::deserializeBinaryBulk(IColumn & column, ReadBuffer & in, size_t limit) const
{
    if (limit == 0)
        return;
    deserializeNativePrefix(*this, in);
    deserializeBinaryBulkData(column, in, limit);
}

void DataTypeTuple::serializeBinaryBulkData(const IColumn & column, WriteBuffer & out, size_t offset, size_t limit) const
{
    const auto & tuple = static_cast<const ColumnTuple &>(column);
    for (size_t i = 0; i < elements.size(); ++i)
        serializeNativeData(*elements[i], tuple.getColumn(i), out, offset, limit);
}

void DataTypeTuple::deserializeBinaryBulkData(IColumn & column, ReadBuffer & in, size_t limit) const
{
    auto & tuple = static_cast<ColumnTuple &>(column);
    if (elements.empty())
    {
        tuple.insertManyDefaults(limit);
        return;
    }
    size_t old_rows = tuple.size();
    size_t done = 0;
    try
    {
        for (; done < elements.size(); ++done)
        {
            auto & element_column = tuple.getColumnMutable(done);
            deserializeNativeData(*elements[done], element_column, in, limit);
            if (element_column.size() != old_rows + limit)
                throw Exception(ErrorCodes::CANNOT_READ_ALL_DATA, "Cannot read all data of tuple element {}: read {} of {} rows", done + 1,
                                element_column.size() - old_rows, limit);
        }
    }
    catch (...)
    {
        for (size_t i = 0; i <= done && i < elements.size(); ++i)
        {
            auto & element_column = tuple.getColumnMutable(i);
            element_column.popBack(element_column.size() - old_rows);
        }
        throw;
    }
}

void registerDataTypeTuple(DataTypeFactory & factory)
{
    factory.registerType("Tuple", [](const DataTypeFactory::Arguments & arguments) -> DataTypePtr
    {
        DataTypes elements;
        std::vector<std::string> names;
        size_t named = 0;
        for (const auto & argument : arguments)
        {
            std::string name;
            std::string type;
            splitTupleArgument(argument, name, type);
            elements.push_back(DataTypeFactory::instance().get(type));
            named += !name.empty();
            names.push_back(std::move(name));
        }
        if (named == 0)
            return std::make_shared<DataTypeTuple>(std::move(elements));
        if (named != elements.size())
            throw Exception(ErrorCodes::BAD_ARGUMENTS, "Names are specified not for all elements of Tuple type");
        return std::make_shared<DataTypeTuple>(std::move(elements), std::move(names));
    });
}
}
