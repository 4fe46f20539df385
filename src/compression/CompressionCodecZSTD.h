// CODEC(ZSTD(level)): zstd frames, level 1 by default, 1..22 allowed as in ClickHouse.
#pragma once

#include "compression/ICompressionCodec.h"

namespace datastore::compression
{
class CompressionCodecZSTD final : public ICompressionCodec
{
public:
    static constexpr int kDefaultLevel = 1;
    static constexpr int kMaxLevel = 22;

    explicit CompressionCodecZSTD(int level_)
        : level(level_)
    {
    }

    UInt8 getMethodByte() const override { return static_cast<UInt8>(CompressionMethodByte::ZSTD); }
    std::string getCodecDesc() const override { return "ZSTD(" + std::to_string(level) + ")"; }
    bool isGenericCompression() const override { return true; }

protected:
    UInt32 getMaxCompressedDataSize(UInt32 uncompressed_size) const override;
    UInt32 doCompressData(const char * source, UInt32 source_size, char * dest) const override;
    void doDecompressData(const char * source, UInt32 source_size, char * dest, UInt32 uncompressed_size) const override;

private:
    int level;
};
}
