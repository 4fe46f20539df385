// JSONEachRow and JSONStringsEachRow output.
#include "formats/JSONEachRowRowOutputFormat.h"

#include "formats/serializeTextForDisplay.h"

namespace datastore::formats
{
JSONEachRowRowOutputFormat::JSONEachRowRowOutputFormat(WriteBuffer & out_, const Block & header_, const FormatSettings & settings_,
                                                       bool yield_strings_)
    : IRowOutputFormat(out_, header_, settings_), yield_strings(yield_strings_)
{
    for (const auto & column : header)
    {
        std::string quoted;
        {
            WriteBufferFromString buf(quoted);
            writeJSONString(column.name, buf, settings.json_escape_forward_slashes);
            writeChar(':', buf);
        }
        quoted_names.push_back(std::move(quoted));
    }
}

void JSONEachRowRowOutputFormat::writeField(const IColumn & column, const IDataType & type, size_t column_index, size_t row)
{
    writeString(quoted_names[column_index], out);
    if (yield_strings)
        writeValueAsJSONString(column, type, row, out, settings);
    else
        type.serializeTextJSON(column, row, out, settings);
}

void writeValueAsJSONString(const IColumn & column, const IDataType & type, size_t row, WriteBuffer & out, const FormatSettings & settings)
{
    std::string text;
    {
        WriteBufferFromString buf(text);
        serializeTextForDisplay(type, column, row, buf, settings);
    }
    writeJSONString(text, out, settings.json_escape_forward_slashes);
}
}
