// Hash mixing used by GROUP BY, DISTINCT, JOIN and partitioning of rows across threads.
// One function per value kind so the loops in columns stay simple and inlinable.
#pragma once

#include <nmmintrin.h>
#include <string_view>

#include <xxhash.h>

#include "base/Types.h"

namespace datastore
{
/// Mixes a 64-bit value into a running hash; CRC32 twice gives good low and high bits cheaply.
inline UInt64 mixHash(UInt64 seed, UInt64 value)
{
    UInt64 low = _mm_crc32_u64(seed, value);
    UInt64 high = _mm_crc32_u64(seed ^ 0x9E3779B97F4A7C15ULL, value);
    return (high << 32) | low;
}

inline UInt64 mixHash(UInt64 seed, std::string_view bytes)
{
    return XXH3_64bits_withSeed(bytes.data(), bytes.size(), seed);
}

/// Final avalanche so that any bit range of the hash can pick a bucket.
inline UInt64 finalizeHash(UInt64 h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}
}
