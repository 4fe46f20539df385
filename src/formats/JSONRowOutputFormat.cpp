// The JSON output format's frame (meta, data, rows, statistics) and its row objects.
#include "formats/JSONRowOutputFormat.h"

#include "formats/JSONEachRowRowOutputFormat.h"
#include "formats/materializeColumns.h"
#include "io/WriteHelpers.h"

namespace datastore::formats
{
JSONRowOutputFormat::JSONRowOutputFormat(WriteBuffer & out_, const Block & header_, const FormatSettings & settings_, bool yield_strings_)
    : IRowOutputFormat(out_, header_, settings_), yield_strings(yield_strings_)
{
    for (const auto & column : header)
    {
        std::string quoted;
        {
            WriteBufferFromString buf(quoted);
            writeJSONString(column.name, buf, settings.json_escape_forward_slashes);
        }
        quoted_names.push_back(std::move(quoted));
    }
}

void JSONRowOutputFormat::writePrefix()
{
    writeString("{\n\t\"meta\":\n\t[\n", out);
    for (size_t i = 0; i < header.columns(); ++i)
    {
        writeString("\t\t{\n\t\t\t\"name\": ", out);
        writeString(quoted_names[i], out);
        writeString(",\n\t\t\t\"type\": ", out);
        writeJSONString(header.getByPosition(i).type->getName(), out, settings.json_escape_forward_slashes);
        writeString(i + 1 == header.columns() ? "\n\t\t}\n" : "\n\t\t},\n", out);
    }
    writeString("\t],\n\n\t\"data\":\n\t[\n", out);
}

void JSONRowOutputFormat::writeField(const IColumn & column, const IDataType & type, size_t column_index, size_t row)
{
    writeString("\t\t\t", out);
    writeString(quoted_names[column_index], out);
    writeString(": ", out);
    writeValue(column, type, row);
}

void JSONRowOutputFormat::writeTotalsValue(const Columns & columns)
{
    writeString("\n\t{\n", out);
    for (size_t i = 0; i < columns.size(); ++i)
    {
        writeString(i ? ",\n\t\t" : "\t\t", out);
        writeString(quoted_names[i], out);
        writeString(": ", out);
        writeValue(*columns[i], *header.getByPosition(i).type, 0);
    }
    writeString("\n\t}", out);
}

void JSONRowOutputFormat::writeValue(const IColumn & column, const IDataType & type, size_t row)
{
    if (yield_strings)
        writeValueAsJSONString(column, type, row, out, settings);
    else
        type.serializeTextJSON(column, row, out, settings);
}

void JSONRowOutputFormat::writeSuffix()
{
    writeString("\n\t]", out);
    if (totals)
    {
        writeString(",\n\n\t\"totals\":", out);
        writeTotalsValue(materializeColumns(totals));
    }
    writeString(",\n\n\t\"rows\": ", out);
    writeIntText(static_cast<UInt64>(rows_written), out);
    if (statistics.has_rows_before_limit)
    {
        writeString(",\n\n\t\"rows_before_limit_at_least\": ", out);
        writeIntText(statistics.rows_before_limit, out);
    }
    if (!settings.write_statistics)
    {
        writeString("\n}\n", out);
        return;
    }
    writeString(",\n\n\t\"statistics\":\n\t{\n\t\t\"elapsed\": ", out);
    writeFloatText(statistics.elapsed_seconds, out);
    writeString(",\n\t\t\"rows_read\": ", out);
    writeIntText(statistics.rows_read, out);
    writeString(",\n\t\t\"bytes_read\": ", out);
    writeIntText(statistics.bytes_read, out);
    writeString("\n\t}\n}\n", out);
}
}
