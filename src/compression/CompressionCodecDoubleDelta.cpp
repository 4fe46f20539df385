#include "compression/CompressionCodecDoubleDelta.h"

#include "base/Exception.h"
#include "compression/BitReader.h"
#include "compression/BitWriter.h"
#include "compression/CompressionCodecFactory.h"

#include <array>
#include <cstring>
#include <limits>
#include <type_traits>

namespace datastore::compression
{
namespace
{
/// Data bits of each prefix class: 0b10 -> 7, 0b110 -> 9, 0b1110 -> 12, 0b11110 -> 32, 0b11111 -> 64.
constexpr UInt8 kDeltaSizes[] = { 7, 9, 12, 32, 64 };

/// What the five bits at the front of a value say: the prefix's length and the data bits
/// (sign and magnitude - 1) after it; a prefix 0 means a double delta of 0 and no data.
struct PrefixClass
{
    UInt8 length;
    UInt8 data_bits;
    UInt8 is_nonzero;
    /// Within the data bits: |dd| - 1, and the sign bit.
    UInt64 magnitude_mask;
    UInt64 sign_mask;
};

constexpr std::array<PrefixClass, 32> makePrefixClasses()
{
    std::array<PrefixClass, 32> classes{};
    for (UInt32 bits = 0; bits < 32; ++bits)
    {
        UInt32 ones = 0;
        while (ones < 5 && (bits & (0b10000u >> ones)))
            ++ones;
        if (ones == 0)
        {
            classes[bits] = { 1, 0, 0, 0, 0 };
            continue;
        }
        UInt8 data_bits = kDeltaSizes[ones - 1];
        UInt64 sign_mask = 1ULL << (data_bits - 1);
        classes[bits] = { static_cast<UInt8>(ones == 5 ? 5 : ones + 1), data_bits, 1, sign_mask - 1, sign_mask };
    }
    return classes;
}

constexpr std::array<PrefixClass, 32> kPrefixClasses = makePrefixClasses();

/// The double delta written as a sign bit then |dd| - 1 in `data_bits` bits.
template <typename ValueType>
ValueType doubleDeltaOf(UInt64 sign_and_magnitude, UInt8 data_bits)
{
    bool is_negative = (sign_and_magnitude >> (data_bits - 1)) & 1;
    UInt64 magnitude_bits = data_bits == 64 ? sign_and_magnitude & ~(1ULL << 63) : sign_and_magnitude & ((1ULL << (data_bits - 1)) - 1);
    auto magnitude = static_cast<ValueType>(magnitude_bits + 1);
    return is_negative ? static_cast<ValueType>(ValueType(0) - magnitude) : magnitude;
}

struct WriteSpec
{
    UInt8 prefix_bits;
    UInt8 prefix;
    UInt8 data_bits;
};

template <typename T> WriteSpec getDeltaWriteSpec(T value)
{
    if (value > -63 && value < 64)
        return { 2, 0b10, 7 };
    if (value > -255 && value < 256)
        return { 3, 0b110, 9 };
    if (value > -2047 && value < 2048)
        return { 4, 0b1110, 12 };
    if (value > std::numeric_limits<Int32>::min() && value < std::numeric_limits<Int32>::max())
        return { 5, 0b11110, 32 };
    return { 5, 0b11111, 64 };
}

template <typename T> T load(const char * p)
{
    T value;
    std::memcpy(&value, p, sizeof(T));
    return value;
}

template <typename T> void store(char * p, T value)
{
    std::memcpy(p, &value, sizeof(T));
}

template <typename ValueType> UInt32 compressDataForType(const char * source, UInt32 source_size, char * dest)
{
    using SignedDeltaType = std::make_signed_t<ValueType>;
    const char * source_end = source + source_size;
    const char * dest_start = dest;
    store<UInt32>(dest, source_size / sizeof(ValueType));
    dest += sizeof(UInt32);

    ValueType prev_value = 0;
    ValueType prev_delta = 0;
    if (source < source_end)
    {
        prev_value = load<ValueType>(source);
        store(dest, prev_value);
        source += sizeof(ValueType);
        dest += sizeof(ValueType);
    }
    if (source < source_end)
    {
        ValueType current = load<ValueType>(source);
        prev_delta = static_cast<ValueType>(current - prev_value);
        store(dest, prev_delta);
        source += sizeof(ValueType);
        dest += sizeof(ValueType);
        prev_value = current;
    }
    BitWriter writer(dest);
    for (; source < source_end; source += sizeof(ValueType))
    {
        ValueType current = load<ValueType>(source);
        ValueType delta = static_cast<ValueType>(current - prev_value);
        ValueType double_delta = static_cast<ValueType>(delta - prev_delta);
        prev_delta = delta;
        prev_value = current;
        if (double_delta == 0)
        {
            writer.writeBits(1, 0);
            continue;
        }
        auto signed_dd = static_cast<SignedDeltaType>(double_delta);
        bool is_negative = signed_dd < 0;
        /// A double delta is never 0 here, so |dd| - 1 fits one bit fewer.
        auto magnitude = is_negative ? static_cast<ValueType>(ValueType(0) - double_delta) : double_delta;
        auto spec = getDeltaWriteSpec(signed_dd);
        writer.writeBits(spec.prefix_bits, spec.prefix);
        writer.writeBits(1, is_negative);
        writer.writeBits(spec.data_bits - 1, static_cast<UInt64>(static_cast<ValueType>(magnitude - 1)));
    }
    return static_cast<UInt32>((dest - dest_start) + writer.flush());
}

template <typename ValueType> void decompressDataForType(const char * source, UInt32 source_size, char * dest, UInt32 output_size)
{
    const char * source_end = source + source_size;
    if (source + sizeof(UInt32) > source_end)
        throw Exception(ErrorCodes::CANNOT_DECOMPRESS, "Cannot decompress DoubleDelta-encoded data: no item count");
    UInt32 items_count = load<UInt32>(source);
    source += sizeof(UInt32);
    if (static_cast<UInt64>(items_count) * sizeof(ValueType) != output_size)
        throw Exception(
            ErrorCodes::CANNOT_DECOMPRESS, "Cannot decompress DoubleDelta-encoded data: {} items for {} bytes", items_count, output_size);
    if (items_count == 0)
        return;
    if (source + sizeof(ValueType) > source_end)
        throw Exception(ErrorCodes::CANNOT_DECOMPRESS, "Cannot decompress DoubleDelta-encoded data: truncated");
    ValueType prev_value = load<ValueType>(source);
    source += sizeof(ValueType);
    store(dest, prev_value);
    dest += sizeof(ValueType);
    if (items_count == 1)
        return;
    if (source + sizeof(ValueType) > source_end)
        throw Exception(ErrorCodes::CANNOT_DECOMPRESS, "Cannot decompress DoubleDelta-encoded data: truncated");
    ValueType prev_delta = load<ValueType>(source);
    source += sizeof(ValueType);
    prev_value = static_cast<ValueType>(prev_value + prev_delta);
    store(dest, prev_value);
    dest += sizeof(ValueType);

    BitReader reader(source, static_cast<size_t>(source_end - source));
    for (UInt32 item = 2; item < items_count; ++item)
    {
        ValueType double_delta = 0;
        /// The common case in one step: prefix and value (at most 5 + 32 bits) taken from one
        /// look at the buffered bits, the prefix classified by a table of its five bits.
        if (reader.ensure(37))
        {
            UInt64 word = reader.word();
            const PrefixClass & prefix = kPrefixClasses[word >> 59];
            if (prefix.data_bits <= 32)
            {
                /// Without branches on the class, which random times make unpredictable: a
                /// zero double delta is the class with no data bits and a zero factor.
                UInt64 data = (word << prefix.length) >> 1 >> (63 - prefix.data_bits);
                reader.consume(static_cast<UInt8>(prefix.length + prefix.data_bits));
                UInt64 magnitude = ((data & prefix.magnitude_mask) + 1) * prefix.is_nonzero;
                UInt64 negative = (data & prefix.sign_mask) != 0;
                double_delta = static_cast<ValueType>((magnitude ^ (0 - negative)) + negative);
                prev_delta = static_cast<ValueType>(prev_delta + double_delta);
                prev_value = static_cast<ValueType>(prev_value + prev_delta);
                store(dest, prev_value);
                dest += sizeof(ValueType);
                continue;
            }
        }
        /// Near the end of the input, or a 64-bit double delta: field by field, checked.
        auto prefix_bits = static_cast<UInt32>(reader.peekBits(5));
        if (prefix_bits < 0b10000)
            reader.skipBits(1);
        else
        {
            const PrefixClass & prefix = kPrefixClasses[prefix_bits];
            reader.skipBits(prefix.length);
            double_delta = doubleDeltaOf<ValueType>(reader.readBits(prefix.data_bits), prefix.data_bits);
        }
        prev_delta = static_cast<ValueType>(prev_delta + double_delta);
        prev_value = static_cast<ValueType>(prev_value + prev_delta);
        store(dest, prev_value);
        dest += sizeof(ValueType);
    }
}

bool isValidWidth(UInt64 width)
{
    return width == 1 || width == 2 || width == 4 || width == 8;
}
}

UInt32 CompressionCodecDoubleDelta::getMaxCompressedDataSize(UInt32 uncompressed_size) const
{
    /// Header, count, first value and delta, then at most 5 + 1 + 63 bits per value.
    UInt64 values = uncompressed_size / data_bytes_size + 1;
    return static_cast<UInt32>(2 + data_bytes_size + sizeof(UInt32) + 2 * 8 + (values * 69 + 7) / 8);
}

UInt32 CompressionCodecDoubleDelta::doCompressData(const char * source, UInt32 source_size, char * dest) const
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

void CompressionCodecDoubleDelta::doDecompressData(const char * source, UInt32 source_size, char * dest, UInt32 uncompressed_size) const
{
    if (source_size < 2)
        throw Exception(ErrorCodes::CANNOT_DECOMPRESS, "Cannot decompress DoubleDelta-encoded data. File has wrong header");
    UInt8 bytes_size = static_cast<UInt8>(source[0]);
    if (!isValidWidth(bytes_size))
        throw Exception(ErrorCodes::CANNOT_DECOMPRESS, "Cannot decompress DoubleDelta-encoded data. File has wrong header");
    UInt8 bytes_to_skip = static_cast<UInt8>(uncompressed_size % bytes_size);
    if (2u + bytes_to_skip > source_size)
        throw Exception(ErrorCodes::CANNOT_DECOMPRESS, "Cannot decompress DoubleDelta-encoded data. File has wrong header");
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

void registerCodecDoubleDelta(CompressionCodecFactory & factory)
{
    factory.registerCodec(
        "DoubleDelta", static_cast<UInt8>(CompressionMethodByte::DoubleDelta),
        [](const CompressionCodecFactory::Arguments & arguments, size_t value_size)
        {
            return std::make_shared<CompressionCodecDoubleDelta>(
                CompressionCodecFactory::parseWidthArgument("DoubleDelta", arguments, value_size));
        });
}
}
