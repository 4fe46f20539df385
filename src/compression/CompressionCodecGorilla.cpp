#include "compression/CompressionCodecGorilla.h"

#include "base/Exception.h"
#include "compression/BitReader.h"
#include "compression/BitWriter.h"
#include "compression/CompressionCodecFactory.h"

#include <bit>
#include <cstring>

namespace datastore::compression
{
namespace
{
struct BinaryValueInfo
{
    UInt8 leading_zero_bits = 0;
    UInt8 data_bits = 0;
    UInt8 trailing_zero_bits = 0;
};

template <typename T> BinaryValueInfo getBinaryValueInfo(T value)
{
    constexpr UInt8 bit_size = sizeof(T) * 8;
    if (value == 0)
        return { bit_size, 0, bit_size };
    auto leading = static_cast<UInt8>(std::countl_zero(value));
    auto trailing = static_cast<UInt8>(std::countr_zero(value));
    return { leading, static_cast<UInt8>(bit_size - leading - trailing), trailing };
}

/// Bits that hold a data length of 1..8*N bits: 4 for 1-byte values ... 7 for 8-byte values.
constexpr UInt8 getBitLengthOfLength(size_t data_bytes_size)
{
    return data_bytes_size == 1 ? 4 : data_bytes_size == 2 ? 5 : data_bytes_size == 4 ? 6 : 7;
}

template <typename T> T load(const char * p)
{
    T value;
    std::memcpy(&value, p, sizeof(T));
    return value;
}

template <typename T> UInt32 compressDataForType(const char * source, UInt32 source_size, char * dest)
{
    constexpr UInt8 data_bit_length = getBitLengthOfLength(sizeof(T));
    /// At least one bit is set, so the count of leading zeros needs one bit less.
    constexpr UInt8 leading_zeros_bit_length = data_bit_length - 1;
    const char * source_end = source + source_size;
    const char * dest_start = dest;
    UInt32 items_count = source_size / sizeof(T);
    std::memcpy(dest, &items_count, sizeof(items_count));
    dest += sizeof(items_count);

    T prev_value = 0;
    BinaryValueInfo prev_xored_info;
    if (source < source_end)
    {
        prev_value = load<T>(source);
        std::memcpy(dest, &prev_value, sizeof(T));
        source += sizeof(T);
        dest += sizeof(T);
    }
    BitWriter writer(dest);
    for (; source < source_end; source += sizeof(T))
    {
        T current = load<T>(source);
        T xored = static_cast<T>(current ^ prev_value);
        BinaryValueInfo info = getBinaryValueInfo(xored);
        if (xored == 0)
            writer.writeBits(1, 0);
        else if (
            prev_xored_info.data_bits != 0 && prev_xored_info.leading_zero_bits <= info.leading_zero_bits
            && prev_xored_info.trailing_zero_bits <= info.trailing_zero_bits)
        {
            writer.writeBits(2, 0b10);
            writer.writeBits(prev_xored_info.data_bits, static_cast<UInt64>(xored >> prev_xored_info.trailing_zero_bits));
        }
        else
        {
            writer.writeBits(2, 0b11);
            writer.writeBits(leading_zeros_bit_length, info.leading_zero_bits);
            writer.writeBits(data_bit_length, info.data_bits);
            writer.writeBits(info.data_bits, static_cast<UInt64>(xored >> info.trailing_zero_bits));
            prev_xored_info = info;
        }
        prev_value = current;
    }
    return static_cast<UInt32>((dest - dest_start) + writer.flush());
}

template <typename T> void decompressDataForType(const char * source, UInt32 source_size, char * dest, UInt32 output_size)
{
    constexpr UInt8 data_bit_length = getBitLengthOfLength(sizeof(T));
    constexpr UInt8 leading_zeros_bit_length = data_bit_length - 1;
    const char * source_end = source + source_size;
    if (source + sizeof(UInt32) > source_end)
        throw Exception(ErrorCodes::CANNOT_DECOMPRESS, "Cannot decompress Gorilla-encoded data: no item count");
    UInt32 items_count = load<UInt32>(source);
    source += sizeof(UInt32);
    if (static_cast<UInt64>(items_count) * sizeof(T) != output_size)
        throw Exception(
            ErrorCodes::CANNOT_DECOMPRESS, "Cannot decompress Gorilla-encoded data: {} items for {} bytes", items_count, output_size);
    if (items_count == 0)
        return;
    if (source + sizeof(T) > source_end)
        throw Exception(ErrorCodes::CANNOT_DECOMPRESS, "Cannot decompress Gorilla-encoded data: truncated");
    T prev_value = load<T>(source);
    source += sizeof(T);
    std::memcpy(dest, &prev_value, sizeof(T));
    dest += sizeof(T);

    BitReader reader(source, static_cast<size_t>(source_end - source));
    BinaryValueInfo prev_xored_info;
    for (UInt32 item = 1; item < items_count; ++item)
    {
        T current = prev_value;
        if (reader.readBit() == 1)
        {
            BinaryValueInfo info = prev_xored_info;
            if (reader.readBit() == 1)
            {
                info.leading_zero_bits = static_cast<UInt8>(reader.readBits(leading_zeros_bit_length));
                info.data_bits = static_cast<UInt8>(reader.readBits(data_bit_length));
                if (info.leading_zero_bits + info.data_bits > sizeof(T) * 8)
                    throw Exception(ErrorCodes::CANNOT_DECOMPRESS, "Cannot decompress gorilla-encoded data: corrupted input data.");
                info.trailing_zero_bits = static_cast<UInt8>(sizeof(T) * 8 - info.leading_zero_bits - info.data_bits);
            }
            if (info.data_bits == 0)
                throw Exception(ErrorCodes::CANNOT_DECOMPRESS, "Cannot decompress gorilla-encoded data: corrupted input data.");
            T xored = static_cast<T>(reader.readBits(info.data_bits));
            xored = static_cast<T>(xored << info.trailing_zero_bits);
            current = static_cast<T>(prev_value ^ xored);
            prev_xored_info = info;
        }
        std::memcpy(dest, &current, sizeof(T));
        dest += sizeof(T);
        prev_value = current;
    }
}

bool isValidWidth(UInt64 width)
{
    return width == 1 || width == 2 || width == 4 || width == 8;
}
}

UInt32 CompressionCodecGorilla::getMaxCompressedDataSize(UInt32 uncompressed_size) const
{
    /// Header, count, first value, then at most 2 + 6 + 7 + 64 bits per value.
    UInt64 values = uncompressed_size / data_bytes_size + 1;
    return static_cast<UInt32>(2 + data_bytes_size + sizeof(UInt32) + 8 + (values * 79 + 7) / 8);
}

UInt32 CompressionCodecGorilla::doCompressData(const char * source, UInt32 source_size, char * dest) const
{
    UInt8 bytes_to_skip = static_cast<UInt8>(source_size % data_bytes_size);
    dest[0] = static_cast<char>(data_bytes_size);
    dest[1] = static_cast<char>(bytes_to_skip);
    std::memcpy(dest + 2, source, bytes_to_skip);
    const char * values = source + bytes_to_skip;
    UInt32 values_size = source_size - bytes_to_skip;
    char * out = dest + 2 + bytes_to_skip;
    UInt32 written = 0;
    switch (data_bytes_size)
    {
        case 1:
            written = compressDataForType<UInt8>(values, values_size, out);
            break;
        case 2:
            written = compressDataForType<UInt16>(values, values_size, out);
            break;
        case 4:
            written = compressDataForType<UInt32>(values, values_size, out);
            break;
        case 8:
            written = compressDataForType<UInt64>(values, values_size, out);
            break;
    }
    return 2 + bytes_to_skip + written;
}

void CompressionCodecGorilla::doDecompressData(const char * source, UInt32 source_size, char * dest, UInt32 uncompressed_size) const
{
    if (source_size < 2)
        throw Exception(ErrorCodes::CANNOT_DECOMPRESS, "Cannot decompress Gorilla-encoded data. File has wrong header");
    UInt8 bytes_size = static_cast<UInt8>(source[0]);
    if (!isValidWidth(bytes_size))
        throw Exception(ErrorCodes::CANNOT_DECOMPRESS, "Cannot decompress Gorilla-encoded data. File has wrong header");
    UInt8 bytes_to_skip = static_cast<UInt8>(uncompressed_size % bytes_size);
    if (2u + bytes_to_skip > source_size)
        throw Exception(ErrorCodes::CANNOT_DECOMPRESS, "Cannot decompress Gorilla-encoded data. File has wrong header");
    std::memcpy(dest, source + 2, bytes_to_skip);
    const char * values = source + 2 + bytes_to_skip;
    UInt32 values_size = source_size - 2 - bytes_to_skip;
    char * out = dest + bytes_to_skip;
    UInt32 output_size = uncompressed_size - bytes_to_skip;
    switch (bytes_size)
    {
        case 1:
            decompressDataForType<UInt8>(values, values_size, out, output_size);
            break;
        case 2:
            decompressDataForType<UInt16>(values, values_size, out, output_size);
            break;
        case 4:
            decompressDataForType<UInt32>(values, values_size, out, output_size);
            break;
        case 8:
            decompressDataForType<UInt64>(values, values_size, out, output_size);
            break;
    }
}

void registerCodecGorilla(CompressionCodecFactory & factory)
{
    factory.registerCodec(
        "Gorilla", static_cast<UInt8>(CompressionMethodByte::Gorilla),
        [](const CompressionCodecFactory::Arguments & arguments, size_t value_size) {
            return std::make_shared<CompressionCodecGorilla>(CompressionCodecFactory::parseWidthArgument("Gorilla", arguments, value_size));
        });
}
}
