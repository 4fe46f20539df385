#include "compression/CompressionCodecDelta.h"

#include "base/Exception.h"
#include "compression/CompressionCodecFactory.h"

#include <cstring>

namespace datastore::compression
{
namespace
{
template <typename T> void encodeDeltas(const char * source, UInt32 source_size, char * dest)
{
    T previous = 0;
    size_t count = source_size / sizeof(T);
    for (size_t i = 0; i < count; ++i)
    {
        T current;
        std::memcpy(&current, source + i * sizeof(T), sizeof(T));
        T delta = static_cast<T>(current - previous);
        std::memcpy(dest + i * sizeof(T), &delta, sizeof(T));
        previous = current;
    }
}

template <typename T> void decodeDeltas(const char * source, UInt32 source_size, char * dest)
{
    if (source_size % sizeof(T) != 0)
        throw Exception(ErrorCodes::CANNOT_DECOMPRESS, "Cannot decompress Delta-encoded data. File has wrong header");
    T accumulator = 0;
    size_t count = source_size / sizeof(T);
    for (size_t i = 0; i < count; ++i)
    {
        T delta;
        std::memcpy(&delta, source + i * sizeof(T), sizeof(T));
        accumulator = static_cast<T>(accumulator + delta);
        std::memcpy(dest + i * sizeof(T), &accumulator, sizeof(T));
    }
}

bool isValidDeltaSize(UInt64 size)
{
    return size == 1 || size == 2 || size == 4 || size == 8;
}
}

UInt32 CompressionCodecDelta::doCompressData(const char * source, UInt32 source_size, char * dest) const
{
    /// Layout (ClickHouse's): width byte, count of leading bytes kept raw, those bytes, deltas.
    UInt8 bytes_to_skip = static_cast<UInt8>(source_size % delta_bytes_size);
    dest[0] = static_cast<char>(delta_bytes_size);
    dest[1] = static_cast<char>(bytes_to_skip);
    std::memcpy(dest + 2, source, bytes_to_skip);
    const char * values = source + bytes_to_skip;
    UInt32 values_size = source_size - bytes_to_skip;
    char * out = dest + 2 + bytes_to_skip;
    switch (delta_bytes_size)
    {
        case 1:
            encodeDeltas<UInt8>(values, values_size, out);
            break;
        case 2:
            encodeDeltas<UInt16>(values, values_size, out);
            break;
        case 4:
            encodeDeltas<UInt32>(values, values_size, out);
            break;
        case 8:
            encodeDeltas<UInt64>(values, values_size, out);
            break;
    }
    return 2 + source_size;
}

void CompressionCodecDelta::doDecompressData(const char * source, UInt32 source_size, char * dest, UInt32 uncompressed_size) const
{
    if (source_size < 2)
        throw Exception(ErrorCodes::CANNOT_DECOMPRESS, "Cannot decompress Delta-encoded data. File has wrong header");
    UInt8 bytes_size = static_cast<UInt8>(source[0]);
    if (!isValidDeltaSize(bytes_size))
        throw Exception(ErrorCodes::CANNOT_DECOMPRESS, "Cannot decompress Delta-encoded data. File has wrong header");
    UInt8 bytes_to_skip = static_cast<UInt8>(uncompressed_size % bytes_size);
    if (2u + bytes_to_skip > source_size || source_size - 2 - bytes_to_skip != uncompressed_size - bytes_to_skip)
        throw Exception(ErrorCodes::CANNOT_DECOMPRESS, "Cannot decompress Delta-encoded data. File has wrong header");
    std::memcpy(dest, source + 2, bytes_to_skip);
    const char * values = source + 2 + bytes_to_skip;
    UInt32 values_size = source_size - 2 - bytes_to_skip;
    char * out = dest + bytes_to_skip;
    switch (bytes_size)
    {
        case 1:
            decodeDeltas<UInt8>(values, values_size, out);
            break;
        case 2:
            decodeDeltas<UInt16>(values, values_size, out);
            break;
        case 4:
            decodeDeltas<UInt32>(values, values_size, out);
            break;
        case 8:
            decodeDeltas<UInt64>(values, values_size, out);
            break;
    }
}

void registerCodecDelta(CompressionCodecFactory & factory)
{
    factory.registerCodec(
        "Delta", static_cast<UInt8>(CompressionMethodByte::Delta),
        [](const CompressionCodecFactory::Arguments & arguments, size_t value_size)
        {
            UInt64 width = isValidDeltaSize(value_size) ? value_size : 1;
            if (arguments.size() > 1)
                throw Exception(ErrorCodes::ILLEGAL_SYNTAX_FOR_CODEC_TYPE, "Delta codec must have 1 parameter, given {}", arguments.size());
            if (!arguments.empty())
            {
                width = CompressionCodecFactory::parseUnsignedArgument("Delta", arguments[0]);
                if (!isValidDeltaSize(width))
                    throw Exception(
                        ErrorCodes::ILLEGAL_CODEC_PARAMETER, "Delta value for delta codec can be 1, 2, 4 or 8, given {}", width);
            }
            return std::make_shared<CompressionCodecDelta>(static_cast<UInt8>(width));
        });
}
}
