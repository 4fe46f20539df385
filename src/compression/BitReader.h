// Reads the bit fields BitWriter wrote, most-significant bit first. Reading past the end
// throws CANNOT_DECOMPRESS, so corrupted input cannot run off the buffer.
#pragma once

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

    UInt64 readBits(UInt8 bits)
    {
        if (bits == 0)
            return 0;
        while (available_bits < bits)
        {
            if (next_byte == size)
                throw Exception(ErrorCodes::CANNOT_DECOMPRESS, "Cannot decompress: bit stream ends before its values");
            loaded = (loaded << 8) | begin[next_byte++];
            available_bits += 8;
        }
        available_bits -= bits;
        UInt64 mask = bits == 64 ? ~0ULL : ((1ULL << bits) - 1);
        return static_cast<UInt64>(loaded >> available_bits) & mask;
    }
    UInt8 readBit() { return static_cast<UInt8>(readBits(1)); }

private:
    const UInt8 * begin;
    size_t size;
    size_t next_byte = 0;
    /// Bits loaded but not yet returned: fewer than 64 + 8, so they fit in 128.
    unsigned __int128 loaded = 0;
    UInt8 available_bits = 0;
};
}
