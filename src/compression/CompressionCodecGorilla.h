// CODEC(Gorilla): each N-byte value XORed with the previous one, the XOR's meaningful bits
// stored with their position (Facebook's Gorilla float encoding), ClickHouse's layout bit
// for bit. For slowly changing floats; N defaults to the column's value width.
#pragma once

#include "compression/ICompressionCodec.h"

namespace datastore::compression
{
class CompressionCodecGorilla final : public ICompressionCodec
{
public:
    explicit CompressionCodecGorilla(UInt8 data_bytes_size_)
        : data_bytes_size(data_bytes_size_)
    {
    }

    UInt8 getMethodByte() const override { return static_cast<UInt8>(CompressionMethodByte::Gorilla); }
    std::string getCodecDesc() const override { return "Gorilla(" + std::to_string(data_bytes_size) + ")"; }
    bool isGenericCompression() const override { return false; }

protected:
    UInt32 getMaxCompressedDataSize(UInt32 uncompressed_size) const override;
    UInt32 doCompressData(const char * source, UInt32 source_size, char * dest) const override;
    void doDecompressData(const char * source, UInt32 source_size, char * dest, UInt32 uncompressed_size) const override;

private:
    UInt8 data_bytes_size;
};
}
