// CityHash v1.0.2 against values produced by ClickHouse itself: cityHash64() results and the
// checksums in front of compressed blocks of MergeTree parts written by ClickHouse.
#include <gtest/gtest.h>

#include <cstring>
#include <string>

#include "base/CityHash.h"

using namespace datastore;
namespace city = datastore::cityhash_v1_0_2;

namespace
{
UInt64 hash64(const std::string & s)
{
    return city::CityHash64(s.data(), s.size());
}

std::string digits(size_t len)
{
    std::string repeated;
    while (repeated.size() < len)
        repeated += "0123456789abcdef";
    return repeated.substr(0, len);
}

/// A ClickHouse compressed block with codec NONE: method byte 0x02, compressed size
/// (header included) and uncompressed size as UInt32 LE, then the raw data.
std::string noneBlock(const std::string & data)
{
    std::string block(9, '\0');
    block[0] = '\x02';
    UInt32 compressed = static_cast<UInt32>(data.size() + 9);
    UInt32 uncompressed = static_cast<UInt32>(data.size());
    std::memcpy(block.data() + 1, &compressed, 4);
    std::memcpy(block.data() + 5, &uncompressed, 4);
    return block + data;
}

std::string uint64Column(size_t rows)
{
    std::string data(rows * 8, '\0');
    for (UInt64 i = 0; i < rows; ++i)
        std::memcpy(data.data() + i * 8, &i, 8);
    return data;
}
}

TEST(CityHashTest, Hash64MatchesClickHouseForEveryLengthClass)
{
    EXPECT_EQ(hash64(""), 11160318154034397263ULL);
    EXPECT_EQ(hash64("a"), 2603192927274642682ULL);
    EXPECT_EQ(hash64("hello"), 2578220239953316063ULL);
    EXPECT_EQ(hash64("abcdefghijkl"), 1182065058778577012ULL);
    EXPECT_EQ(hash64(digits(20)), 8321472320692844101ULL);
    EXPECT_EQ(hash64(digits(50)), 10868160940283750999ULL);
    EXPECT_EQ(hash64(digits(64)), 2761429772394894929ULL);
    EXPECT_EQ(hash64(digits(65)), 1209453134053511105ULL);
    EXPECT_EQ(hash64(digits(200)), 5715845030274561284ULL);
    EXPECT_EQ(hash64(std::string("ab\0", 3)), 2474032565810969706ULL);
}

TEST(CityHashTest, Hash64OfWideIntegersHashesTheirBytes)
{
    unsigned __int128 five = 5;
    EXPECT_EQ(city::CityHash64(reinterpret_cast<const char *>(&five), 16), 13401151333779795555ULL);
    __int128 minus_one = -1;
    EXPECT_EQ(city::CityHash64(reinterpret_cast<const char *>(&minus_one), 16), 11156510505809607899ULL);
}

TEST(CityHashTest, Hash128to64CombinesLikeClickHouse)
{
    /// cityHash64('a', 'b') in ClickHouse.
    EXPECT_EQ(city::Hash128to64(city::UInt128{hash64("a"), hash64("b")}), 7468329322676821011ULL);
}

TEST(CityHashTest, Hash128MatchesCompressedBlockChecksums)
{
    /// The first 16 bytes of x.bin in parts ClickHouse wrote, as {low, high}.
    std::string small = noneBlock(std::string(1, '\x07'));
    EXPECT_EQ(city::CityHash128(small.data(), small.size()), (city::UInt128{3485558743449353404ULL, 7009750187430235053ULL}));

    std::string medium = noneBlock(uint64Column(10));
    EXPECT_EQ(city::CityHash128(medium.data(), medium.size()), (city::UInt128{12129227067482244354ULL, 13506667215876077695ULL}));

    std::string large = noneBlock(uint64Column(300));
    EXPECT_EQ(city::CityHash128(large.data(), large.size()), (city::UInt128{7030245140816405425ULL, 10365719888523796218ULL}));
}

TEST(CityHashTest, Hash128OfLz4BlockMatchesItsStoredChecksum)
{
    const unsigned char file[] = {0x39, 0x78, 0xba, 0xb1, 0x33, 0x52, 0x5e, 0xc8, 0xdb, 0x75, 0xdc, 0x80, 0x11, 0x44,
                                  0x78, 0x30, 0x82, 0x1a, 0x00, 0x00, 0x00, 0x18, 0x00, 0x00, 0x00, 0x13, 0x00, 0x01,
                                  0x00, 0x13, 0x01, 0x08, 0x00, 0x80, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00};
    city::UInt128 hash = city::CityHash128(reinterpret_cast<const char *>(file) + 16, sizeof(file) - 16);
    unsigned char stored[16];
    std::memcpy(stored, &hash.low, 8);
    std::memcpy(stored + 8, &hash.high, 8);
    EXPECT_EQ(std::memcmp(stored, file, 16), 0);
}
