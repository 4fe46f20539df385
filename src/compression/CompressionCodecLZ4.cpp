#include "compression/CompressionCodecLZ4.h"

#include "base/Exception.h"
#include "compression/CompressionCodecFactory.h"

#include <lz4.h>

namespace datastore::compression
{
UInt32 CompressionCodecLZ4::getMaxCompressedDataSize(UInt32 uncompressed_size) const
{
    return static_cast<UInt32>(LZ4_COMPRESSBOUND(uncompressed_size));
}

UInt32 CompressionCodecLZ4::doCompressData(const char * source, UInt32 source_size, char * dest) const
{
    int written = LZ4_compress_default(source, dest, static_cast<int>(source_size), LZ4_COMPRESSBOUND(source_size));
    if (written <= 0)
        throw Exception(ErrorCodes::CANNOT_COMPRESS, "Cannot compress block with LZ4");
    return static_cast<UInt32>(written);
}

void CompressionCodecLZ4::doDecompressData(const char * source, UInt32 source_size, char * dest, UInt32 uncompressed_size) const
{
    int produced = LZ4_decompress_safe(source, dest, static_cast<int>(source_size), static_cast<int>(uncompressed_size));
    if (produced < 0 || static_cast<UInt32>(produced) != uncompressed_size)
        throw Exception(ErrorCodes::CANNOT_DECOMPRESS, "Cannot decompress LZ4-encoded data");
}

void registerCodecLZ4(CompressionCodecFactory & factory)
{
    factory.registerCodec(
        "LZ4", static_cast<UInt8>(CompressionMethodByte::LZ4),
        [](const CompressionCodecFactory::Arguments & arguments, size_t)
        {
            CompressionCodecFactory::checkNoArguments("LZ4", arguments);
            return std::make_shared<CompressionCodecLZ4>();
        });
}
}
