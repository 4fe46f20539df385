// Walks a block row by row for row-oriented output formats.
#include "formats/IRowOutputFormat.h"

#include "formats/materializeColumns.h"

namespace datastore::formats
{
void IRowOutputFormat::consume(const Block & block)
{
    const Columns columns = materializeColumns(block);
    const size_t rows = block.rows();
    for (size_t row = 0; row < rows; ++row)
    {
        if (rows_written != 0)
            writeRowBetweenDelimiter();
        writeRow(columns, row);
        ++rows_written;
    }
}

void IRowOutputFormat::writeRow(const Columns & columns, size_t row)
{
    writeRowStartDelimiter();
    for (size_t i = 0; i < columns.size(); ++i)
    {
        if (i != 0)
            writeFieldDelimiter();
        writeField(*columns[i], *header.getByPosition(i).type, i, row);
    }
    writeRowEndDelimiter();
}

void IRowOutputFormat::writeTotalsAfterEmptyLine()
{
    if (!totals)
        return;
    writeChar('\n', out);
    writeRow(materializeColumns(totals), 0);
}
}
