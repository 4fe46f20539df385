// Reads TabSeparated rows and header lines.
#include "formats/TabSeparatedRowInputFormat.h"

#include "io/ReadHelpers.h"

namespace datastore::formats
{
TabSeparatedRowInputFormat::TabSeparatedRowInputFormat(ReadBuffer & in_, const Block & header_, const FormatSettings & settings_,
                                                       size_t max_block_size_, bool with_names_, bool with_types_, bool is_raw_)
    : RowInputFormatWithNamesAndTypes(in_, header_, settings_, max_block_size_, with_names_, with_types_, "TSV"), is_raw(is_raw_)
{
}

void TabSeparatedRowInputFormat::readFieldText(std::string & text)
{
    text.clear();
    if (!is_raw)
    {
        readEscapedStringInto(text, in);
        return;
    }
    while (!in.eof())
    {
        const char * pos = in.pos();
        const char * end = in.end();
        while (pos < end && *pos != '\t' && *pos != '\n')
            ++pos;
        text.append(in.pos(), pos);
        in.setPos(pos);
        if (pos != end)
            return;
    }
}

std::vector<std::string> TabSeparatedRowInputFormat::readHeaderRow()
{
    std::vector<std::string> values;
    do
    {
        readFieldText(field_text);
        values.push_back(field_text);
    } while (checkChar('\t', in));
    skipRowEndDelimiter();
    return values;
}

bool TabSeparatedRowInputFormat::readField(IColumn & column, const IDataType & type)
{
    char c;
    const bool is_empty = !in.peek(c) || c == '\t' || c == '\n';
    if (is_empty && settings.tsv_empty_as_default)
    {
        column.insertDefault();
        return false;
    }
    if (!type.isNullable() && settings.null_as_default && checkNullInWindow(settings.tsv_null_representation, in, false))
    {
        column.insertDefault();
        return false;
    }
    if (!is_raw)
    {
        type.deserializeTextEscaped(column, in, settings);
        return true;
    }
    readFieldText(field_text);
    if (!type.isNullable() && settings.null_as_default && field_text == settings.tsv_null_representation)
    {
        column.insertDefault();
        return false;
    }
    ReadBufferFromMemory field(field_text);
    type.deserializeWholeText(column, field, settings);
    return true;
}

void TabSeparatedRowInputFormat::skipField(size_t)
{
    readFieldText(field_text);
}

void TabSeparatedRowInputFormat::skipFieldDelimiter()
{
    assertChar('\t', in);
}

void TabSeparatedRowInputFormat::skipRowEndDelimiter()
{
    if (!in.eof())
        assertChar('\n', in);
}
}
