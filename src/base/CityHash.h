// CityHash v1.0.2, the exact version ClickHouse uses for cityHash64() and for the 16-byte
// checksum in front of every compressed block. Later CityHash releases give different
// values, so this is frozen in its own namespace and must never be "upgraded".
#pragma once

#include <cstddef>

#include "base/Types.h"

namespace datastore::cityhash_v1_0_2
{
/// A 128-bit CityHash value as ClickHouse keeps it: `low` is the first half the algorithm
/// produces, `high` the second. On disk (compressed-block checksums) ClickHouse writes
/// `low` as 8 little-endian bytes followed by `high` as 8 little-endian bytes.
struct UInt128
{
    UInt64 low = 0;
    UInt64 high = 0;

    friend bool operator==(const UInt128 &, const UInt128 &) = default;
};

/// Hash of `len` bytes at `data` (no terminator is hashed).
UInt64 CityHash64(const char * data, size_t len);
UInt64 CityHash64WithSeed(const char * data, size_t len, UInt64 seed);
UInt64 CityHash64WithSeeds(const char * data, size_t len, UInt64 seed0, UInt64 seed1);

UInt128 CityHash128(const char * data, size_t len);
UInt128 CityHash128WithSeed(const char * data, size_t len, UInt128 seed);

/// Folds 128 bits into 64; ClickHouse combines the hashes of several arguments with it.
inline UInt64 Hash128to64(const UInt128 & x)
{
    const UInt64 k_mul = 0x9ddfea08eb382d69ULL;
    UInt64 a = (x.low ^ x.high) * k_mul;
    a ^= (a >> 47);
    UInt64 b = (x.high ^ a) * k_mul;
    b ^= (b >> 47);
    b *= k_mul;
    return b;
}
}
