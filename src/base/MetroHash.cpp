// MetroHash64 variant 1, written from the algorithm's description: four lanes over 32-byte
// blocks, then the tail in pieces of 16, 8, 4, 2 and 1 bytes, little-endian.
#include "base/MetroHash.h"

#include <cstring>

namespace datastore::metrohash
{
namespace
{
constexpr UInt64 k0 = 0xC83A91E1;
constexpr UInt64 k1 = 0x8648DBDB;
constexpr UInt64 k2 = 0x7BDEC03B;
constexpr UInt64 k3 = 0x2F5870A5;

UInt64 load64(const char * p)
{
    UInt64 value;
    std::memcpy(&value, p, sizeof(value));
    return value;
}

UInt64 rotr(UInt64 value, int shift)
{
    return (value >> shift) | (value << (64 - shift));
}
}

UInt64 hash64v1(const char * data, size_t size)
{
    const char * p = data;
    const char * end = data + size;
    /// With seed 0, as ClickHouse calls it.
    UInt64 hash = k2 * k0 + size;

    if (size >= 32)
    {
        UInt64 lane[4] = {hash, hash, hash, hash};
        constexpr UInt64 multipliers[4] = {k0, k1, k2, k3};
        do
        {
            for (size_t i = 0; i < 4; ++i)
                lane[i] = rotr(lane[i] + load64(p + 8 * i) * multipliers[i], 29) + lane[(i + 2) % 4];
            p += 32;
        } while (end - p >= 32);
        lane[2] ^= rotr((lane[0] + lane[3]) * k0 + lane[1], 33) * k1;
        lane[3] ^= rotr((lane[1] + lane[2]) * k1 + lane[0], 33) * k0;
        lane[0] ^= rotr((lane[0] + lane[2]) * k0 + lane[3], 33) * k1;
        lane[1] ^= rotr((lane[1] + lane[3]) * k1 + lane[2], 33) * k0;
        hash += lane[0] ^ lane[1];
    }
    if (end - p >= 16)
    {
        UInt64 a = rotr(hash + load64(p) * k0, 33) * k1;
        UInt64 b = rotr(hash + load64(p + 8) * k1, 33) * k2;
        a ^= rotr(a * k0, 35) + b;
        b ^= rotr(b * k3, 35) + a;
        hash += b;
        p += 16;
    }
    /// The last 0 to 15 bytes: a word of 8, 4, 2 and 1 bytes where that many are left.
    constexpr struct
    {
        size_t width;
        int shift;
    } tail_steps[] = {{8, 33}, {4, 15}, {2, 13}, {1, 25}};
    for (const auto & step : tail_steps)
    {
        if (static_cast<size_t>(end - p) < step.width)
            continue;
        UInt64 word = 0;
        std::memcpy(&word, p, step.width);
        hash += word * k3;
        hash ^= rotr(hash, step.shift) * k1;
        p += step.width;
    }
    hash ^= rotr(hash, 33);
    hash *= k0;
    hash ^= rotr(hash, 33);
    return hash;
}
}
