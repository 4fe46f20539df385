// Writes blocks in the Native format.
#include "formats/NativeOutputFormat.h"

#include "formats/NativeBlock.h"

namespace datastore::formats
{
void NativeOutputFormat::consume(const Block & block)
{
    /// An empty block would read back as the end of the stream.
    if (block.rows() == 0)
        return;
    writeNativeBlock(header.cloneWithColumns(block.getColumns()), out, {});
    rows_written += block.rows();
}
}
