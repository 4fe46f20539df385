// Reads CSV rows and header rows.
#include "formats/CSVRowInputFormat.h"

namespace datastore::formats
{
CSVRowInputFormat::CSVRowInputFormat(ReadBuffer & in_, const Block & header_, const FormatSettings & settings_, size_t max_block_size_,
                                     bool with_names_, bool with_types_)
    : RowInputFormatWithNamesAndTypes(in_, header_, settings_, max_block_size_, with_names_, with_types_, "CSV")
{
    string_settings.delimiter = settings.csv_delimiter;
    string_settings.allow_single_quotes = settings.csv_allow_single_quotes;
    string_settings.allow_double_quotes = settings.csv_allow_double_quotes;
}

void CSVRowInputFormat::skipBlanks()
{
    char c;
    while (in.peek(c) && (c == ' ' || (c == '\t' && settings.csv_delimiter != '\t')))
        in.advance(1);
}

std::vector<std::string> CSVRowInputFormat::readHeaderRow()
{
    std::vector<std::string> values;
    do
    {
        values.push_back(readCSVString(in, string_settings));
        skipBlanks();
    } while (checkChar(settings.csv_delimiter, in));
    skipRowEndDelimiter();
    return values;
}

bool CSVRowInputFormat::readField(IColumn & column, const IDataType & type)
{
    skipBlanks();
    char c;
    const bool is_empty = !in.peek(c) || c == settings.csv_delimiter || c == '\n' || c == '\r';
    if (is_empty && settings.csv_empty_as_default)
    {
        column.insertDefault();
        return false;
    }
    if (!type.isNullable() && settings.null_as_default && checkNullInWindow(settings.csv_null_representation, in, false))
    {
        column.insertDefault();
        return false;
    }
    type.deserializeTextCSV(column, in, settings);
    skipBlanks();
    return true;
}

void CSVRowInputFormat::skipField(size_t)
{
    skipped.clear();
    readCSVStringInto(skipped, in, string_settings);
    skipBlanks();
}

void CSVRowInputFormat::skipFieldDelimiter()
{
    skipBlanks();
    assertChar(settings.csv_delimiter, in);
}

void CSVRowInputFormat::skipRowEndDelimiter()
{
    skipBlanks();
    if (in.eof())
        return;
    if (checkChar('\r', in))
    {
        checkChar('\n', in);
        return;
    }
    assertChar('\n', in);
}
}
