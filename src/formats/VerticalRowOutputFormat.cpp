// Writes rows in the Vertical format.
#include "formats/VerticalRowOutputFormat.h"

#include "formats/PrettyBlockOutputFormat.h"
#include "formats/materializeColumns.h"
#include "formats/serializeTextForDisplay.h"
#include "io/WriteHelpers.h"

namespace datastore::formats
{
VerticalRowOutputFormat::VerticalRowOutputFormat(WriteBuffer & out_, const Block & header_, const FormatSettings & settings_)
    : IOutputFormat(out_, header_, settings_)
{
    size_t max_name_width = 0;
    for (const auto & column : header)
        max_name_width = std::max(max_name_width, displayWidth(column.name));
    for (const auto & column : header)
    {
        std::string prefix = column.name + ":";
        prefix.append(max_name_width + 1 - displayWidth(column.name), ' ');
        name_prefixes.push_back(std::move(prefix));
    }
}

void VerticalRowOutputFormat::consume(const Block & block)
{
    const size_t rows = block.rows();
    const size_t shown = total_rows >= settings.pretty_max_rows ? 0 : std::min(rows, settings.pretty_max_rows - total_rows);
    const Columns columns = materializeColumns(block);
    for (size_t row = 0; row < shown; ++row)
    {
        const size_t number = total_rows + row + 1;
        if (number != 1)
            writeChar('\n', out);
        std::string title = "Row " + std::to_string(number) + ":";
        writeString(title, out);
        writeChar('\n', out);
        /// ClickHouse sizes the rule by the digits of the next row number: "Row 9:" gets 7.
        const size_t rule_width = std::to_string(number + 1).size() + std::string_view("Row :").size();
        for (size_t i = 0; i < rule_width; ++i)
            writeString("─", out);
        writeChar('\n', out);
        for (size_t i = 0; i < columns.size(); ++i)
        {
            writeString(name_prefixes[i], out);
            serializeTextForDisplay(*header.getByPosition(i).type, *columns[i], row, out, settings);
            writeChar('\n', out);
        }
    }
    total_rows += rows;
    rows_written += shown;
}

void VerticalRowOutputFormat::writeSuffix()
{
    if (total_rows > settings.pretty_max_rows)
    {
        writeString("\nShowed first ", out);
        writeIntText(static_cast<UInt64>(settings.pretty_max_rows), out);
        writeString(".\n", out);
    }
}
}
