// Input formats: values, defaults for absent values, blocks cut at max_block_size, and the
// errors ClickHouse gives for malformed data (with the row number and column).
#include <gtest/gtest.h>

#include "base/Exception.h"
#include "FormatTestHelpers.h"

using namespace datastore;
using namespace datastore::formats;
using namespace datastore::formats::test;

namespace
{
Block tableHeader()
{
    return Block({makeColumn("UInt32", "a", {}), makeColumn("String", "s", {}), makeColumn("Nullable(Int32)", "n", {})});
}

/// Runs the reader to the end and returns the exception it threw.
Exception readError(const std::string & format, const std::string & data, const Block & header, const FormatSettings & settings = {})
{
    try
    {
        readBlocks(format, data, header, settings);
    }
    catch (const Exception & e)
    {
        return e;
    }
    ADD_FAILURE() << "no error for " << format << " input: " << data;
    return Exception(0, "");
}

/// Hands out its data one byte per window, so every parser step crosses a window boundary.
class OneByteReadBuffer : public ReadBuffer
{
public:
    explicit OneByteReadBuffer(std::string data_) : data(std::move(data_)) {}

protected:
    bool nextImpl() override
    {
        if (offset == data.size())
            return false;
        setWindow(data.data() + offset, data.data() + offset + 1);
        ++offset;
        return true;
    }

private:
    std::string data;
    size_t offset = 0;
};

std::string readByteByByte(const std::string & format, const std::string & data, const FormatSettings & settings = {})
{
    registerFormats();
    OneByteReadBuffer in(data);
    auto input = FormatFactory::instance().getInput(format, in, tableHeader(), settings, 2);
    Blocks blocks;
    MissingValues missing;
    while (Block block = input->read(missing))
        blocks.push_back(std::move(block));
    return toTSV(blocks);
}

std::vector<UInt8> toVector(const PodArray<UInt8> & values)
{
    return std::vector<UInt8>(values.begin(), values.end());
}
}

TEST(InputFormats, JSONEachRow)
{
    std::vector<MissingValues> missing;
    const Blocks blocks = readBlocks("JSONEachRow",
                                     "{\"a\": 1, \"s\": \"x\\ty\", \"n\": null}\n"
                                     "{\"n\": -5, \"a\": \"2\"}\n"
                                     "  {\"s\":\"\\u00e9\"}\n",
                                     tableHeader(), {}, 65536, &missing);
    ASSERT_EQ(blocks.size(), 1u);
    EXPECT_EQ(toTSV(blocks), "1\tx\\ty\t\\N\n2\t\t-5\n0\té\t\\N\n");
    ASSERT_EQ(missing.size(), 1u);
    EXPECT_EQ(toVector(missing[0][0]), (std::vector<UInt8>{0, 0, 1}));
    EXPECT_EQ(toVector(missing[0][1]), (std::vector<UInt8>{0, 1, 0}));
    EXPECT_EQ(toVector(missing[0][2]), (std::vector<UInt8>{0, 0, 1}));
}

TEST(InputFormats, JSONEachRowArrayAndSeparators)
{
    EXPECT_EQ(toTSV(readBlocks("JSONEachRow", " [ {\"a\":1} , {\"a\":2}\n] ", tableHeader())), "1\t\t\\N\n2\t\t\\N\n");
    EXPECT_EQ(toTSV(readBlocks("JSONEachRow", "{\"a\":1},{\"a\":2};", tableHeader())), "1\t\t\\N\n2\t\t\\N\n");
    EXPECT_EQ(toTSV(readBlocks("JSONEachRow", "[]", tableHeader())), "");
    EXPECT_EQ(toTSV(readBlocks("JSONEachRow", "", tableHeader())), "");
    EXPECT_EQ(toTSV(readBlocks("JSONEachRow", "{}", tableHeader())), "0\t\t\\N\n");
}

TEST(InputFormats, JSONEachRowNullIntoNonNullable)
{
    std::vector<MissingValues> missing;
    EXPECT_EQ(toTSV(readBlocks("JSONEachRow", "{\"a\": null, \"s\": null}", tableHeader(), {}, 65536, &missing)), "0\t\t\\N\n");
    EXPECT_EQ(toVector(missing[0][0]), (std::vector<UInt8>{1}));
}

TEST(InputFormats, JSONEachRowUnknownField)
{
    const Exception e = readError("JSONEachRow", "{\"a\":1}\n{\"a\":2, \"x\": 3}\n", tableHeader());
    EXPECT_EQ(e.code(), ErrorCodes::INCORRECT_DATA);
    EXPECT_EQ(e.message(), "Unknown field found while parsing JSONEachRow format: x: (at row 2)\n");

    FormatSettings settings;
    settings.skip_unknown_fields = true;
    EXPECT_EQ(toTSV(readBlocks("JSONEachRow",
                               "{\"x\": {\"y\": [1, \"]}\", {\"z\": null}]}, \"a\": 7, \"w\": \"q\\\"\", \"v\": -1.5e3, \"t\": true}",
                               tableHeader(), settings)),
              "7\t\t\\N\n");
}

TEST(InputFormats, JSONEachRowBadValue)
{
    const Exception e = readError("JSONEachRow", "{\"a\":1}\n{\"a\":2}\n{\"a\":1,\"s\":abc}\n", tableHeader());
    const std::string & message = e.message();
    EXPECT_NE(message.find("(while reading the value of key s): (at row 3)\n"), std::string::npos) << message;
    EXPECT_EQ(message.rfind("Cannot parse", 0), 0u) << message;

    const Exception duplicate = readError("JSONEachRow", "{\"a\":1,\"a\":2}", tableHeader());
    EXPECT_EQ(duplicate.code(), ErrorCodes::INCORRECT_DATA);
    EXPECT_EQ(duplicate.message(), "Unknown field found while parsing JSONEachRow format: a: (at row 1)\n");
    FormatSettings skip;
    skip.skip_unknown_fields = true;
    EXPECT_EQ(toTSV(readBlocks("JSONEachRow", "{\"a\":1,\"a\":2}", tableHeader(), skip)), "1\t\t\\N\n");

    const Exception unclosed = readError("JSONEachRow", "{\"a\":1", tableHeader());
    EXPECT_NE(unclosed.message().find("(at row 1)"), std::string::npos) << unclosed.message();
}

TEST(InputFormats, BlocksOfMaxBlockSize)
{
    const Blocks blocks = readBlocks("JSONEachRow", "{\"a\":1}{\"a\":2}{\"a\":3}{\"a\":4}{\"a\":5}", tableHeader(), {}, 2);
    ASSERT_EQ(blocks.size(), 3u);
    EXPECT_EQ(blocks[0].rows(), 2u);
    EXPECT_EQ(blocks[1].rows(), 2u);
    EXPECT_EQ(blocks[2].rows(), 1u);
    EXPECT_EQ(toTSV(blocks), "1\t\t\\N\n2\t\t\\N\n3\t\t\\N\n4\t\t\\N\n5\t\t\\N\n");
}

TEST(InputFormats, BadRowFailsTheWholeRead)
{
    registerFormats();
    const std::string data = "1\tx\t\\N\n2\ty\t\\N\nbad\tz\t\\N\n";
    ReadBufferFromMemory in(data);
    auto format = FormatFactory::instance().getInput("TSV", in, tableHeader(), {}, 65536);
    MissingValues missing;
    try
    {
        format->read(missing);
        FAIL() << "expected an error";
    }
    catch (const Exception & e)
    {
        EXPECT_NE(e.message().find("(while reading the value of column a): (at row 3)\n"), std::string::npos) << e.message();
    }
}

TEST(InputFormats, TabSeparated)
{
    EXPECT_EQ(toTSV(readBlocks("TSV", "1\ta\\tb\\nc\t\\N\n2\t\t-3\n", tableHeader())), "1\ta\\tb\\nc\t\\N\n2\t\t-3\n");
    /// The last line may lack its line feed.
    EXPECT_EQ(toTSV(readBlocks("TabSeparated", "1\tx\t5", tableHeader())), "1\tx\t5\n");
    /// \N in a column that is not Nullable is its default.
    EXPECT_EQ(toTSV(readBlocks("TSV", "\\N\tx\t5\n", tableHeader())), "0\tx\t5\n");
}

TEST(InputFormats, TabSeparatedWithNames)
{
    std::vector<MissingValues> missing;
    const Blocks blocks = readBlocks("TSVWithNames", "s\ta\nx\t1\ny\t2\n", tableHeader(), {}, 65536, &missing);
    EXPECT_EQ(toTSV(blocks), "1\tx\t\\N\n2\ty\t\\N\n");
    EXPECT_EQ(toVector(missing[0][2]), (std::vector<UInt8>{1, 1}));
    EXPECT_EQ(toVector(missing[0][0]), (std::vector<UInt8>{0, 0}));

    const Exception e = readError("TSVWithNames", "a\tzz\n1\t2\n", tableHeader());
    EXPECT_EQ(e.code(), ErrorCodes::INCORRECT_DATA);
    EXPECT_EQ(e.message(),
              "Unknown field found in TSV header: 'zz' at position 1\nSet the 'input_format_skip_unknown_fields' parameter explicitly "
              "to ignore and proceed");

    FormatSettings settings;
    settings.skip_unknown_fields = true;
    EXPECT_EQ(toTSV(readBlocks("TSVWithNames", "a\tzz\ts\n1\tq\\tq\tx\n", tableHeader(), settings)), "1\tx\t\\N\n");
}

TEST(InputFormats, TabSeparatedWithNamesAndTypes)
{
    EXPECT_EQ(toTSV(readBlocks("TSVWithNamesAndTypes", "a\ts\nUInt32\tString\n4\tw\n", tableHeader())), "4\tw\t\\N\n");
    const Exception e = readError("TSVWithNamesAndTypes", "a\ts\nUInt64\tString\n4\tw\n", tableHeader());
    EXPECT_EQ(e.code(), ErrorCodes::INCORRECT_DATA);
    EXPECT_EQ(e.message(), "Type of 'a' must be UInt32, not UInt64");
}

TEST(InputFormats, TabSeparatedRaw)
{
    /// Backslashes are data; \N is still NULL (or the default outside Nullable).
    EXPECT_EQ(toTSV(readBlocks("TSVRaw", "1\ta\\tb\t\\N\n2\t\\N\t-3\n", tableHeader())), "1\ta\\\\tb\t\\N\n2\t\t-3\n");
    EXPECT_EQ(toTSV(readBlocks("TSVRawWithNames", "s\ta\nx\\y\t5\n", tableHeader())), "5\tx\\\\y\t\\N\n");
    const Exception e = readError("TSVRaw", "1x\ty\t2\n", tableHeader());
    EXPECT_NE(e.message().find("(while reading the value of column a): (at row 1)\n"), std::string::npos) << e.message();
}

TEST(InputFormats, TabSeparatedErrors)
{
    const Exception too_few = readError("TSV", "1\tx\t2\n3\tx\n", tableHeader());
    EXPECT_EQ(too_few.code(), ErrorCodes::CANNOT_PARSE_INPUT_ASSERTION_FAILED);
    EXPECT_NE(too_few.message().find("(at row 2)"), std::string::npos) << too_few.message();

    const Exception too_many = readError("TSV", "1\tx\t2\t4\n", tableHeader());
    EXPECT_EQ(too_many.message().rfind("Cannot parse input: expected '", 0), 0u) << too_many.message();
    EXPECT_NE(too_many.message().find("(while reading the value of column n): (at row 1)\n"), std::string::npos) << too_many.message();
}

TEST(InputFormats, CSV)
{
    EXPECT_EQ(toTSV(readBlocks("CSV", "1,\"a,\"\"b\"\"\",\\N\r\n2,plain,7\n", tableHeader())), "1\ta,\"b\"\t\\N\n2\tplain\t7\n");
    /// Empty fields are defaults (input_format_csv_empty_as_default).
    std::vector<MissingValues> missing;
    EXPECT_EQ(toTSV(readBlocks("CSV", ",x,\n", tableHeader(), {}, 65536, &missing)), "0\tx\t\\N\n");
    EXPECT_EQ(toVector(missing[0][0]), (std::vector<UInt8>{1}));

    FormatSettings settings;
    settings.csv_delimiter = ';';
    EXPECT_EQ(toTSV(readBlocks("CSV", "1;\"x;y\";3\n", tableHeader(), settings)), "1\tx;y\t3\n");
}

TEST(InputFormats, CSVWithNames)
{
    EXPECT_EQ(toTSV(readBlocks("CSVWithNames", "\"n\",\"a\"\n5,6\n", tableHeader())), "6\t\t5\n");
    const Exception e = readError("CSVWithNames", "a,b\n1,2\n", tableHeader());
    EXPECT_EQ(e.message(),
              "Unknown field found in CSV header: 'b' at position 1\nSet the 'input_format_skip_unknown_fields' parameter explicitly "
              "to ignore and proceed");
    /// Blank lines at the end are not skipped (input_format_csv_skip_trailing_empty_lines = 0).
    EXPECT_EQ(readError("CSV", "1,x,2\n\n", tableHeader()).code(), ErrorCodes::CANNOT_PARSE_INPUT_ASSERTION_FAILED);
    const Exception bad = readError("CSV", "1,x,2\nz,y,3\n", tableHeader());
    EXPECT_NE(bad.message().find("(while reading the value of column a): (at row 2)\n"), std::string::npos) << bad.message();
}

TEST(InputFormats, Values)
{
    EXPECT_EQ(toTSV(readBlocks("Values", "(1, 'a', NULL), (2,'b\\'c',-4)\n,(3,'',5);", tableHeader())),
              "1\ta\t\\N\n2\tb\\'c\t-4\n3\t\t5\n");
    EXPECT_EQ(toTSV(readBlocks("Values", "(1,'x',2)(2,'y',3)", tableHeader())), "1\tx\t2\n2\ty\t3\n");
    /// NULL in a column that is not Nullable is its default.
    EXPECT_EQ(toTSV(readBlocks("Values", "(NULL,'x',2)", tableHeader())), "0\tx\t2\n");

    /// Too few values: ClickHouse reports it as an expression that does not parse.
    const Exception e = readError("Values", "(1,'a',2),(2,'b')", tableHeader());
    EXPECT_EQ(e.code(), ErrorCodes::SYNTAX_ERROR);
    EXPECT_NE(e.message().find("(at row 2)"), std::string::npos) << e.message();
}

TEST(InputFormats, RowBinaryRoundTrip)
{
    Block block({makeColumn("UInt32", "a", {UInt64(1), UInt64(70000)}), makeColumn("String", "s", {"x", "\n\t"}),
                 makeColumn("Nullable(Int32)", "n", {Field(), Int64(-2)})});
    for (const char * format : {"RowBinary", "RowBinaryWithNames", "RowBinaryWithNamesAndTypes"})
    {
        const std::string data = writeBlocks(format, {block});
        EXPECT_EQ(toTSV(readBlocks(format, data, tableHeader())), "1\tx\t\\N\n70000\t\\n\\t\t-2\n") << format;
    }
    const Exception truncated = readError("RowBinary", std::string("\x01\x00\x00", 3), tableHeader());
    EXPECT_EQ(truncated.code(), ErrorCodes::CANNOT_READ_ALL_DATA);
    EXPECT_NE(truncated.message().find("(at row 1)"), std::string::npos) << truncated.message();
}

TEST(InputFormats, NativeRoundTrip)
{
    Block block({makeColumn("Nullable(Int32)", "n", {Int64(4), Field()}), makeColumn("UInt32", "a", {UInt64(1), UInt64(2)})});
    const std::string data = writeBlocks("Native", {block, block});
    std::vector<MissingValues> missing;
    const Blocks blocks = readBlocks("Native", data, tableHeader(), {}, 65536, &missing);
    ASSERT_EQ(blocks.size(), 2u);
    EXPECT_EQ(toTSV(blocks), "1\t\t4\n2\t\t\\N\n1\t\t4\n2\t\t\\N\n");
    EXPECT_EQ(toVector(missing[0][1]), (std::vector<UInt8>{1, 1}));
    EXPECT_EQ(toVector(missing[0][0]), (std::vector<UInt8>{0, 0}));

    Block wrong_type({makeColumn("UInt64", "a", {UInt64(1)})});
    EXPECT_EQ(readError("Native", writeBlocks("Native", {wrong_type}), tableHeader()).code(), ErrorCodes::TYPE_MISMATCH);
    const std::string truncated = data.substr(0, data.size() - 3);
    EXPECT_EQ(readError("Native", truncated, tableHeader()).code(), ErrorCodes::CANNOT_READ_ALL_DATA);
}

TEST(InputFormats, WindowBoundaries)
{
    FormatSettings settings;
    settings.skip_unknown_fields = true;
    EXPECT_EQ(readByteByByte("JSONEachRow", "[{\"x\": {\"y\": [\"\\\"]\", 1]}, \"a\": 7, \"s\": \"q\\tq\"}, {\"n\": null}]", settings),
              "7\tq\\tq\t\\N\n0\t\t\\N\n");
    /// An escaped line feed at a window boundary is not mistaken for a start of \N.
    EXPECT_EQ(readByteByByte("TSVWithNames", "s\ta\nx\\ny\t12\n\\nz\t3\n"), "12\tx\\ny\t\\N\n3\t\\nz\t\\N\n");
    EXPECT_EQ(readByteByByte("TSV", "1\t\\N\t\\N\n"), "1\t\t\\N\n");
    EXPECT_EQ(readByteByByte("CSV", "1,\"a\"\"b\",2\r\n3,c,\\N\n"), "1\ta\"b\t2\n3\tc\t\\N\n");
    EXPECT_EQ(readByteByByte("Values", "(1,'a',NULL),(2,'b',-1)"), "1\ta\t\\N\n2\tb\t-1\n");
}

TEST(InputFormats, FormatLookup)
{
    registerFormats();
    ReadBufferFromMemory in("");
    try
    {
        FormatFactory::instance().getInput("PrettyCompact", in, tableHeader(), {}, 10);
        FAIL();
    }
    catch (const Exception & e)
    {
        EXPECT_EQ(e.code(), ErrorCodes::FORMAT_IS_NOT_SUITABLE_FOR_INPUT);
    }
}
