#include "compression/CompressionCodecZSTD.h"

#include "base/Exception.h"
#include "compression/CompressionCodecFactory.h"

#include <zstd.h>

namespace datastore::compression
{
UInt32 CompressionCodecZSTD::getMaxCompressedDataSize(UInt32 uncompressed_size) const
{
    return static_cast<UInt32>(ZSTD_compressBound(uncompressed_size));
}

UInt32 CompressionCodecZSTD::doCompressData(const char * source, UInt32 source_size, char * dest) const
{
    size_t written = ZSTD_compress(dest, ZSTD_compressBound(source_size), source, source_size, level);
    if (ZSTD_isError(written))
        throw Exception(ErrorCodes::CANNOT_COMPRESS, "Cannot compress with ZSTD codec: {}", ZSTD_getErrorName(written));
    return static_cast<UInt32>(written);
}

void CompressionCodecZSTD::doDecompressData(const char * source, UInt32 source_size, char * dest, UInt32 uncompressed_size) const
{
    size_t produced = ZSTD_decompress(dest, uncompressed_size, source, source_size);
    if (ZSTD_isError(produced))
        throw Exception(ErrorCodes::CANNOT_DECOMPRESS, "Cannot decompress ZSTD-encoded data: {}", ZSTD_getErrorName(produced));
    if (produced != uncompressed_size)
        throw Exception(
            ErrorCodes::CANNOT_DECOMPRESS, "Cannot decompress ZSTD-encoded data: got {} bytes, expected {}", produced, uncompressed_size);
}

void registerCodecZSTD(CompressionCodecFactory & factory)
{
    factory.registerCodec(
        "ZSTD", static_cast<UInt8>(CompressionMethodByte::ZSTD),
        [](const CompressionCodecFactory::Arguments & arguments, size_t)
        {
            int level = CompressionCodecZSTD::kDefaultLevel;
            if (arguments.size() > 1)
                throw Exception(ErrorCodes::ILLEGAL_SYNTAX_FOR_CODEC_TYPE, "ZSTD codec must have 1 parameter, given {}", arguments.size());
            if (!arguments.empty())
            {
                level = static_cast<int>(CompressionCodecFactory::parseUnsignedArgument("ZSTD", arguments[0]));
                if (level > CompressionCodecZSTD::kMaxLevel)
                    throw Exception(
                        ErrorCodes::ILLEGAL_CODEC_PARAMETER, "ZSTD codec can't have level more than {}, given {}",
                        CompressionCodecZSTD::kMaxLevel, level);
            }
            return std::make_shared<CompressionCodecZSTD>(level);
        });
}
}
