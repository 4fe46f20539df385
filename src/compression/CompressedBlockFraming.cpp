#include "compression/CompressedBlockFraming.h"

#include "base/CityHash.h"
#include "base/Exception.h"
#include "compression/CompressionCodecFactory.h"
#include "io/WriteBuffer.h"

#include <cstring>

namespace datastore::compression
{
namespace
{
/// Blocks larger than this are corrupted headers, not data (ClickHouse's limit too).
constexpr size_t kMaxCompressedBlockSize = 0x40000000ULL;

void storeChecksum(char * to, const cityhash_v1_0_2::UInt128 & checksum)
{
    std::memcpy(to, &checksum.low, 8);
    std::memcpy(to + 8, &checksum.high, 8);
}
}

size_t writeFramedBlock(const ICompressionCodec & codec, const char * data, size_t size, WriteBuffer & out, PodArray<char> & scratch)
{
    UInt32 source_size = static_cast<UInt32>(size);
    scratch.resize(kChecksumSize + codec.getCompressedReserveSize(source_size));
    UInt32 block_size = codec.compress(data, source_size, scratch.data() + kChecksumSize);
    storeChecksum(scratch.data(), cityhash_v1_0_2::CityHash128(scratch.data() + kChecksumSize, block_size));
    out.write(scratch.data(), kChecksumSize + block_size);
    return kChecksumSize + block_size;
}

size_t readFramedBlockSize(const char * framed_header)
{
    size_t compressed_size = ICompressionCodec::readCompressedSize(framed_header + kChecksumSize);
    size_t decompressed_size = ICompressionCodec::readDecompressedSize(framed_header + kChecksumSize);
    if (compressed_size > kMaxCompressedBlockSize || decompressed_size > kMaxCompressedBlockSize)
        throw Exception(
            ErrorCodes::CORRUPTED_DATA, "Too large size_compressed_without_checksum: {}. Most likely corrupted data.", compressed_size);
    if (compressed_size < kCompressedBlockHeaderSize)
        throw Exception(
            ErrorCodes::CORRUPTED_DATA, "Can't decompress data: the compressed data size ({}) is less than the size of the header",
            compressed_size);
    return compressed_size;
}

void decodeFramedBlock(const char * framed, size_t framed_size, PodArray<char> & decompressed)
{
    const char * block = framed + kChecksumSize;
    size_t block_size = framed_size - kChecksumSize;
    char expected[kChecksumSize];
    storeChecksum(expected, cityhash_v1_0_2::CityHash128(block, block_size));
    if (std::memcmp(expected, framed, kChecksumSize) != 0)
    {
        UInt64 reference[2];
        UInt64 actual[2];
        std::memcpy(reference, framed, kChecksumSize);
        std::memcpy(actual, expected, kChecksumSize);
        throw Exception(
            ErrorCodes::CHECKSUM_DOESNT_MATCH,
            "Checksum doesn't match: corrupted data. Reference: {:016x}{:016x}. Actual: {:016x}{:016x}. Size of compressed block: {}",
            reference[1], reference[0], actual[1], actual[0], block_size);
    }
    auto codec = CompressionCodecFactory::instance().get(static_cast<UInt8>(block[0]));
    decompressed.resize(ICompressionCodec::readDecompressedSize(block));
    codec->decompress(block, static_cast<UInt32>(block_size), decompressed.data());
}
}
