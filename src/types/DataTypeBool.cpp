// Text and binary forms of Bool and its registration.
#include "types/DataTypeBool.h"

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
bool valueAt(const IColumn & column, size_t row)
{
    return static_cast<const ColumnUInt8 &>(column).getData()[row] != 0;
}

[[noreturn]] void throwCannotParseBool(std::string_view text)
{
    throw Exception(
        ErrorCodes::CANNOT_PARSE_BOOL,
        "Cannot parse boolean value here: '{}', should be 'true' or 'false' controlled by setting bool_true_representation and "
        "bool_false_representation or one of True/False/T/F/Y/N/Yes/No/On/Off/Enable/Disable/Enabled/Disabled/1/0",
        text);
}

/// Reads a word of letters and digits and maps it to a value, or throws.
bool readBool(ReadBuffer & in)
{
    char word[16];
    size_t size = 0;
    while (!in.eof() && size < sizeof(word))
    {
        char c = *in.pos();
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
            break;
        word[size++] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        in.advance(1);
    }
    std::string_view text(word, size);
    for (std::string_view truthy : { "true", "t", "y", "yes", "on", "enable", "enabled", "1" })
        if (text == truthy)
            return true;
    for (std::string_view falsy : { "false", "f", "n", "no", "off", "disable", "disabled", "0" })
        if (text == falsy)
            return false;
    throwCannotParseBool(std::string(text) + peekForError(in));
}

void insertBool(IColumn & column, bool value)
{
    static_cast<ColumnUInt8 &>(column).insertValue(value ? 1 : 0);
}
}

MutableColumnPtr DataTypeBool::createColumn() const
{
    return ColumnUInt8::create();
}

Field DataTypeBool::getField(const IColumn & column, size_t row) const
{
    return Field(valueAt(column, row));
}

void DataTypeBool::serializeText(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings &) const
{
    writeString(valueAt(column, row) ? "true" : "false", out);
}

void DataTypeBool::serializeTextJSON(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings &) const
{
    writeString(valueAt(column, row) ? "true" : "false", out);
}

void DataTypeBool::deserializeTextEscaped(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    insertBool(column, readBool(in));
}

void DataTypeBool::deserializeTextQuoted(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    bool quoted = checkChar('\'', in);
    bool value = readBool(in);
    if (quoted)
        assertChar('\'', in);
    insertBool(column, value);
}

void DataTypeBool::deserializeTextJSON(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    bool value;
    if (checkString("true", in) || checkChar('1', in))
        value = true;
    else if (checkString("false", in) || checkChar('0', in))
        value = false;
    else
        throw Exception(
            ErrorCodes::CANNOT_PARSE_BOOL, "Invalid boolean value, should be true/false, 1/0, but it starts with the '{}' character",
            peekForError(in, 1));
    insertBool(column, value);
}

void DataTypeBool::deserializeTextCSV(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const
{
    char quote = 0;
    if (!in.eof() && ((*in.pos() == '"' && settings.csv_allow_double_quotes) || (*in.pos() == '\'' && settings.csv_allow_single_quotes)))
    {
        quote = *in.pos();
        in.advance(1);
    }
    bool value = readBool(in);
    if (quote)
        assertChar(quote, in);
    insertBool(column, value);
}

void DataTypeBool::deserializeWholeText(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    std::string text;
    in.readAll(text);
    ReadBufferFromMemory text_in(text);
    bool value = false;
    try
    {
        value = readBool(text_in);
    }
    catch (const Exception &)
    {
        throwCannotParseBool(text);
    }
    if (!text_in.eof())
        throwCannotParseBool(text);
    insertBool(column, value);
}

void DataTypeBool::serializeBinary(const IColumn & column, size_t row, WriteBuffer & out) const
{
    serializeFixedBinary<UInt8>(column, row, out);
}

void DataTypeBool::deserializeBinary(IColumn & column, ReadBuffer & in) const
{
    deserializeFixedBinary<UInt8>(column, in);
}

void DataTypeBool::serializeBinaryBulk(const IColumn & column, WriteBuffer & out, size_t offset, size_t limit) const
{
    serializeFixedBinaryBulk<UInt8>(column, out, offset, limit);
}

void DataTypeBool::deserializeBinaryBulk(IColumn & column, ReadBuffer & in, size_t limit) const
{
    deserializeFixedBinaryBulk<UInt8>(column, in, limit);
}

void registerDataTypeBool(DataTypeFactory & factory)
{
    factory.registerType(
        "Bool",
        [](const DataTypeFactory::Arguments & arguments) -> DataTypePtr
        {
            if (!arguments.empty())
                throw Exception(ErrorCodes::DATA_TYPE_CANNOT_HAVE_ARGUMENTS, "Data type Bool cannot have arguments");
            static const DataTypePtr type = std::make_shared<DataTypeBool>();
            return type;
        },
        true);
    factory.registerAlias("BOOLEAN", "Bool", true);
}
}
