// Walks a block row by row for row-oriented output formats.
#include "formats/IRowOutputFormat.h"

#include "formats/materializeColumns.h"

namespace datastore::formats
{
void IRowOutputFormat::consume(const Block & block)
{
    const Columns columns = materializeColumns(block);
    const size_t rows = block.rows();
    const size_t num_columns = columns.size();
    for (size_t row = 0; row < rows; ++row)
    {
        if (rows_written != 0)
            writeRowBetweenDelimiter();
        writeRowStartDelimiter();
        for (size_t i = 0; i < num_columns; ++i)
        {
            if (i != 0)
                writeFieldDelimiter();
            writeField(*columns[i], *header.getByPosition(i).type, i, row);
        }
        writeRowEndDelimiter();
        ++rows_written;
    }
}
}
