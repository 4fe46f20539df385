// MurmurHash2 over little-endian blocks; unaligned input read with memcpy.
#include "base/MurmurHash2.h"

#include <cstring>

namespace datastore
{
UInt32 murmurHash2_32(const char * data, size_t size, UInt32 seed)
{
    constexpr UInt32 m = 0x5bd1e995;
    const auto * bytes = reinterpret_cast<const unsigned char *>(data);
    UInt32 h = seed ^ static_cast<UInt32>(size);
    for (; size >= 4; bytes += 4, size -= 4)
    {
        UInt32 k;
        std::memcpy(&k, bytes, 4);
        k *= m;
        k ^= k >> 24;
        k *= m;
        h *= m;
        h ^= k;
    }
    if (size > 0)
    {
        for (size_t i = size; i > 0; --i)
            h ^= static_cast<UInt32>(bytes[i - 1]) << (8 * (i - 1));
        h *= m;
    }
    h ^= h >> 13;
    h *= m;
    h ^= h >> 15;
    return h;
}

UInt64 murmurHash64A(const char * data, size_t size, UInt64 seed)
{
    constexpr UInt64 m = 0xc6a4a7935bd1e995ULL;
    const auto * bytes = reinterpret_cast<const unsigned char *>(data);
    UInt64 h = seed ^ (static_cast<UInt64>(size) * m);
    for (; size >= 8; bytes += 8, size -= 8)
    {
        UInt64 k;
        std::memcpy(&k, bytes, 8);
        k *= m;
        k ^= k >> 47;
        k *= m;
        h ^= k;
        h *= m;
    }
    if (size > 0)
    {
        for (size_t i = size; i > 0; --i)
            h ^= static_cast<UInt64>(bytes[i - 1]) << (8 * (i - 1));
        h *= m;
    }
    h ^= h >> 47;
    h *= m;
    h ^= h >> 47;
    return h;
}
}
