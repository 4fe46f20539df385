// MurmurHash3 over little-endian blocks; unaligned input read with memcpy.
#include "base/MurmurHash3.h"

#include <cstring>

namespace datastore
{
namespace
{
inline UInt32 rotl32(UInt32 x, int r)
{
    return (x << r) | (x >> (32 - r));
}

inline UInt64 rotl64(UInt64 x, int r)
{
    return (x << r) | (x >> (64 - r));
}

inline UInt32 fmix32(UInt32 h)
{
    h ^= h >> 16;
    h *= 0x85ebca6b;
    h ^= h >> 13;
    h *= 0xc2b2ae35;
    h ^= h >> 16;
    return h;
}

inline UInt64 fmix64(UInt64 k)
{
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdULL;
    k ^= k >> 33;
    k *= 0xc4ceb9fe1a85ec53ULL;
    k ^= k >> 33;
    return k;
}

template <typename T>
inline T load(const unsigned char * p)
{
    T value;
    std::memcpy(&value, p, sizeof(T));
    return value;
}
}

UInt32 murmurHash3_x86_32(const char * data, size_t size, UInt32 seed)
{
    const auto * bytes = reinterpret_cast<const unsigned char *>(data);
    const size_t blocks = size / 4;
    constexpr UInt32 c1 = 0xcc9e2d51;
    constexpr UInt32 c2 = 0x1b873593;
    UInt32 h1 = seed;
    for (size_t i = 0; i < blocks; ++i)
    {
        UInt32 k1 = load<UInt32>(bytes + i * 4);
        k1 *= c1;
        k1 = rotl32(k1, 15);
        k1 *= c2;
        h1 ^= k1;
        h1 = rotl32(h1, 13);
        h1 = h1 * 5 + 0xe6546b64;
    }
    const unsigned char * tail = bytes + blocks * 4;
    UInt32 k1 = 0;
    switch (size & 3)
    {
        case 3: k1 ^= UInt32(tail[2]) << 16; [[fallthrough]];
        case 2: k1 ^= UInt32(tail[1]) << 8; [[fallthrough]];
        case 1:
            k1 ^= tail[0];
            k1 *= c1;
            k1 = rotl32(k1, 15);
            k1 *= c2;
            h1 ^= k1;
    }
    h1 ^= static_cast<UInt32>(size);
    return fmix32(h1);
}

void murmurHash3_x64_128(const char * data, size_t size, UInt32 seed, UInt64 out[2])
{
    const auto * bytes = reinterpret_cast<const unsigned char *>(data);
    const size_t blocks = size / 16;
    constexpr UInt64 c1 = 0x87c37b91114253d5ULL;
    constexpr UInt64 c2 = 0x4cf5ad432745937fULL;
    UInt64 h1 = seed;
    UInt64 h2 = seed;
    for (size_t i = 0; i < blocks; ++i)
    {
        UInt64 k1 = load<UInt64>(bytes + i * 16);
        UInt64 k2 = load<UInt64>(bytes + i * 16 + 8);
        k1 *= c1;
        k1 = rotl64(k1, 31);
        k1 *= c2;
        h1 ^= k1;
        h1 = rotl64(h1, 27);
        h1 += h2;
        h1 = h1 * 5 + 0x52dce729;
        k2 *= c2;
        k2 = rotl64(k2, 33);
        k2 *= c1;
        h2 ^= k2;
        h2 = rotl64(h2, 31);
        h2 += h1;
        h2 = h2 * 5 + 0x38495ab5;
    }
    const unsigned char * tail = bytes + blocks * 16;
    UInt64 k1 = 0;
    UInt64 k2 = 0;
    switch (size & 15)
    {
        case 15: k2 ^= UInt64(tail[14]) << 48; [[fallthrough]];
        case 14: k2 ^= UInt64(tail[13]) << 40; [[fallthrough]];
        case 13: k2 ^= UInt64(tail[12]) << 32; [[fallthrough]];
        case 12: k2 ^= UInt64(tail[11]) << 24; [[fallthrough]];
        case 11: k2 ^= UInt64(tail[10]) << 16; [[fallthrough]];
        case 10: k2 ^= UInt64(tail[9]) << 8; [[fallthrough]];
        case 9:
            k2 ^= UInt64(tail[8]);
            k2 *= c2;
            k2 = rotl64(k2, 33);
            k2 *= c1;
            h2 ^= k2;
            [[fallthrough]];
        case 8: k1 ^= UInt64(tail[7]) << 56; [[fallthrough]];
        case 7: k1 ^= UInt64(tail[6]) << 48; [[fallthrough]];
        case 6: k1 ^= UInt64(tail[5]) << 40; [[fallthrough]];
        case 5: k1 ^= UInt64(tail[4]) << 32; [[fallthrough]];
        case 4: k1 ^= UInt64(tail[3]) << 24; [[fallthrough]];
        case 3: k1 ^= UInt64(tail[2]) << 16; [[fallthrough]];
        case 2: k1 ^= UInt64(tail[1]) << 8; [[fallthrough]];
        case 1:
            k1 ^= UInt64(tail[0]);
            k1 *= c1;
            k1 = rotl64(k1, 31);
            k1 *= c2;
            h1 ^= k1;
    }
    h1 ^= size;
    h2 ^= size;
    h1 += h2;
    h2 += h1;
    h1 = fmix64(h1);
    h2 = fmix64(h2);
    h1 += h2;
    h2 += h1;
    out[0] = h1;
    out[1] = h2;
}
}
