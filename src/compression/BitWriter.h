// Writes a stream of bit fields most-significant bit first, as ClickHouse's DoubleDelta and
// Gorilla codecs lay them out: the first bit written is the top bit of the first byte.
#pragma once

#include "base/Types.h"

namespace datastore::compression
{
class BitWriter
{
public:
    explicit BitWriter(char * dest_)
        : dest(dest_)
    {
    }

    /// Appends the low `bits` bits of value (0..64), high bit first.
    void writeBits(UInt8 bits, UInt64 value)
    {
        if (bits == 0)
            return;
        UInt64 mask = bits == 64 ? ~0ULL : ((1ULL << bits) - 1);
        pending = (pending << bits) | (value & mask);
        pending_bits += bits;
        while (pending_bits >= 8)
        {
            pending_bits -= 8;
            dest[bytes_written++] = static_cast<char>(static_cast<UInt8>(pending >> pending_bits));
        }
    }

    /// Pads the last byte with zero bits; returns the bytes written in total.
    size_t flush()
    {
        if (pending_bits)
        {
            dest[bytes_written++] = static_cast<char>(static_cast<UInt8>(pending << (8 - pending_bits)));
            pending_bits = 0;
        }
        pending = 0;
        return bytes_written;
    }

private:
    char * dest;
    size_t bytes_written = 0;
    /// Bits not yet written out: fewer than 8 between calls, so 64 + 7 fit in 128.
    unsigned __int128 pending = 0;
    UInt8 pending_bits = 0;
};
}
