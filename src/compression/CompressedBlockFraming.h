// ClickHouse's framing of compressed blocks in .bin files and the native protocol:
// 16-byte CityHash128 (v1.0.2) of the block, then the block itself (9-byte header + data).
// The checksum is written as its low half then its high half, each 8 bytes little-endian.
#pragma once

#include "base/PodArray.h"
#include "compression/ICompressionCodec.h"

namespace datastore
{
class WriteBuffer;
}

namespace datastore::compression
{
inline constexpr size_t kChecksumSize = 16;
/// Bytes before the block's data: checksum + header.
inline constexpr size_t kFramedHeaderSize = kChecksumSize + kCompressedBlockHeaderSize;

/// Compresses `size` bytes with `codec` and writes checksum + block to `out`; returns the
/// framed size. `scratch` is reused between calls to avoid allocations.
size_t writeFramedBlock(const ICompressionCodec & codec, const char * data, size_t size, WriteBuffer & out, PodArray<char> & scratch);

/// Verifies the checksum of checksum + block (`framed_size` bytes) and decompresses it into
/// `decompressed` (resized). Throws CHECKSUM_DOESNT_MATCH, UNKNOWN_CODEC, CANNOT_DECOMPRESS.
void decodeFramedBlock(const char * framed, size_t framed_size, PodArray<char> & decompressed);

/// Compressed size (header included) from the 25 framed header bytes; throws CORRUPTED_DATA
/// for sizes that cannot be real.
size_t readFramedBlockSize(const char * framed_header);
}
