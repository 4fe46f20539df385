// FarmHash 64-bit, written from the algorithm's description: the short-input mixers of the
// "na" variant, its 64-byte loop, the "xo" mixers for 33 to 96 bytes, the "uo" loop that xo
// uses past 256 bytes and the SSE4.1 "te" loop over 256-byte blocks for 512 bytes and more.
// Bytes are read as little-endian words.
#include "base/FarmHash.h"

#include <immintrin.h>

#include <cstring>
#include <utility>

namespace datastore::farmhash
{
namespace
{
constexpr UInt64 k0 = 0xc3a5c85c97cb3127ULL;
constexpr UInt64 k1 = 0xb492b66fbe98f273ULL;
constexpr UInt64 k2 = 0x9ae16a3b2f90404fULL;
constexpr UInt64 k_mul = 0x9ddfea08eb382d69ULL;

UInt64 word64(const char * p)
{
    UInt64 value;
    std::memcpy(&value, p, sizeof(value));
    return value;
}

UInt64 word32(const char * p)
{
    UInt32 value;
    std::memcpy(&value, p, sizeof(value));
    return value;
}

UInt64 rotr(UInt64 value, int shift)
{
    return shift == 0 ? value : (value >> shift) | (value << (64 - shift));
}

UInt64 shiftMix(UInt64 value)
{
    return value ^ (value >> 47);
}

/// Mixes two words with multiplier `mul`.
UInt64 mix16(UInt64 u, UInt64 v, UInt64 mul)
{
    UInt64 a = (u ^ v) * mul;
    a ^= a >> 47;
    UInt64 b = (v ^ a) * mul;
    b ^= b >> 47;
    return b * mul;
}

UInt64 naUpTo16(const char * s, size_t size)
{
    if (size >= 8)
    {
        UInt64 mul = k2 + size * 2;
        UInt64 a = word64(s) + k2;
        UInt64 b = word64(s + size - 8);
        return mix16(rotr(b, 37) * mul + a, (rotr(a, 25) + b) * mul, mul);
    }
    if (size >= 4)
    {
        UInt64 mul = k2 + size * 2;
        return mix16(size + (word32(s) << 3), word32(s + size - 4), mul);
    }
    if (size > 0)
    {
        UInt32 first = static_cast<UInt8>(s[0]);
        UInt32 middle = static_cast<UInt8>(s[size >> 1]);
        UInt32 last = static_cast<UInt8>(s[size - 1]);
        UInt32 y = first + (middle << 8);
        UInt32 z = static_cast<UInt32>(size) + (last << 2);
        return shiftMix(y * k2 ^ z * k0) * k2;
    }
    return k2;
}

UInt64 na17To32(const char * s, size_t size)
{
    UInt64 mul = k2 + size * 2;
    UInt64 a = word64(s) * k1;
    UInt64 b = word64(s + 8);
    UInt64 c = word64(s + size - 8) * mul;
    UInt64 d = word64(s + size - 16) * k2;
    return mix16(rotr(a + b, 43) + rotr(c, 30) + d, a + rotr(b + k2, 18) + c, mul);
}

UInt64 na33To64(const char * s, size_t size)
{
    UInt64 mul = k2 + size * 2;
    UInt64 a = word64(s) * k2;
    UInt64 b = word64(s + 8);
    UInt64 c = word64(s + size - 8) * mul;
    UInt64 d = word64(s + size - 16) * k2;
    UInt64 y = rotr(a + b, 43) + rotr(c, 30) + d;
    UInt64 z = mix16(y, a + rotr(b + k2, 18) + c, mul);
    UInt64 e = word64(s + 16) * mul;
    UInt64 f = word64(s + 24);
    UInt64 g = (y + word64(s + size - 32)) * mul;
    UInt64 h = (z + word64(s + size - 24)) * mul;
    return mix16(rotr(e + f, 43) + rotr(g, 30) + h, e + rotr(f + a, 18) + g, mul);
}

using WordPair = std::pair<UInt64, UInt64>;

/// A quick 16-byte digest of the 32 bytes at `s` and two seeds.
WordPair weak32(const char * s, UInt64 a, UInt64 b)
{
    UInt64 w = word64(s);
    UInt64 x = word64(s + 8);
    UInt64 y = word64(s + 16);
    UInt64 z = word64(s + 24);
    a += w;
    b = rotr(b + a + z, 21);
    UInt64 c = a;
    a += x + y;
    b += rotr(a, 44);
    return {a + z, b + c};
}

/// na's hash of more than 64 bytes: 64-byte blocks, then the last 64 bytes again.
UInt64 naLong(const char * s, size_t size)
{
    const UInt64 seed = 81;
    UInt64 x = seed * k2 + word64(s);
    UInt64 y = seed * k1 + 113;
    UInt64 z = shiftMix(y * k2 + 113) * k2;
    WordPair v{0, 0};
    WordPair w{0, 0};
    const char * end = s + ((size - 1) / 64) * 64;
    const char * last64 = s + size - 64;
    for (; s != end; s += 64)
    {
        x = rotr(x + y + v.first + word64(s + 8), 37) * k1;
        y = rotr(y + v.second + word64(s + 48), 42) * k1;
        x ^= w.second;
        y += v.first + word64(s + 40);
        z = rotr(z + w.first, 33) * k1;
        v = weak32(s, v.second * k1, x + w.first);
        w = weak32(s + 32, z + w.second, y + word64(s + 16));
        std::swap(z, x);
    }
    UInt64 mul = k1 + ((z & 0xff) << 1);
    s = last64;
    w.first += (size - 1) & 63;
    v.first += w.first;
    w.first += v.first;
    x = rotr(x + y + v.first + word64(s + 8), 37) * mul;
    y = rotr(y + v.second + word64(s + 48), 42) * mul;
    x ^= w.second * 9;
    y += v.first * 9 + word64(s + 40);
    z = rotr(z + w.first, 33) * mul;
    v = weak32(s, v.second * mul, x + w.first);
    w = weak32(s + 32, z + w.second, y + word64(s + 16));
    std::swap(z, x);
    return mix16(mix16(v.first, w.first, mul) + shiftMix(y) * k0 + z, mix16(v.second, w.second, mul) + x, mul);
}

UInt64 naHash(const char * s, size_t size)
{
    if (size <= 16)
        return naUpTo16(s, size);
    if (size <= 32)
        return na17To32(s, size);
    if (size <= 64)
        return na33To64(s, size);
    return naLong(s, size);
}

/// xo's digest of the 32 bytes at `s`.
UInt64 xo32(const char * s, UInt64 mul, UInt64 seed0 = 0, UInt64 seed1 = 0)
{
    UInt64 a = word64(s) * k1;
    UInt64 b = word64(s + 8);
    UInt64 c = word64(s + 24) * mul;
    UInt64 d = word64(s + 16) * k2;
    UInt64 u = rotr(a + b, 43) + rotr(c, 30) + d + seed0;
    UInt64 v = a + rotr(b + k2, 18) + c + seed1;
    a = shiftMix((u ^ v) * mul);
    return shiftMix((v ^ a) * mul);
}

UInt64 xo33To64(const char * s, size_t size)
{
    UInt64 mul0 = k2 - 30;
    UInt64 mul1 = k2 - 30 + 2 * size;
    UInt64 h0 = xo32(s, mul0);
    UInt64 h1 = xo32(s + size - 32, mul1);
    return (h1 * mul1 + h0) * mul1;
}

UInt64 xo65To96(const char * s, size_t size)
{
    UInt64 mul0 = k2 - 114;
    UInt64 mul1 = k2 - 114 + 2 * size;
    UInt64 h0 = xo32(s, mul0);
    UInt64 h1 = xo32(s + 32, mul1);
    UInt64 h2 = xo32(s + size - 32, mul1, h0, h1);
    return (h2 * 9 + (h0 >> 17) + (h1 >> 21)) * mul1;
}

UInt64 uoMix(UInt64 x, UInt64 y, UInt64 mul, int shift)
{
    UInt64 a = (x ^ y) * mul;
    a ^= a >> 47;
    UInt64 b = (y ^ a) * mul;
    return rotr(b, shift) * mul;
}

/// uo's hash of more than 64 bytes with seeds 81 and 0.
UInt64 uoLong(const char * s, size_t size)
{
    const UInt64 seed0 = 81;
    const UInt64 seed1 = 0;
    UInt64 x = seed0;
    UInt64 y = seed1 * k2 + 113;
    UInt64 z = shiftMix(y * k2) * k2;
    WordPair v{seed0, seed1};
    WordPair w{0, 0};
    UInt64 u = x - z;
    x *= k2;
    UInt64 mul = k2 + (u & 0x82);
    const char * end = s + ((size - 1) / 64) * 64;
    const char * last64 = s + size - 64;
    for (; s != end; s += 64)
    {
        UInt64 a[8];
        for (size_t i = 0; i < 8; ++i)
            a[i] = word64(s + 8 * i);
        x += a[0] + a[1];
        y += a[2];
        z += a[3];
        v.first += a[4];
        v.second += a[5] + a[1];
        w.first += a[6];
        w.second += a[7];

        x = rotr(x, 26) * 9;
        y = rotr(y, 29);
        z *= mul;
        v.first = rotr(v.first, 33);
        v.second = rotr(v.second, 30);
        w.first = (w.first ^ x) * 9;
        z = rotr(z, 32) + w.second;
        w.second += z;
        z *= 9;
        std::swap(u, y);

        z += a[0] + a[6];
        v.first += a[2];
        v.second += a[3];
        w.first += a[4];
        w.second += a[5] + a[6];
        x += a[1];
        y += a[7];

        y += v.first;
        v.first += x - y;
        v.second += w.first;
        w.first += v.second;
        w.second += x - y;
        x += w.second;
        w.second = rotr(w.second, 34);
        std::swap(u, z);
    }
    s = last64;
    u *= 9;
    v.second = rotr(v.second, 28);
    v.first = rotr(v.first, 20);
    w.first += (size - 1) & 63;
    u += y;
    y += u;
    x = rotr(y - x + v.first + word64(s + 8), 37) * mul;
    y = rotr(y ^ v.second ^ word64(s + 48), 42) * mul;
    x ^= w.second * 9;
    y += v.first + word64(s + 40);
    z = rotr(z + w.first, 33) * mul;
    v = weak32(s, v.second * mul, x + w.first);
    w = weak32(s + 32, z + w.second, y + word64(s + 16));
    return uoMix(mix16(v.first + x, w.first ^ y, mul) + z - u, uoMix(v.second + y, w.second + z, k2, 30) ^ x, k2, 31);
}
}

namespace
{
UInt64 xoHash(const char * data, size_t size)
{
    if (size <= 32)
        return size <= 16 ? naUpTo16(data, size) : na17To32(data, size);
    if (size <= 64)
        return xo33To64(data, size);
    if (size <= 96)
        return xo65To96(data, size);
    if (size <= 256)
        return naLong(data, size);
    return uoLong(data, size);
}

/// te's lanes: 64-bit adds, 32-bit multiplies and a fixed byte shuffle of 128-bit registers.
__m128i add(__m128i x, __m128i y) { return _mm_add_epi64(x, y); }
__m128i mul(__m128i x, __m128i y) { return _mm_mullo_epi32(x, y); }
__m128i load128(const char * p) { return _mm_loadu_si128(reinterpret_cast<const __m128i *>(p)); }

/// te's hash of at least 512 bytes: eleven 128-bit registers stirred by each 16 bytes of a
/// 256-byte block, the rest of the input (if any) hashed by xo, then the registers' 128
/// bytes hashed by xo.
UInt64 teLong(const char * s, size_t size, UInt64 seed0, UInt64 seed1)
{
    const __m128i order = _mm_set_epi8(4, 11, 10, 5, 8, 15, 6, 9, 12, 2, 14, 13, 0, 7, 3, 1);
    const __m128i factor = _mm_set_epi8(char(0xbd), char(0xd6), 0x33, 0x39, 0x45, 0x54, char(0xfa), 0x03, 0x34, 0x3e, 0x33,
                                        char(0xed), char(0xcc), char(0x9e), 0x2d, 0x51);
    auto shuffle = [&](__m128i x) { return _mm_shuffle_epi8(x, order); };
    UInt64 seed2 = (seed0 + 113) * (seed1 + 9);
    UInt64 seed3 = (rotr(seed0, 23) + 27) * (rotr(seed1, 30) + 111);
    __m128i r0 = _mm_cvtsi64_si128(static_cast<long long>(seed0));
    __m128i r1 = _mm_cvtsi64_si128(static_cast<long long>(seed1));
    __m128i r2 = shuffle(r0);
    __m128i r3 = shuffle(r1);
    __m128i r4 = _mm_xor_si128(r0, r1);
    __m128i r5 = _mm_xor_si128(r1, r2);
    __m128i r6 = _mm_xor_si128(r2, r4);
    __m128i r7 = _mm_set1_epi32(static_cast<int>(seed2 >> 32));
    __m128i r8 = mul(factor, r2);
    __m128i r9 = _mm_set1_epi32(static_cast<int>(seed3 >> 32));
    __m128i r10 = _mm_set1_epi32(static_cast<int>(seed3));
    __m128i r11 = add(r2, _mm_set1_epi32(static_cast<int>(seed2)));
    const char * end = s + (size & ~size_t(255));
    for (; s != end; s += 256)
    {
        __m128i z = load128(s);
        r0 = add(r0, z);
        r1 = shuffle(r1);
        r2 = _mm_xor_si128(r2, r0);
        r4 = _mm_xor_si128(_mm_xor_si128(r4, z), r1);
        std::swap(r0, r6);

        z = load128(s + 16);
        r5 = add(r5, z);
        r6 = shuffle(r6);
        r8 = shuffle(r8);
        r7 = _mm_xor_si128(r7, r5);
        r0 = _mm_xor_si128(_mm_xor_si128(r0, z), r6);
        std::swap(r5, r11);

        z = load128(s + 32);
        r1 = add(r1, z);
        r2 = shuffle(r2);
        r4 = shuffle(r4);
        r5 = _mm_xor_si128(_mm_xor_si128(r5, z), r2);
        std::swap(r10, r4);

        z = load128(s + 48);
        r6 = add(r6, z);
        r7 = shuffle(r7);
        r0 = shuffle(r0);
        r8 = _mm_xor_si128(r8, r6);
        r1 = add(_mm_xor_si128(r1, z), r7);

        z = load128(s + 64);
        r2 = add(r2, z);
        r5 = shuffle(r5);
        r4 = add(r4, r2);
        r6 = _mm_xor_si128(_mm_xor_si128(r6, z), r11);
        std::swap(r8, r2);

        z = load128(s + 80);
        r7 = _mm_xor_si128(r7, z);
        r8 = shuffle(r8);
        r1 = shuffle(r1);
        r0 = add(r0, r7);
        r2 = add(add(r2, z), r8);
        std::swap(r1, r7);

        z = load128(s + 96);
        r4 = shuffle(r4);
        r6 = shuffle(r6);
        r8 = mul(factor, r8);
        r5 = _mm_xor_si128(r5, r11);
        r7 = add(_mm_xor_si128(r7, z), r4);
        std::swap(r6, r0);

        z = load128(s + 112);
        r8 = add(r8, z);
        r0 = shuffle(r0);
        r2 = shuffle(r2);
        r1 = _mm_xor_si128(r1, r8);
        r10 = _mm_xor_si128(_mm_xor_si128(r10, z), r0);
        std::swap(r11, r5);

        z = load128(s + 128);
        r4 = add(r4, z);
        r5 = shuffle(r5);
        r7 = shuffle(r7);
        r6 = add(r6, r4);
        r8 = _mm_xor_si128(_mm_xor_si128(r8, z), r5);
        std::swap(r4, r10);

        z = load128(s + 144);
        r0 = add(r0, z);
        r1 = shuffle(r1);
        r2 = add(r2, r0);
        r4 = _mm_xor_si128(_mm_xor_si128(r4, z), r1);

        z = load128(s + 160);
        r5 = add(r5, z);
        r6 = shuffle(r6);
        r8 = shuffle(r8);
        r7 = _mm_xor_si128(r7, r5);
        r0 = _mm_xor_si128(_mm_xor_si128(r0, z), r6);
        std::swap(r2, r8);

        z = load128(s + 176);
        r1 = add(r1, z);
        r2 = shuffle(r2);
        r4 = shuffle(r4);
        r5 = mul(factor, r5);
        r5 = _mm_xor_si128(_mm_xor_si128(r5, z), r2);
        std::swap(r7, r1);

        z = load128(s + 192);
        r6 = add(r6, z);
        r7 = shuffle(r7);
        r0 = shuffle(r0);
        r8 = add(r8, r6);
        r1 = _mm_xor_si128(_mm_xor_si128(r1, z), r7);
        std::swap(r0, r6);

        z = load128(s + 208);
        r2 = add(r2, z);
        r5 = shuffle(r5);
        r4 = _mm_xor_si128(r4, r2);
        r6 = _mm_xor_si128(_mm_xor_si128(r6, z), r9);
        std::swap(r5, r11);

        z = load128(s + 224);
        r7 = add(r7, z);
        r8 = shuffle(r8);
        r1 = shuffle(r1);
        r0 = _mm_xor_si128(r0, r7);
        r2 = _mm_xor_si128(_mm_xor_si128(r2, z), r8);
        std::swap(r10, r4);

        z = load128(s + 240);
        r3 = add(r3, z);
        r4 = shuffle(r4);
        r6 = shuffle(r6);
        r7 = mul(factor, r7);
        r5 = add(r5, r3);
        r7 = _mm_xor_si128(_mm_xor_si128(r7, z), r4);
        std::swap(r3, r9);
    }
    r6 = add(mul(factor, r6), _mm_cvtsi64_si128(static_cast<long long>(size)));
    if (size % 256 != 0)
    {
        r7 = add(_mm_shuffle_epi32(r8, (0 << 6) + (3 << 4) + (2 << 2) + (1 << 0)), r7);
        r8 = add(mul(factor, r8), _mm_cvtsi64_si128(static_cast<long long>(xoHash(s, size % 256))));
    }
    auto stir = [&](__m128i x) { return mul(factor, shuffle(mul(factor, x))); };
    r0 = add(r11, stir(r0));
    r3 = _mm_xor_si128(r7, stir(r3));
    r9 = add(r8, stir(r9));
    r1 = add(r10, stir(r1));
    r4 = add(r3, r4);
    r5 = add(r9, r5);
    r6 = _mm_xor_si128(r1, r6);
    r2 = add(r0, r2);
    __m128i registers[8] = {r0, r3, r9, r1, r4, r5, r6, r2};
    return xoHash(reinterpret_cast<const char *>(registers), sizeof(registers));
}
}

UInt64 hash64(const char * data, size_t size)
{
    if (size >= 512)
        return teLong(data, size, k2, k1);
    return xoHash(data, size);
}

UInt64 fingerprint64(const char * data, size_t size)
{
    return naHash(data, size);
}

UInt64 hash128to64(UInt64 low, UInt64 high)
{
    return mix16(low, high, k_mul);
}

UInt64 fingerprint128(UInt64 low, UInt64 high)
{
    UInt64 a = (low ^ high) * k_mul;
    a ^= a >> 47;
    UInt64 b = (high ^ a) * k_mul;
    b ^= b >> 44;
    b *= k_mul;
    b ^= b >> 41;
    return b * k_mul;
}
}
