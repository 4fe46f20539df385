#include "compression/ICompressionCodec.h"

#include "base/Exception.h"

#include <cstring>

namespace datastore::compression
{
namespace
{
UInt32 loadUInt32(const char * p)
{
    UInt32 value;
    std::memcpy(&value, p, sizeof(value));
    return value;
}

void storeUInt32(char * p, UInt32 value)
{
    std::memcpy(p, &value, sizeof(value));
}
}

UInt32 ICompressionCodec::readCompressedSize(const char * block_header)
{
    return loadUInt32(block_header + 1);
}

UInt32 ICompressionCodec::readDecompressedSize(const char * block_header)
{
    return loadUInt32(block_header + 5);
}

UInt32 ICompressionCodec::compress(const char * source, UInt32 source_size, char * dest) const
{
    dest[0] = static_cast<char>(getMethodByte());
    UInt32 data_size = doCompressData(source, source_size, dest + kCompressedBlockHeaderSize);
    UInt32 total = static_cast<UInt32>(kCompressedBlockHeaderSize) + data_size;
    storeUInt32(dest + 1, total);
    storeUInt32(dest + 5, source_size);
    return total;
}

void ICompressionCodec::decompress(const char * source, UInt32 source_size, char * dest) const
{
    if (source_size < kCompressedBlockHeaderSize)
        throw Exception(
            ErrorCodes::CORRUPTED_DATA, "Can't decompress data: the compressed data size ({}) is less than the size of the header",
            source_size);
    UInt8 method = static_cast<UInt8>(source[0]);
    if (method != getMethodByte())
        throw Exception(
            ErrorCodes::CANNOT_DECOMPRESS, "Can't decompress data with codec byte {}, expected byte: {}", method, getMethodByte());
    UInt32 compressed_size = readCompressedSize(source);
    if (compressed_size != source_size)
        throw Exception(
            ErrorCodes::CORRUPTED_DATA, "Can't decompress data: compressed size in the header ({}) is not the block size ({})",
            compressed_size, source_size);
    doDecompressData(
        source + kCompressedBlockHeaderSize, source_size - static_cast<UInt32>(kCompressedBlockHeaderSize), dest,
        readDecompressedSize(source));
}
}
