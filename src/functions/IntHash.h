// ClickHouse's salted integer hashes: IntHash64 (MurmurHash3's 64-bit finalizer) and IntHash32
// (Thomas Wang's 64-to-32-bit hash) of the key xor a fixed salt. intHash64() and cityHash64 of
// numbers use the first; the murmur hashes combine several arguments' hashes with them.
#pragma once

#include "base/Types.h"

namespace datastore::functions
{
inline UInt64 intHash64Salted(UInt64 x)
{
    x ^= 0x4CF2D2BAAE6DA887ULL;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

inline UInt32 intHash32Salted(UInt64 key)
{
    key ^= 0x75D9543DE018BF45ULL;
    key = (~key) + (key << 18);
    key = key ^ ((key >> 31) | (key << 33));
    key = key * 21;
    key = key ^ ((key >> 11) | (key << 53));
    key = key + (key << 6);
    key = key ^ ((key >> 22) | (key << 42));
    return static_cast<UInt32>(key);
}
}
