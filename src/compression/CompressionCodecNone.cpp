#include "compression/CompressionCodecNone.h"

#include "base/Exception.h"
#include "compression/CompressionCodecFactory.h"

#include <cstring>

namespace datastore::compression
{
UInt32 CompressionCodecNone::doCompressData(const char * source, UInt32 source_size, char * dest) const
{
    std::memcpy(dest, source, source_size);
    return source_size;
}

void CompressionCodecNone::doDecompressData(const char * source, UInt32 source_size, char * dest, UInt32 uncompressed_size) const
{
    if (source_size != uncompressed_size)
        throw Exception(
            ErrorCodes::CANNOT_DECOMPRESS, "Wrong data for compression codec NONE: source_size ({}) != uncompressed_size ({})", source_size,
            uncompressed_size);
    std::memcpy(dest, source, source_size);
}

void registerCodecNone(CompressionCodecFactory & factory)
{
    factory.registerCodec(
        "NONE", static_cast<UInt8>(CompressionMethodByte::None),
        [](const CompressionCodecFactory::Arguments & arguments, size_t)
        {
            CompressionCodecFactory::checkNoArguments("NONE", arguments);
            return std::make_shared<CompressionCodecNone>();
        });
}
}
