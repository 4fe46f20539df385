// Text forms of the IP address types.
#include "types/IPAddressDataType.h"

#include "base/Exception.h"
#include "io/IPAddressText.h"
#include "io/ReadHelpers.h"
#include "io/WriteBuffer.h"

namespace datastore
{
void IPAddressDataType::serializeText(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings &) const
{
    char text[IPV6_MAX_TEXT_LENGTH];
    out.write(text, formatAt(column, row, text));
}

void IPAddressDataType::writeEnclosed(const IColumn & column, size_t row, char quote, WriteBuffer & out) const
{
    char text[IPV6_MAX_TEXT_LENGTH + 2];
    text[0] = quote;
    size_t length = formatAt(column, row, text + 1);
    text[length + 1] = quote;
    out.write(text, length + 2);
}

void IPAddressDataType::serializeTextQuoted(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings &) const
{
    writeEnclosed(column, row, '\'', out);
}

void IPAddressDataType::serializeTextJSON(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings &) const
{
    writeEnclosed(column, row, '"', out);
}

void IPAddressDataType::serializeTextCSV(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings &) const
{
    writeEnclosed(column, row, '"', out);
}

void IPAddressDataType::insertText(IColumn & column, std::string_view text, bool is_whole_value) const
{
    if (tryInsertText(column, text))
        return;
    int code = getTypeId() == TypeIndex::IPv4 ? ErrorCodes::CANNOT_PARSE_IPV4 : ErrorCodes::CANNOT_PARSE_IPV6;
    /// CAST says only this, as ClickHouse's does; a field of an input format names its text.
    if (is_whole_value)
        throw Exception(code, "Invalid {} value", getName());
    throw Exception(code, "Cannot parse {} {}", getName(), text);
}

void IPAddressDataType::deserializeTextEscaped(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    insertText(column, readEscapedString(in), false);
}

void IPAddressDataType::deserializeTextQuoted(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    insertText(column, readQuotedString(in), false);
}

void IPAddressDataType::deserializeTextJSON(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    /// A bare number is not an address: ClickHouse expects the quote (CANNOT_PARSE_INPUT_ASSERTION_FAILED).
    if (in.eof() || *in.pos() != '"')
        assertChar('"', in);
    insertText(column, readJSONString(in), false);
}

void IPAddressDataType::deserializeTextCSV(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const
{
    CSVStringSettings csv { settings.csv_delimiter, settings.csv_allow_single_quotes, settings.csv_allow_double_quotes };
    insertText(column, readCSVString(in, csv), false);
}

void IPAddressDataType::deserializeWholeText(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    std::string text;
    in.readAll(text);
    insertText(column, text, true);
}
}
