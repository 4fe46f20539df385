// CODEC(Delta(N)): stores each N-byte value as the difference from the previous one, so a
// following LZ4/ZSTD sees small repeating numbers (timestamps, counters). N defaults to the
// column's value width (1, 2, 4 or 8), and is written in the data so any reader can decode.
#pragma once

#include "compression/ICompressionCodec.h"

namespace datastore::compression
{
class CompressionCodecDelta final : public ICompressionCodec
{
public:
    explicit CompressionCodecDelta(UInt8 delta_bytes_size_)
        : delta_bytes_size(delta_bytes_size_)
    {
    }

    UInt8 getMethodByte() const override { return static_cast<UInt8>(CompressionMethodByte::Delta); }
    std::string getCodecDesc() const override { return "Delta(" + std::to_string(delta_bytes_size) + ")"; }
    bool isGenericCompression() const override { return false; }

protected:
    UInt32 getMaxCompressedDataSize(UInt32 uncompressed_size) const override { return uncompressed_size + 2; }
    UInt32 doCompressData(const char * source, UInt32 source_size, char * dest) const override;
    void doDecompressData(const char * source, UInt32 source_size, char * dest, UInt32 uncompressed_size) const override;

private:
    UInt8 delta_bytes_size;
};
}
