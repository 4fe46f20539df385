// CODEC(LZ4), the default: an LZ4 block (no frame), fast enough to be always on.
#pragma once

#include "compression/ICompressionCodec.h"

namespace datastore::compression
{
class CompressionCodecLZ4 final : public ICompressionCodec
{
public:
    UInt8 getMethodByte() const override { return static_cast<UInt8>(CompressionMethodByte::LZ4); }
    std::string getCodecDesc() const override { return "LZ4"; }
    bool isGenericCompression() const override { return true; }

protected:
    UInt32 getMaxCompressedDataSize(UInt32 uncompressed_size) const override;
    UInt32 doCompressData(const char * source, UInt32 source_size, char * dest) const override;
    void doDecompressData(const char * source, UInt32 source_size, char * dest, UInt32 uncompressed_size) const override;
};
}
