// CityHash v1.0.2 written from Google's published description of that release.
// Input words are read little-endian, as on every platform ClickHouse supports.
#include "base/CityHash.h"

#include <cstring>
#include <utility>

namespace datastore::cityhash_v1_0_2
{
namespace
{
using Pair = std::pair<UInt64, UInt64>;

constexpr UInt64 k0 = 0xc3a5c85c97cb3127ULL;
constexpr UInt64 k1 = 0xb492b66fbe98f273ULL;
constexpr UInt64 k2 = 0x9ae16a3b2f90404fULL;
constexpr UInt64 k3 = 0xc949d7c7509e6557ULL;

inline UInt64 fetch64(const char * p)
{
    UInt64 result;
    std::memcpy(&result, p, sizeof(result));
    return result;
}

inline UInt32 fetch32(const char * p)
{
    UInt32 result;
    std::memcpy(&result, p, sizeof(result));
    return result;
}

inline UInt64 rotate(UInt64 val, int shift)
{
    return shift == 0 ? val : ((val >> shift) | (val << (64 - shift)));
}

/// Same as rotate() for shift in [1, 63], without the branch.
inline UInt64 rotateByAtLeast1(UInt64 val, int shift)
{
    return (val >> shift) | (val << (64 - shift));
}

inline UInt64 shiftMix(UInt64 val)
{
    return val ^ (val >> 47);
}

inline UInt64 hashLen16(UInt64 u, UInt64 v)
{
    return Hash128to64(UInt128{u, v});
}

UInt64 hashLen0to16(const char * s, size_t len)
{
    if (len > 8)
    {
        UInt64 a = fetch64(s);
        UInt64 b = fetch64(s + len - 8);
        return hashLen16(a, rotateByAtLeast1(b + len, static_cast<int>(len))) ^ b;
    }
    if (len >= 4)
    {
        UInt64 a = fetch32(s);
        return hashLen16(len + (a << 3), fetch32(s + len - 4));
    }
    if (len > 0)
    {
        UInt8 a = static_cast<UInt8>(s[0]);
        UInt8 b = static_cast<UInt8>(s[len >> 1]);
        UInt8 c = static_cast<UInt8>(s[len - 1]);
        UInt32 y = static_cast<UInt32>(a) + (static_cast<UInt32>(b) << 8);
        UInt32 z = static_cast<UInt32>(len) + (static_cast<UInt32>(c) << 2);
        return shiftMix(y * k2 ^ z * k3) * k2;
    }
    return k2;
}

UInt64 hashLen17to32(const char * s, size_t len)
{
    UInt64 a = fetch64(s) * k1;
    UInt64 b = fetch64(s + 8);
    UInt64 c = fetch64(s + len - 8) * k2;
    UInt64 d = fetch64(s + len - 16) * k0;
    return hashLen16(rotate(a - b, 43) + rotate(c, 30) + d, a + rotate(b ^ k3, 20) - c + len);
}

Pair weakHashLen32WithSeeds(UInt64 w, UInt64 x, UInt64 y, UInt64 z, UInt64 a, UInt64 b)
{
    a += w;
    b = rotate(b + a + z, 21);
    UInt64 c = a;
    a += x;
    a += y;
    b += rotate(a, 44);
    return {a + z, b + c};
}

Pair weakHashLen32WithSeeds(const char * s, UInt64 a, UInt64 b)
{
    return weakHashLen32WithSeeds(fetch64(s), fetch64(s + 8), fetch64(s + 16), fetch64(s + 24), a, b);
}

UInt64 hashLen33to64(const char * s, size_t len)
{
    UInt64 z = fetch64(s + 24);
    UInt64 a = fetch64(s) + (len + fetch64(s + len - 16)) * k0;
    UInt64 b = rotate(a + z, 52);
    UInt64 c = rotate(a, 37);
    a += fetch64(s + 8);
    c += rotate(a, 7);
    a += fetch64(s + 16);
    UInt64 vf = a + z;
    UInt64 vs = b + rotate(a, 31) + c;
    a = fetch64(s + 16) + fetch64(s + len - 32);
    z = fetch64(s + len - 8);
    b = rotate(a + z, 52);
    c = rotate(a, 37);
    a += fetch64(s + len - 24);
    c += rotate(a, 7);
    a += fetch64(s + len - 16);
    UInt64 wf = a + z;
    UInt64 ws = b + rotate(a, 31) + c;
    UInt64 r = shiftMix((vf + ws) * k2 + (wf + vs) * k0);
    return shiftMix(r * k0 + vs) * k2;
}

/// 128-bit hash for inputs shorter than 128 bytes, built from City and Murmur.
UInt128 cityMurmur(const char * s, size_t len, UInt128 seed)
{
    UInt64 a = seed.low;
    UInt64 b = seed.high;
    UInt64 c = 0;
    UInt64 d = 0;
    ptrdiff_t l = static_cast<ptrdiff_t>(len) - 16;
    if (l <= 0)
    {
        a = shiftMix(a * k1) * k1;
        c = b * k1 + hashLen0to16(s, len);
        d = shiftMix(a + (len >= 8 ? fetch64(s) : c));
    }
    else
    {
        c = hashLen16(fetch64(s + len - 8) + k1, a);
        d = hashLen16(b + len, c + fetch64(s + len - 16));
        a += d;
        do
        {
            a ^= shiftMix(fetch64(s) * k1) * k1;
            a *= k1;
            b ^= a;
            c ^= shiftMix(fetch64(s + 8) * k1) * k1;
            c *= k1;
            d ^= c;
            s += 16;
            l -= 16;
        } while (l > 0);
    }
    a = hashLen16(a, c);
    b = hashLen16(d, b);
    return UInt128{a ^ b, hashLen16(b, a)};
}

/// One 64-byte round of the long-input loop shared by CityHash64 and CityHash128.
inline void mixChunk(const char * s, UInt64 & x, UInt64 & y, UInt64 & z, Pair & v, Pair & w)
{
    x = rotate(x + y + v.first + fetch64(s + 16), 37) * k1;
    y = rotate(y + v.second + fetch64(s + 48), 42) * k1;
    x ^= w.second;
    y ^= v.first;
    z = rotate(z ^ w.first, 33);
    v = weakHashLen32WithSeeds(s, v.second * k1, x + w.first);
    w = weakHashLen32WithSeeds(s + 32, z + w.second, y);
    std::swap(z, x);
}
}

UInt64 CityHash64(const char * s, size_t len)
{
    if (len <= 32)
        return len <= 16 ? hashLen0to16(s, len) : hashLen17to32(s, len);
    if (len <= 64)
        return hashLen33to64(s, len);

    /// Longer inputs: hash the end first, then loop over 64-byte chunks keeping 56 bytes of state.
    UInt64 x = fetch64(s);
    UInt64 y = fetch64(s + len - 16) ^ k1;
    UInt64 z = fetch64(s + len - 56) ^ k0;
    Pair v = weakHashLen32WithSeeds(s + len - 64, len, y);
    Pair w = weakHashLen32WithSeeds(s + len - 32, len * k1, k0);
    z += shiftMix(v.second) * k1;
    x = rotate(z + x, 39) * k1;
    y = rotate(y, 33) * k1;

    len = (len - 1) & ~static_cast<size_t>(63);
    do
    {
        mixChunk(s, x, y, z, v, w);
        s += 64;
        len -= 64;
    } while (len != 0);
    return hashLen16(hashLen16(v.first, w.first) + shiftMix(y) * k1 + z, hashLen16(v.second, w.second) + x);
}

UInt64 CityHash64WithSeed(const char * s, size_t len, UInt64 seed)
{
    return CityHash64WithSeeds(s, len, k2, seed);
}

UInt64 CityHash64WithSeeds(const char * s, size_t len, UInt64 seed0, UInt64 seed1)
{
    return hashLen16(CityHash64(s, len) - seed0, seed1);
}

UInt128 CityHash128WithSeed(const char * s, size_t len, UInt128 seed)
{
    if (len < 128)
        return cityMurmur(s, len, seed);

    Pair v;
    Pair w;
    UInt64 x = seed.low;
    UInt64 y = seed.high;
    UInt64 z = len * k1;
    v.first = rotate(y ^ k1, 49) * k1 + fetch64(s);
    v.second = rotate(v.first, 42) * k1 + fetch64(s + 8);
    w.first = rotate(y + z, 35) * k1 + x;
    w.second = rotate(x + fetch64(s + 88), 53) * k1;

    do
    {
        mixChunk(s, x, y, z, v, w);
        s += 64;
        mixChunk(s, x, y, z, v, w);
        s += 64;
        len -= 128;
    } while (len >= 128);

    y += rotate(w.first, 37) * k0 + z;
    x += rotate(v.first + z, 49) * k0;
    /// The remaining 0..127 bytes, in up to four 32-byte chunks taken from the end.
    for (size_t tail_done = 0; tail_done < len;)
    {
        tail_done += 32;
        y = rotate(y - x, 42) * k0 + v.second;
        w.first += fetch64(s + len - tail_done + 16);
        x = rotate(x, 49) * k0 + w.first;
        w.first += v.first;
        v = weakHashLen32WithSeeds(s + len - tail_done, v.first, v.second);
    }
    x = hashLen16(x, v.first);
    y = hashLen16(y, w.first);
    return UInt128{hashLen16(x + v.second, w.second) + y, hashLen16(x + w.second, y + v.second)};
}

UInt128 CityHash128(const char * s, size_t len)
{
    if (len >= 16)
        return CityHash128WithSeed(s + 16, len - 16, UInt128{fetch64(s) ^ k3, fetch64(s + 8)});
    if (len >= 8)
        return CityHash128WithSeed(nullptr, 0, UInt128{fetch64(s) ^ (len * k0), fetch64(s + len - 8) ^ k1});
    return CityHash128WithSeed(s, len, UInt128{k0, k1});
}
}
