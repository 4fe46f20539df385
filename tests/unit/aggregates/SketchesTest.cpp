// The sketches behind topK, quantileTiming and quantileTDigest, checked against what
// ClickHouse computes for the same input (values taken from ClickHouse 24.x/chDB).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "aggregates/FloydRivestSelect.h"
#include "aggregates/PdqSort.h"
#include "aggregates/QuantileTimingData.h"
#include "aggregates/SpaceSaving.h"
#include "aggregates/TDigestData.h"

using namespace datastore;
using namespace datastore::aggregates;

namespace
{
struct Tagged
{
    int key;
    int tag;
};

bool byKeyDescending(const Tagged & a, const Tagged & b)
{
    return a.key > b.key;
}

std::vector<int> tagsOf(const std::vector<Tagged> & values)
{
    std::vector<int> tags;
    for (const auto & value : values)
        tags.push_back(value.tag);
    return tags;
}
}

/// Five equal elements: ClickHouse's selection moves them to 0, 3, 2, 4, 1 (topK(5) over five
/// values seen once each answers [0,3,2,4,1]); asking for two gives 2, 4 (topK(2) answers [2,4]).
TEST(FloydRivestSelect, OrdersTiesAsClickHouse)
{
    std::vector<Tagged> all{{1, 0}, {1, 1}, {1, 2}, {1, 3}, {1, 4}};
    std::vector<Tagged> two = all;
    partialSort(all, 5, byKeyDescending);
    EXPECT_EQ(tagsOf(all), (std::vector<int>{0, 3, 2, 4, 1}));
    partialSort(two, 2, byKeyDescending);
    two.resize(2);
    EXPECT_EQ(tagsOf(two), (std::vector<int>{2, 4}));
}

TEST(FloydRivestSelect, SelectsTheNthElement)
{
    std::vector<Tagged> values;
    for (int i = 0; i < 2000; ++i)
        values.push_back({(i * 7919) % 2000, i});
    nthElement(values, 700, byKeyDescending);
    EXPECT_EQ(values[700].key, 2000 - 1 - 700);
    for (size_t i = 0; i < 700; ++i)
        EXPECT_GT(values[i].key, values[700].key);
}

/// Past its capacity the sketch keeps the best counters and remembers the evicted counts in
/// the alpha map, so a newcomer starts from its cell's count (its error).
TEST(SpaceSaving, EvictsIntoTheAlphaMap)
{
    SpaceSaving<UInt64> sketch;
    sketch.resize(2);
    for (UInt64 round = 0; round < 3; ++round)
        sketch.insert(UInt64{7});
    for (UInt64 key = 100; key < 200; ++key)
        sketch.insert(key);
    auto best = sketch.topK(1);
    ASSERT_EQ(best.size(), 1u);
    EXPECT_EQ(best[0].key, 7u);
    EXPECT_EQ(best[0].count, 3u);
    EXPECT_EQ(best[0].error, 0u);
}

TEST(SpaceSaving, CountsStringKeysExactlyWithinCapacity)
{
    SpaceSaving<std::string> sketch;
    sketch.resize(30);
    for (int i = 0; i < 100; ++i)
        sketch.insert(std::string_view(i % 3 == 0 ? "often" : (i % 3 == 1 ? "sometimes" : "rarely, and a long string")));
    sketch.insert(std::string_view("often"));
    auto best = sketch.topK(3);
    ASSERT_EQ(best.size(), 3u);
    EXPECT_EQ(best[0].key, "often");
    EXPECT_EQ(best[0].count, 35u);
}

/// quantileTiming is exact while it keeps values, and reads a histogram past 5672 of them.
TEST(QuantileTimingData, ExactThenHistogram)
{
    QuantileTimingData exact;
    for (UInt64 i = 0; i < 31; ++i)
        exact.add(i);
    EXPECT_EQ(exact.get(0.5), 15.0f);

    QuantileTimingData histogram;
    for (UInt64 i = 0; i < 6000; ++i)
        histogram.add(i % 5000);
    /// ClickHouse: quantilesTiming(0.5, 0.95)(number % 5000) FROM numbers(6000) = [1991, 4686].
    EXPECT_EQ(histogram.get(0.5), 1991.0f);
    EXPECT_EQ(histogram.get(0.95), 4686.0f);
}

TEST(TDigestData, MatchesClickHouse)
{
    TDigestData digest;
    for (UInt64 i = 0; i < 10000; ++i)
        digest.add(static_cast<Float32>(i), 1);
    /// ClickHouse: quantilesTDigest(0.1, 0.5, 0.9)(number) FROM numbers(10000).
    EXPECT_EQ(digest.get(0.5), 4999.5f);
    EXPECT_EQ(digest.get(0.1), 999.5f);
    EXPECT_EQ(digest.get(0.9), 8999.5f);
}

/// ClickHouse 24.x's sort (sequenceMatch's events): every length and pattern comes out ordered,
/// through the insertion sort, partition and pattern-breaking paths alike.
TEST(PdqSort, SortsEveryPattern)
{
    for (int size : {0, 1, 5, 23, 24, 25, 129, 1000, 5000})
        for (int pattern = 0; pattern < 4; ++pattern)
        {
            std::vector<Tagged> values;
            for (int i = 0; i < size; ++i)
            {
                int key = pattern == 0 ? i : pattern == 1 ? size - i : pattern == 2 ? (i * 7919) % 13 : (i * 104729) % 1000;
                values.push_back({key, i});
            }
            pdqsort(values.data(), values.data() + values.size(), [](const Tagged & a, const Tagged & b) { return a.key < b.key; });
            for (size_t i = 1; i < values.size(); ++i)
                ASSERT_LE(values[i - 1].key, values[i].key) << "size " << size << ", pattern " << pattern;
        }
}
