// CODEC(DoubleDelta): stores the change of the delta between consecutive N-byte values in
// a variable number of bits (1 bit when a series grows steadily), ClickHouse's layout bit
// for bit. For timestamps and counters; N defaults to the column's value width.
#pragma once

#include "compression/ICompressionCodec.h"

namespace datastore::compression
{
class CompressionCodecDoubleDelta final : public ICompressionCodec
{
public:
    explicit CompressionCodecDoubleDelta(UInt8 data_bytes_size_)
        : data_bytes_size(data_bytes_size_)
    {
    }

    UInt8 getMethodByte() const override { return static_cast<UInt8>(CompressionMethodByte::DoubleDelta); }
    std::string getCodecDesc() const override { return "DoubleDelta"; }
    bool isGenericCompression() const override { return false; }

protected:
    UInt32 getMaxCompressedDataSize(UInt32 uncompressed_size) const override;
    UInt32 doCompressData(const char * source, UInt32 source_size, char * dest) const override;
    void doDecompressData(const char * source, UInt32 source_size, char * dest, UInt32 uncompressed_size) const override;

private:
    UInt8 data_bytes_size;
};
}
