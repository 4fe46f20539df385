#include "compression/CompressedReadBuffer.h"

#include "compression/CompressedBlockFraming.h"

namespace datastore::compression
{
bool CompressedReadBuffer::nextImpl()
{
    if (in.eof())
        return false;
    framed.resize(kFramedHeaderSize);
    in.readStrict(framed.data(), kFramedHeaderSize);
    size_t compressed_size = readFramedBlockSize(framed.data());
    framed.resize(kChecksumSize + compressed_size);
    in.readStrict(framed.data() + kFramedHeaderSize, kChecksumSize + compressed_size - kFramedHeaderSize);
    decodeFramedBlock(framed.data(), framed.size(), decompressed);
    setWindow(decompressed.data(), decompressed.data() + decompressed.size());
    return true;
}
}
