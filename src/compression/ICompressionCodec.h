// A column codec as ClickHouse defines it: it turns one block of bytes into a compressed
// block that starts with a 9-byte header (method byte, compressed size including the
// header, uncompressed size), so any reader can pick the right codec from the data alone.
#pragma once

#include "base/Types.h"

#include <memory>
#include <string>

namespace datastore::compression
{
/// Method bytes as written in the first byte of every compressed block (ClickHouse values).
enum class CompressionMethodByte : UInt8
{
    None = 0x02,
    LZ4 = 0x82,
    ZSTD = 0x90,
    Multiple = 0x91,
    Delta = 0x92,
    DoubleDelta = 0x94,
    Gorilla = 0x95,
};

inline constexpr size_t kCompressedBlockHeaderSize = 9;

class ICompressionCodec
{
public:
    virtual ~ICompressionCodec() = default;

    virtual UInt8 getMethodByte() const = 0;
    /// The codec as written in CODEC(...): "LZ4", "ZSTD(3)", "Delta(4)", "Delta(4), LZ4".
    virtual std::string getCodecDesc() const = 0;
    /// True for codecs that shrink any data (LZ4, ZSTD); false for transforms (Delta) and NONE.
    virtual bool isGenericCompression() const = 0;

    /// Bytes `compress` may write at most for `uncompressed_size` bytes, header included.
    UInt32 getCompressedReserveSize(UInt32 uncompressed_size) const
    {
        return static_cast<UInt32>(kCompressedBlockHeaderSize + getMaxCompressedDataSize(uncompressed_size));
    }

    /// Writes header + compressed data to dest (getCompressedReserveSize bytes available);
    /// returns the bytes written. Throws CANNOT_COMPRESS.
    UInt32 compress(const char * source, UInt32 source_size, char * dest) const;
    /// Decompresses one whole block (header included) into dest of exactly the block's
    /// uncompressed size. Throws CANNOT_DECOMPRESS on a wrong method byte or a bad size.
    void decompress(const char * source, UInt32 source_size, char * dest) const;

    static UInt32 readCompressedSize(const char * block_header);
    static UInt32 readDecompressedSize(const char * block_header);

protected:
    virtual UInt32 getMaxCompressedDataSize(UInt32 uncompressed_size) const { return uncompressed_size; }
    /// Writes the data part (after the header) and returns its size.
    virtual UInt32 doCompressData(const char * source, UInt32 source_size, char * dest) const = 0;
    /// Reads the data part into exactly uncompressed_size bytes of dest.
    virtual void doDecompressData(const char * source, UInt32 source_size, char * dest, UInt32 uncompressed_size) const = 0;
};

using CompressionCodecPtr = std::shared_ptr<const ICompressionCodec>;
}
