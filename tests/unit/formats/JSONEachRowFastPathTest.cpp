// JSONEachRow's fast paths must not change results: keys matched on raw bytes in the
// expected order (and every other order or spelling), columns reserved ahead for big blocks.
#include <gtest/gtest.h>

#include "base/Exception.h"
#include "FormatTestHelpers.h"

using namespace datastore;
using namespace datastore::formats;
using namespace datastore::formats::test;

TEST(JSONEachRowFastPath, KeysInAnyOrderAndSpelling)
{
    Block header({makeColumn("UInt32", "a", {}), makeColumn("String", "s", {}), makeColumn("UInt32", "q\"k", {}),
                  makeColumn("UInt32", "b\\c", {})});
    const std::string data = "{\"a\":1,\"s\":\"x\",\"q\\\"k\":2,\"b\\\\c\":3}\n"
                             "{\"b\\\\c\":4,\"s\":\"y\",\"a\":5}\n"
                             "{\"\\u0061\":6,\"s\\u0000\":7}\n";
    FormatSettings settings;
    settings.skip_unknown_fields = true;
    EXPECT_EQ(toTSV(readBlocks("JSONEachRow", data, header, settings)), "1\tx\t2\t3\n5\ty\t0\t4\n6\t\t0\t0\n");
}

TEST(JSONEachRowFastPath, PrefixOfANameIsUnknown)
{
    Block header({makeColumn("UInt32", "ab", {}), makeColumn("UInt32", "a", {})});
    try
    {
        readBlocks("JSONEachRow", "{\"ab\":1,\"abc\":2}", header);
        ADD_FAILURE() << "no error";
    }
    catch (const Exception & e)
    {
        EXPECT_EQ(e.message(), "Unknown field found while parsing JSONEachRow format: abc: (at row 1)\n");
    }
}

TEST(JSONEachRowFastPath, ManyRowsAcrossReservationsAndChunks)
{
    /// 40,000 rows of ~90 bytes: past the 4,096- and 32,768-row reservations, cut into
    /// blocks of 30,000 rows.
    Block header({makeColumn("UInt64", "id", {}), makeColumn("String", "s", {}), makeColumn("LowCardinality(String)", "l", {})});
    std::string data;
    std::string expected;
    for (size_t i = 0; i < 40000; ++i)
    {
        std::string s(i % 97, static_cast<char>('a' + i % 26));
        data += "{\"id\":" + std::to_string(i) + ",\"s\":\"" + s + "\",\"l\":\"v" + std::to_string(i % 5) + "\"}\n";
        expected += std::to_string(i) + "\t" + s + "\tv" + std::to_string(i % 5) + "\n";
    }
    const Blocks blocks = readBlocks("JSONEachRow", data, header, {}, 30000);
    ASSERT_EQ(blocks.size(), 2u);
    EXPECT_EQ(blocks[0].rows(), 30000u);
    EXPECT_EQ(toTSV(blocks), expected);
}

TEST(JSONEachRowFastPath, BadRowNumberAcrossChunks)
{
    Block header({makeColumn("UInt64", "id", {})});
    std::string data;
    for (size_t i = 0; i < 150000; ++i)
        data += "{\"id\":" + std::to_string(i) + "}\n";
    data += "{\"id\":\"z\"}\n";
    try
    {
        readBlocks("JSONEachRow", data, header);
        ADD_FAILURE() << "no error";
    }
    catch (const Exception & e)
    {
        EXPECT_NE(e.message().find("(at row 150001)"), std::string::npos) << e.message();
    }
}
