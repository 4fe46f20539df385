// Text and binary forms of FixedString(N) and its registration.
#include "types/DataTypeFixedString.h"

#include "base/Exception.h"
#include "columns/ColumnFixedString.h"
#include "io/ReadHelpers.h"
#include "io/WriteHelpers.h"
#include "types/DataTypeFactory.h"
#include "types/DataTypeString.h"

#include <cstring>

namespace datastore
{
namespace
{
std::string_view valueAt(const IColumn & column, size_t row)
{
    return static_cast<const ColumnFixedString &>(column).getDataAt(row);
}

/// Reads one value with `read` straight into the column's bytes, then pads or rejects it.
template <typename Read> void readValue(const DataTypeFixedString & type, IColumn & column, Read && read)
{
    auto & chars = static_cast<ColumnFixedString &>(column).getChars();
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
    size_t length = chars.size() - old_size;
    if (length > type.getN())
    {
        chars.resize(old_size);
        throw Exception(ErrorCodes::TOO_LARGE_STRING_SIZE, "Too large value for {}", type.getName());
    }
    chars.resize_fill(old_size + type.getN(), '\0');
}
}

DataTypeFixedString::DataTypeFixedString(size_t n_)
    : n(n_)
{
    if (n == 0)
        throw Exception(ErrorCodes::ARGUMENT_OUT_OF_BOUND, "FixedString size must be positive");
    if (n > 0xFFFFFF)
        throw Exception(ErrorCodes::ARGUMENT_OUT_OF_BOUND, "FixedString size is too large");
}

MutableColumnPtr DataTypeFixedString::createColumn() const
{
    return ColumnFixedString::create(n);
}

void DataTypeFixedString::serializeText(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings &) const
{
    writeString(valueAt(column, row), out);
}

void DataTypeFixedString::serializeTextEscaped(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings &) const
{
    writeEscapedString(valueAt(column, row), out);
}

void DataTypeFixedString::serializeTextQuoted(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings &) const
{
    writeQuotedString(valueAt(column, row), out);
}

void DataTypeFixedString::serializeTextJSON(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const
{
    writeJSONString(valueAt(column, row), out, settings.json_escape_forward_slashes);
}

void DataTypeFixedString::serializeTextCSV(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings &) const
{
    writeCSVString(valueAt(column, row), out);
}

void DataTypeFixedString::deserializeTextEscaped(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    readValue(*this, column, [&](PodArray<char> & chars) { readEscapedStringInto(chars, in); });
}

void DataTypeFixedString::deserializeTextQuoted(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    readValue(*this, column, [&](PodArray<char> & chars) { readQuotedStringInto(chars, in); });
}

void DataTypeFixedString::deserializeTextJSON(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    readValue(*this, column, [&](PodArray<char> & chars) { readJSONStringOrBareScalarInto(chars, in); });
}

void DataTypeFixedString::deserializeTextCSV(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const
{
    CSVStringSettings csv { settings.csv_delimiter, settings.csv_allow_single_quotes, settings.csv_allow_double_quotes };
    readValue(*this, column, [&](PodArray<char> & chars) { readCSVStringInto(chars, in, csv); });
}

void DataTypeFixedString::deserializeWholeText(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    readValue(
        *this, column,
        [&](PodArray<char> & chars)
        {
            while (!in.eof())
            {
                chars.insert(in.pos(), in.end());
                in.setPos(in.end());
            }
        });
}

void DataTypeFixedString::serializeBinary(const IColumn & column, size_t row, WriteBuffer & out) const
{
    writeString(valueAt(column, row), out);
}

void DataTypeFixedString::deserializeBinary(IColumn & column, ReadBuffer & in) const
{
    auto & chars = static_cast<ColumnFixedString &>(column).getChars();
    size_t old_size = chars.size();
    chars.resize(old_size + n);
    try
    {
        in.readStrict(chars.data() + old_size, n);
    }
    catch (...)
    {
        chars.resize(old_size);
        throw;
    }
}

void DataTypeFixedString::serializeBinaryBulk(const IColumn & column, WriteBuffer & out, size_t offset, size_t limit) const
{
    const auto & chars = static_cast<const ColumnFixedString &>(column).getChars();
    size_t rows = chars.size() / n;
    if (offset >= rows)
        return;
    if (limit == 0 || offset + limit > rows)
        limit = rows - offset;
    out.write(chars.data() + offset * n, limit * n);
}

void DataTypeFixedString::deserializeBinaryBulk(IColumn & column, ReadBuffer & in, size_t limit) const
{
    auto & chars = static_cast<ColumnFixedString &>(column).getChars();
    size_t old_size = chars.size();
    chars.resize(old_size + limit * n);
    size_t bytes = in.read(chars.data() + old_size, limit * n);
    chars.resize(old_size + bytes / n * n);
    if (bytes % n != 0)
        throw Exception(
            ErrorCodes::CANNOT_READ_ALL_DATA, "Cannot read all data. Bytes read: {}. Bytes expected: {}", bytes, (bytes / n + 1) * n);
}

void registerDataTypeFixedString(DataTypeFactory & factory)
{
    factory.registerType(
        "FixedString",
        [](const DataTypeFactory::Arguments & arguments) -> DataTypePtr
        {
            if (arguments.size() != 1 || arguments[0].empty() || arguments[0].size() > 9
                || arguments[0].find_first_not_of("0123456789") != std::string::npos)
                throw Exception(
                    ErrorCodes::UNEXPECTED_AST_STRUCTURE, "FixedString data type family must have exactly one argument - size in bytes");
            return std::make_shared<DataTypeFixedString>(std::stoul(arguments[0]));
        });
    factory.registerAlias("BINARY", "FixedString", true);
}
}
