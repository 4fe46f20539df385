#include "compression/CompressedWriteBuffer.h"

#include "compression/CompressedBlockFraming.h"

namespace datastore::compression
{
void CompressedWriteBuffer::writeFramedBlock(const char * data, size_t size)
{
    compression::writeFramedBlock(*codec, data, size, out, scratch);
}
}
