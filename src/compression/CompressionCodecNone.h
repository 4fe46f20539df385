// CODEC(NONE): blocks framed and checksummed but stored as they are.
#pragma once

#include "compression/ICompressionCodec.h"

namespace datastore::compression
{
class CompressionCodecNone final : public ICompressionCodec
{
public:
    UInt8 getMethodByte() const override { return static_cast<UInt8>(CompressionMethodByte::None); }
    std::string getCodecDesc() const override { return "NONE"; }
    bool isGenericCompression() const override { return false; }

protected:
    UInt32 doCompressData(const char * source, UInt32 source_size, char * dest) const override;
    void doDecompressData(const char * source, UInt32 source_size, char * dest, UInt32 uncompressed_size) const override;
};
}
