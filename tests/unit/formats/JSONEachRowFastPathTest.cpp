// JSONEachRow's fast paths must not change results: keys matched on raw bytes in the
// expected order (and every other order or spelling), columns reserved ahead for big
// blocks, and the body read ahead on a second thread (PrefetchingReadBuffer).
#include <gtest/gtest.h>

#include "base/Exception.h"
#include "formats/PrefetchingReadBuffer.h"
#include "FormatTestHelpers.h"

using namespace datastore;
using namespace datastore::formats;
using namespace datastore::formats::test;

namespace
{
/// Windows of `step` bytes, then (optionally) an error instead of the end of the data.
class SteppedReadBuffer : public ReadBuffer
{
public:
    SteppedReadBuffer(std::string data_, size_t step_, bool fail_at_end_) : data(std::move(data_)), step(step_), fail_at_end(fail_at_end_) {}

protected:
    bool nextImpl() override
    {
        if (offset == data.size())
        {
            if (fail_at_end)
                throw Exception(ErrorCodes::NETWORK_ERROR, "Cannot read request body: connection reset");
            return false;
        }
        size_t bytes = std::min(step, data.size() - offset);
        setWindow(data.data() + offset, data.data() + offset + bytes);
        offset += bytes;
        return true;
    }

private:
    std::string data;
    size_t step;
    bool fail_at_end;
    size_t offset = 0;
};
}

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
    /// 40,000 rows of ~90 bytes: more than two 1 MiB read-ahead chunks and past the
    /// 4,096- and 32,768-row reservations, cut into blocks of 30,000 rows.
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

TEST(PrefetchingReadBuffer, ReadsEverythingInOrder)
{
    std::string data;
    for (size_t i = 0; data.size() < 3 * 1048576 + 17; ++i)
        data += std::to_string(i) + ',';
    for (size_t step : {1ul, 1000ul, 1ul << 20, 5ul << 20})
    {
        SteppedReadBuffer source(data, step, false);
        PrefetchingReadBuffer prefetched(source);
        std::string read;
        prefetched.readAll(read);
        EXPECT_EQ(read, data) << step;
        EXPECT_TRUE(prefetched.eof());
    }
    SteppedReadBuffer empty("", 1, false);
    PrefetchingReadBuffer prefetched_empty(empty);
    EXPECT_TRUE(prefetched_empty.eof());
}

TEST(PrefetchingReadBuffer, SourceErrorAfterItsData)
{
    std::string data(1048576 + 10, 'x');
    SteppedReadBuffer source(data, 4096, true);
    PrefetchingReadBuffer prefetched(source);
    std::string read(data.size(), '\0');
    prefetched.readStrict(read.data(), read.size());
    EXPECT_EQ(read, data);
    try
    {
        prefetched.eof();
        ADD_FAILURE() << "no error";
    }
    catch (const Exception & e)
    {
        EXPECT_EQ(e.code(), ErrorCodes::NETWORK_ERROR);
    }
}

TEST(PrefetchingReadBuffer, StopsEarly)
{
    /// Destroyed after reading only a little: the filler thread is stopped and joined.
    std::string data(5 << 20, 'y');
    SteppedReadBuffer source(data, 65536, false);
    {
        PrefetchingReadBuffer prefetched(source);
        char c;
        EXPECT_TRUE(prefetched.peek(c));
        EXPECT_EQ(c, 'y');
    }
    EXPECT_LT(source.count(), data.size());
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
