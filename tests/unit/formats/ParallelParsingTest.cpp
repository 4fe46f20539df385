// Parallel parsing must give exactly what the serial parser gives: the same rows in the
// same order, the same missing-value marks, the same errors with the same row numbers,
// wherever the segments happen to be cut (inside strings with braces, escaped quotes,
// separators between rows) and however the input arrives in windows.
#include <gtest/gtest.h>

#include "base/Exception.h"
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

FormatSettings parallelSettings(size_t segment_bytes)
{
    FormatSettings settings;
    settings.parsing_threads = 2;
    settings.min_chunk_bytes_for_parallel_parsing = segment_bytes;
    return settings;
}

struct Parsed
{
    std::string rows;
    std::string missing;
    size_t blocks = 0;
};

Parsed parse(const std::string & format, const std::string & data, const Block & header, const FormatSettings & settings, size_t step)
{
    registerFormats();
    SteppedReadBuffer in(data, step, false);
    auto input = FormatFactory::instance().getInput(format, in, header, settings, 65536);
    Parsed parsed;
    Blocks blocks;
    while (true)
    {
        MissingValues missing;
        Block block = input->read(missing);
        if (!block)
            break;
        for (size_t row = 0; row < block.rows(); ++row)
        {
            for (const auto & column : missing)
                parsed.missing += static_cast<char>('0' + column[row]);
            parsed.missing += ' ';
        }
        blocks.push_back(std::move(block));
    }
    parsed.rows = blocks.empty() ? "" : toTSV(blocks);
    parsed.blocks = blocks.size();
    return parsed;
}

/// The error's code, message and row; the input quoted after "before:" is left out, since a
/// segment's parser sees the input only up to the segment's end.
std::string errorOf(const std::string & format, const std::string & data, const Block & header, const FormatSettings & settings)
{
    try
    {
        parse(format, data, header, settings, 4096);
    }
    catch (const Exception & e)
    {
        std::string message = e.message();
        size_t quoted = message.find("before: '");
        if (quoted != std::string::npos)
            message.erase(quoted, message.find("': ", quoted) - quoted);
        return std::to_string(e.code()) + ": " + message;
    }
    return "no error";
}

std::string jsonRows(size_t count)
{
    std::string data;
    for (size_t i = 0; i < count; ++i)
    {
        /// Braces, brackets and escaped quotes inside strings must not end a row.
        std::string s = i % 3 == 0 ? "a}b{c" : (i % 3 == 1 ? "q\\\"}{\\\\" : "[x]");
        data += "{\"id\":" + std::to_string(i) + ",\"s\":\"" + s + "\"" + (i % 4 ? ",\"a\":[1,{\"k\":[2]}]" : "") + "}";
        data += i % 5 == 0 ? ",\n" : (i % 7 == 0 ? "  \n\n" : "\n");
    }
    return data;
}

Block jsonHeader()
{
    return Block({makeColumn("UInt64", "id", {}), makeColumn("String", "s", {}), makeColumn("Array(String)", "a", {})});
}
}

TEST(ParallelParsing, JSONEachRowSameAsSerialWhereverCut)
{
    FormatSettings serial;
    serial.skip_unknown_fields = true;
    std::string data = jsonRows(3000);
    Block header({makeColumn("UInt64", "id", {}), makeColumn("String", "s", {}), makeColumn("String", "missing", {})});
    Parsed expected = parse("JSONEachRow", data, header, serial, data.size());
    ASSERT_EQ(expected.rows.substr(0, 11), "0\ta}b{c\t\n1\t");
    for (size_t segment : {1ul, 100ul, 4096ul, 65536ul, 1ul << 30})
        for (size_t step : {7ul, 1000ul, 1ul << 20})
        {
            FormatSettings settings = parallelSettings(segment);
            settings.skip_unknown_fields = true;
            Parsed parsed = parse("JSONEachRow", data, header, settings, step);
            EXPECT_EQ(parsed.rows, expected.rows) << segment << " " << step;
            EXPECT_EQ(parsed.missing, expected.missing) << segment << " " << step;
        }
}

TEST(ParallelParsing, ErrorsNumberRowsFromTheStart)
{
    std::string data = jsonRows(2000);
    data += "{\"id\":\"z\"}\n" + jsonRows(10);
    std::string serial = errorOf("JSONEachRow", data, jsonHeader(), {});
    EXPECT_NE(serial.find("(at row 2001)"), std::string::npos) << serial;
    for (size_t segment : {1ul, 333ul, 8192ul})
        EXPECT_EQ(errorOf("JSONEachRow", data, jsonHeader(), parallelSettings(segment)), serial) << segment;

    std::string truncated = jsonRows(100) + "{\"id\":1,\"s\":\"ab";
    EXPECT_EQ(errorOf("JSONEachRow", truncated, jsonHeader(), parallelSettings(64)), errorOf("JSONEachRow", truncated, jsonHeader(), {}));
}

TEST(ParallelParsing, JSONArrayAndByteOrderMarkGoToTheSerialParser)
{
    std::string array = "[{\"id\":1,\"s\":\"x\"},\n{\"id\":2}]";
    EXPECT_EQ(parse("JSONEachRow", array, jsonHeader(), parallelSettings(1), 3).rows, "1\tx\t[]\n2\t\t[]\n");
    std::string bom = "\xEF\xBB\xBF{\"id\":1}\n{\"id\":2};";
    EXPECT_EQ(parse("JSONEachRow", bom, jsonHeader(), parallelSettings(1), 3).rows, "1\t\t[]\n2\t\t[]\n");
    EXPECT_EQ(parse("JSONEachRow", "", jsonHeader(), parallelSettings(1), 3).blocks, 0u);
    EXPECT_EQ(parse("JSONEachRow", " \n ", jsonHeader(), parallelSettings(1), 3).blocks, 0u);
}

TEST(ParallelParsing, SourceErrorReachesTheReader)
{
    registerFormats();
    SteppedReadBuffer in(jsonRows(5000), 1000, true);
    auto input = FormatFactory::instance().getInput("JSONEachRow", in, jsonHeader(), parallelSettings(10000), 65536);
    MissingValues missing;
    try
    {
        while (input->read(missing))
        {
        }
        ADD_FAILURE() << "no error";
    }
    catch (const Exception & e)
    {
        EXPECT_EQ(e.code(), ErrorCodes::NETWORK_ERROR);
    }
}

TEST(ParallelParsing, TabSeparatedSameAsSerial)
{
    std::string data;
    for (size_t i = 0; i < 5000; ++i)
        data += std::to_string(i) + "\tline\\nbreak\\t" + std::to_string(i % 13) + "\t['a','b']\n";
    Parsed expected = parse("TabSeparated", data, jsonHeader(), {}, data.size());
    for (size_t segment : {1ul, 5000ul})
        EXPECT_EQ(parse("TabSeparated", data, jsonHeader(), parallelSettings(segment), 999).rows, expected.rows);
    std::string bad = data + "x\ty\t[]\n";
    EXPECT_EQ(errorOf("TSV", bad, jsonHeader(), parallelSettings(100)), errorOf("TSV", bad, jsonHeader(), {}));
}
