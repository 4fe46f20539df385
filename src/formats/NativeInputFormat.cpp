// Reads blocks in the Native format.
#include "formats/NativeInputFormat.h"

#include "formats/NativeBlock.h"

namespace datastore::formats
{
Block NativeInputFormat::read(MissingValues & missing)
{
    missing.clear();
    if (in.eof())
        return {};
    Block block = readNativeBlock(in, {}, &header, &missing);
    rows_read += block.rows();
    return block;
}
}
