// Writes blocks in the Native format.
#include "formats/NativeOutputFormat.h"

#include "formats/materializeColumns.h"
#include "io/WriteHelpers.h"

namespace datastore::formats
{
void NativeOutputFormat::consume(const Block & block)
{
    /// An empty block would read back as the end of the stream.
    const size_t rows = block.rows();
    if (rows == 0)
        return;
    const Columns columns = materializeColumns(block);
    writeVarUInt(columns.size(), out);
    writeVarUInt(rows, out);
    for (size_t i = 0; i < columns.size(); ++i)
    {
        const auto & column = header.getByPosition(i);
        writeStringBinary(column.name, out);
        writeStringBinary(column.type->getName(), out);
        column.type->serializeBinaryBulk(*columns[i], out, 0, 0);
    }
    rows_written += rows;
}
}
