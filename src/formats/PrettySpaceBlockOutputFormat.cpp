// Draws a block as a PrettySpace table.
#include "formats/PrettySpaceBlockOutputFormat.h"

#include "io/WriteHelpers.h"

namespace datastore::formats
{
void PrettySpaceBlockOutputFormat::writeTable(size_t rows)
{
    const size_t num_columns = cells.size();
    writeRowNumberBlank();
    for (size_t i = 0; i < num_columns; ++i)
    {
        writeString(i == 0 ? " " : "   ", out);
        writeName(i, " ");
    }
    writeString("\n\n", out);

    for (size_t row = 0; row < rows; ++row)
    {
        writeRowNumber(row);
        for (size_t i = 0; i < num_columns; ++i)
        {
            if (i != 0)
                writeChar(' ', out);
            writeCell(i, row);
        }
        writeNumberTip();
        writeChar('\n', out);
    }
}

void PrettySpaceBlockOutputFormat::writeSuffix()
{
    if (total_rows >= settings.pretty_max_rows)
    {
        writeString("\nShowed first ", out);
        writeIntText(static_cast<UInt64>(settings.pretty_max_rows), out);
        writeString(".\n", out);
    }
}
}
