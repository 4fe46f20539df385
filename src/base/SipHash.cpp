// The SipHash rounds and ClickHouse's finalizations.
#include "base/SipHash.h"

#include <fmt/format.h>

namespace datastore
{
namespace
{
inline UInt64 rotl(UInt64 x, int b)
{
    return (x << b) | (x >> (64 - b));
}

inline void sipRound(UInt64 & v0, UInt64 & v1, UInt64 & v2, UInt64 & v3)
{
    v0 += v1;
    v1 = rotl(v1, 13);
    v1 ^= v0;
    v0 = rotl(v0, 32);
    v2 += v3;
    v3 = rotl(v3, 16);
    v3 ^= v2;
    v0 += v3;
    v3 = rotl(v3, 21);
    v3 ^= v0;
    v2 += v1;
    v1 = rotl(v1, 17);
    v1 ^= v2;
    v2 = rotl(v2, 32);
}
}

void SipHash::compressWord(UInt64 word)
{
    v3 ^= word;
    sipRound(v0, v1, v2, v3);
    sipRound(v0, v1, v2, v3);
    v0 ^= word;
}

void SipHash::update(const char * data, size_t size)
{
    total_bytes += size;
    while (size)
    {
        size_t take = std::min(size, 8 - tail_size);
        std::memcpy(tail + tail_size, data, take);
        tail_size += take;
        data += take;
        size -= take;
        if (tail_size == 8)
        {
            UInt64 word;
            std::memcpy(&word, tail, 8);
            compressWord(word);
            tail_size = 0;
        }
    }
}

void SipHash::finalize()
{
    unsigned char last[8] = {};
    std::memcpy(last, tail, tail_size);
    last[7] = static_cast<unsigned char>(total_bytes);
    UInt64 word;
    std::memcpy(&word, last, 8);
    compressWord(word);
    v2 ^= 0xff;
    for (int i = 0; i < 4; ++i)
        sipRound(v0, v1, v2, v3);
}

UInt64 SipHash::get64()
{
    finalize();
    return v0 ^ v1 ^ v2 ^ v3;
}

UInt128 SipHash::get128()
{
    finalize();
    return (static_cast<UInt128>(v2 ^ v3) << 64) | (v0 ^ v1);
}

std::string SipHash::getHex128()
{
    finalize();
    UInt64 halves[2] = { v0 ^ v1, v2 ^ v3 };
    unsigned char bytes[16];
    std::memcpy(bytes, halves, 16);
    std::string hex;
    for (unsigned char byte : bytes)
        hex += fmt::format("{:02x}", byte);
    return hex;
}
}
