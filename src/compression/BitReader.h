// Reads the bit fields BitWriter wrote, most-significant bit first. Reading past the end
// throws CANNOT_DECOMPRESS, so corrupted input cannot run off the buffer.
#pragma once

#include <cstring>

#include "base/Exception.h"
#include "base/Types.h"

namespace datastore::compression
{
class BitReader
{
public:
    BitReader(const char * begin_, size_t size_)
        : begin(reinterpret_cast<const UInt8 *>(begin_))
        , size(size_)
    {
    }

    [[gnu::always_inline]] UInt64 readBits(UInt8 bits)
    {
        if (bits == 0)
            return 0;
        /// The buffer holds at most 64 bits and refills by whole bytes; wider reads are split.
        if (bits > 56) [[unlikely]]
            return readWideBits(bits);
        if (buffered_bits < bits)
        {
            refill();
            if (buffered_bits < bits)
                throw Exception(ErrorCodes::CANNOT_DECOMPRESS, "Cannot decompress: bit stream ends before its values");
        }
        UInt64 value = buffer >> (64 - bits);
        buffer <<= bits;
        buffered_bits = static_cast<UInt8>(buffered_bits - bits);
        return value;
    }
    UInt8 readBit() { return static_cast<UInt8>(readBits(1)); }

    /// For decoders that take several fields at once: makes at least `bits` (at most 57) bits
    /// available if the input has them, and says whether it did. Then word() holds them at its
    /// top, and consume() takes them without further checks.
    [[gnu::always_inline]] bool ensure(UInt8 bits)
    {
        if (buffered_bits < bits)
            refill();
        return buffered_bits >= bits;
    }
    UInt64 word() const { return buffer; }
    [[gnu::always_inline]] void consume(UInt8 bits)
    {
        buffer = bits == 64 ? 0 : buffer << bits;
        buffered_bits = static_cast<UInt8>(buffered_bits - bits);
    }

    /// The next `bits` (at most 56) without consuming them; zeros past the end of the input.
    [[gnu::always_inline]] UInt64 peekBits(UInt8 bits)
    {
        if (buffered_bits < bits)
            refill();
        return buffer >> (64 - bits);
    }
    [[gnu::always_inline]] void skipBits(UInt8 bits)
    {
        if (buffered_bits < bits)
            throw Exception(ErrorCodes::CANNOT_DECOMPRESS, "Cannot decompress: bit stream ends before its values");
        buffer <<= bits;
        buffered_bits = static_cast<UInt8>(buffered_bits - bits);
    }

private:
    [[gnu::noinline]] UInt64 readWideBits(UInt8 bits)
    {
        UInt64 high = readBits(static_cast<UInt8>(bits - 32));
        return (high << 32) | readBits(32);
    }

    /// Appends whole bytes below the buffered bits (which sit at the top of `buffer`): eight
    /// at a time with one big-endian load while the input lasts, then byte by byte.
    [[gnu::always_inline]] void refill()
    {
        size_t free_bytes = (64 - buffered_bits) / 8;
        if (free_bytes == 0)
            return;
        if (next_byte + 8 > size) [[unlikely]]
            return refillTail();
        UInt64 loaded;
        std::memcpy(&loaded, begin + next_byte, sizeof(loaded));
        loaded = __builtin_bswap64(loaded);
        size_t new_bits = free_bytes * 8;
        UInt64 fresh = new_bits == 64 ? loaded : loaded >> (64 - new_bits);
        buffer |= fresh << (64 - buffered_bits - new_bits);
        buffered_bits = static_cast<UInt8>(buffered_bits + new_bits);
        next_byte += free_bytes;
    }

    [[gnu::noinline]] void refillTail()
    {
        while (buffered_bits <= 56 && next_byte < size)
        {
            buffer |= static_cast<UInt64>(begin[next_byte++]) << (56 - buffered_bits);
            buffered_bits = static_cast<UInt8>(buffered_bits + 8);
        }
    }

    const UInt8 * begin;
    size_t size;
    size_t next_byte = 0;
    /// Bits loaded but not yet returned, most significant first.
    UInt64 buffer = 0;
    UInt8 buffered_bits = 0;
};
}
