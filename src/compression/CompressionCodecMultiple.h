// A chain CODEC(A, B, ...): applies each codec in turn on compress and undoes them in
// reverse on decompress. The data holds the count and method bytes of the chain, so a
// reader needs nothing but the bytes.
#pragma once

#include "compression/ICompressionCodec.h"

#include <vector>

namespace datastore::compression
{
class CompressionCodecMultiple final : public ICompressionCodec
{
public:
    explicit CompressionCodecMultiple(std::vector<CompressionCodecPtr> codecs_)
        : codecs(std::move(codecs_))
    {
    }

    UInt8 getMethodByte() const override { return static_cast<UInt8>(CompressionMethodByte::Multiple); }
    std::string getCodecDesc() const override;
    bool isGenericCompression() const override;

protected:
    UInt32 getMaxCompressedDataSize(UInt32 uncompressed_size) const override;
    UInt32 doCompressData(const char * source, UInt32 source_size, char * dest) const override;
    void doDecompressData(const char * source, UInt32 source_size, char * dest, UInt32 uncompressed_size) const override;

private:
    std::vector<CompressionCodecPtr> codecs;
};
}
