// Draws a block as a PrettyCompact table.
#include "formats/PrettyCompactBlockOutputFormat.h"

#include "io/WriteHelpers.h"

namespace datastore::formats
{
void PrettyCompactBlockOutputFormat::writeTable(size_t rows)
{
    const size_t num_columns = cells.size();
    writeRowNumberBlank();
    writeString("┌─", out);
    for (size_t i = 0; i < num_columns; ++i)
    {
        if (i != 0)
            writeString("─┬─", out);
        writeName(i, "─");
    }
    writeString("─┐\n", out);

    for (size_t row = 0; row < rows; ++row)
    {
        writeRowNumber(row);
        writeString("│", out);
        for (size_t i = 0; i < num_columns; ++i)
        {
            if (i != 0)
                writeString("│", out);
            writeCell(i, row);
        }
        writeString("│", out);
        writeNumberTip();
        writeChar('\n', out);
    }

    writeRowNumberBlank();
    writeString("└", out);
    for (size_t i = 0; i < num_columns; ++i)
    {
        if (i != 0)
            writeString("┴", out);
        writeRepeated("─", max_widths[i] + 2);
    }
    writeString("┘\n", out);
}
}
