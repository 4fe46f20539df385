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

template <typename T>
UInt64 load(const char * p)
{
    T value;
    std::memcpy(&value, p, sizeof(value));
    return value;
}

UInt64 rotr(UInt64 value, int shift)
{
    return (value >> shift) | (value << (64 - shift));
}
}

UInt64 hash64v1(const char * data, size_t size, UInt32 seed)
{
    const char * p = data;
    const char * end = data + size;
    UInt64 hash = (UInt64(seed) + k2) * k0 + size;

    if (size >= 32)
    {
        UInt64 lane[4] = {hash, hash, hash, hash};
        constexpr UInt64 multipliers[4] = {k0, k1, k2, k3};
        do
        {
            for (size_t i = 0; i < 4; ++i)
                lane[i] = rotr(lane[i] + load<UInt64>(p + 8 * i) * multipliers[i], 29) + lane[(i + 2) % 4];
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
        UInt64 a = rotr(hash + load<UInt64>(p) * k0, 33) * k1;
        UInt64 b = rotr(hash + load<UInt64>(p + 8) * k1, 33) * k2;
        a ^= rotr(a * k0, 35) + b;
        b ^= rotr(b * k3, 35) + a;
        hash += b;
        p += 16;
    }
    if (end - p >= 8)
    {
        hash += load<UInt64>(p) * k3;
        hash ^= rotr(hash, 33) * k1;
        p += 8;
    }
    if (end - p >= 4)
    {
        hash += load<UInt32>(p) * k3;
        hash ^= rotr(hash, 15) * k1;
        p += 4;
    }
    if (end - p >= 2)
    {
        hash += load<UInt16>(p) * k3;
        hash ^= rotr(hash, 13) * k1;
        p += 2;
    }
    if (end - p >= 1)
    {
        hash += load<UInt8>(p) * k3;
        hash ^= rotr(hash, 25) * k1;
    }
    hash ^= rotr(hash, 33);
    hash *= k0;
    hash ^= rotr(hash, 33);
    return hash;
}
}
