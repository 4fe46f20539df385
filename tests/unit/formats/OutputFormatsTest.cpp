// Output formats against the exact bytes ClickHouse 24.x writes for the same data
// (checked with ClickHouse, 64-bit integers quoted in JSON as 24.x does by default).
#include <gtest/gtest.h>

#include "base/Exception.h"
#include "FormatTestHelpers.h"

using namespace datastore;
using namespace datastore::formats;
using namespace datastore::formats::test;

namespace
{
/// SELECT number AS n, toString(number) AS s, if(number = 1, NULL, number * 1.5) AS f,
///        [number, 2] AS arr, 'a\tb"c' AS q FROM numbers(3)
Block sampleBlock()
{
    return Block({
        makeColumn("UInt64", "n", {UInt64(0), UInt64(1), UInt64(2)}),
        makeColumn("String", "s", {"0", "1", "2"}),
        makeColumn("Nullable(Float64)", "f", {Float64(0), Field(), Float64(3)}),
        makeColumn("Array(UInt64)", "arr", {Array{UInt64(0), UInt64(2)}, Array{UInt64(1), UInt64(2)}, Array{UInt64(2), UInt64(2)}}),
        makeColumn("String", "q", {"a\tb\"c", "a\tb\"c", "a\tb\"c"}),
    });
}

/// The same rows with a wider string column, for the Pretty formats.
Block prettyBlock()
{
    return Block({
        makeColumn("UInt64", "n", {UInt64(0), UInt64(1), UInt64(2)}),
        makeColumn("String", "str", {"0", "1000", "2000"}),
        makeColumn("Nullable(Float64)", "f", {Float64(0), Field(), Float64(3)}),
        makeColumn("Array(UInt64)", "arr", {Array{UInt64(0), UInt64(2)}, Array{UInt64(1), UInt64(2)}, Array{UInt64(2), UInt64(2)}}),
    });
}

Block numbersBlock(UInt64 from, UInt64 to)
{
    std::vector<Field> values;
    for (UInt64 i = from; i < to; ++i)
        values.emplace_back(i);
    return Block({makeColumn("UInt64", "n", values)});
}

/// The tables below were printed with output_format_pretty_row_numbers = 0.
FormatSettings noRowNumbers()
{
    FormatSettings settings;
    settings.pretty_row_numbers = false;
    return settings;
}

OutputStatistics sampleStatistics()
{
    OutputStatistics statistics;
    statistics.elapsed_seconds = 0.001525708;
    statistics.rows_read = 3;
    statistics.bytes_read = 24;
    return statistics;
}
}

TEST(OutputFormats, TabSeparated)
{
    const std::string rows = "0\t0\t0\t[0,2]\ta\\tb\"c\n"
                             "1\t1\t\\N\t[1,2]\ta\\tb\"c\n"
                             "2\t2\t3\t[2,2]\ta\\tb\"c\n";
    EXPECT_EQ(writeBlocks("TabSeparated", {sampleBlock()}), rows);
    EXPECT_EQ(writeBlocks("TSV", {sampleBlock()}), rows);
    EXPECT_EQ(writeBlocks("TSVWithNames", {sampleBlock()}), "n\ts\tf\tarr\tq\n" + rows);
    EXPECT_EQ(writeBlocks("TabSeparatedWithNamesAndTypes", {sampleBlock()}),
              "n\ts\tf\tarr\tq\nUInt64\tString\tNullable(Float64)\tArray(UInt64)\tString\n" + rows);
}

TEST(OutputFormats, TabSeparatedRaw)
{
    EXPECT_EQ(writeBlocks("TSVRaw", {sampleBlock()}),
              "0\t0\t0\t[0,2]\ta\tb\"c\n"
              "1\t1\t\\N\t[1,2]\ta\tb\"c\n"
              "2\t2\t3\t[2,2]\ta\tb\"c\n");
}

TEST(OutputFormats, TabSeparatedEscapesNames)
{
    Block block({makeColumn("String", "a\tb", {"x\ny\\"})});
    EXPECT_EQ(writeBlocks("TSVWithNames", {block}), "a\\tb\nx\\ny\\\\\n");
}

TEST(OutputFormats, CSV)
{
    const std::string rows = "0,\"0\",0,\"[0,2]\",\"a\tb\"\"c\"\n"
                             "1,\"1\",\\N,\"[1,2]\",\"a\tb\"\"c\"\n"
                             "2,\"2\",3,\"[2,2]\",\"a\tb\"\"c\"\n";
    EXPECT_EQ(writeBlocks("CSV", {sampleBlock()}), rows);
    EXPECT_EQ(writeBlocks("CSVWithNames", {sampleBlock()}), "\"n\",\"s\",\"f\",\"arr\",\"q\"\n" + rows);

    FormatSettings settings;
    settings.csv_delimiter = ';';
    EXPECT_EQ(writeBlocks("CSV", {numbersBlock(0, 1)}, settings), "0\n");
    Block two({makeColumn("UInt8", "a", {UInt64(1)}), makeColumn("String", "b", {"x"})});
    EXPECT_EQ(writeBlocks("CSVWithNames", {two}, settings), "\"a\";\"b\"\n1;\"x\"\n");
}

TEST(OutputFormats, JSON)
{
    const std::string expected = "{\n"
                                 "\t\"meta\":\n"
                                 "\t[\n"
                                 "\t\t{\n"
                                 "\t\t\t\"name\": \"n\",\n"
                                 "\t\t\t\"type\": \"UInt64\"\n"
                                 "\t\t},\n"
                                 "\t\t{\n"
                                 "\t\t\t\"name\": \"s\",\n"
                                 "\t\t\t\"type\": \"String\"\n"
                                 "\t\t},\n"
                                 "\t\t{\n"
                                 "\t\t\t\"name\": \"f\",\n"
                                 "\t\t\t\"type\": \"Nullable(Float64)\"\n"
                                 "\t\t},\n"
                                 "\t\t{\n"
                                 "\t\t\t\"name\": \"arr\",\n"
                                 "\t\t\t\"type\": \"Array(UInt64)\"\n"
                                 "\t\t},\n"
                                 "\t\t{\n"
                                 "\t\t\t\"name\": \"q\",\n"
                                 "\t\t\t\"type\": \"String\"\n"
                                 "\t\t}\n"
                                 "\t],\n"
                                 "\n"
                                 "\t\"data\":\n"
                                 "\t[\n"
                                 "\t\t{\n"
                                 "\t\t\t\"n\": \"0\",\n"
                                 "\t\t\t\"s\": \"0\",\n"
                                 "\t\t\t\"f\": 0,\n"
                                 "\t\t\t\"arr\": [\"0\",\"2\"],\n"
                                 "\t\t\t\"q\": \"a\\tb\\\"c\"\n"
                                 "\t\t},\n"
                                 "\t\t{\n"
                                 "\t\t\t\"n\": \"1\",\n"
                                 "\t\t\t\"s\": \"1\",\n"
                                 "\t\t\t\"f\": null,\n"
                                 "\t\t\t\"arr\": [\"1\",\"2\"],\n"
                                 "\t\t\t\"q\": \"a\\tb\\\"c\"\n"
                                 "\t\t},\n"
                                 "\t\t{\n"
                                 "\t\t\t\"n\": \"2\",\n"
                                 "\t\t\t\"s\": \"2\",\n"
                                 "\t\t\t\"f\": 3,\n"
                                 "\t\t\t\"arr\": [\"2\",\"2\"],\n"
                                 "\t\t\t\"q\": \"a\\tb\\\"c\"\n"
                                 "\t\t}\n"
                                 "\t],\n"
                                 "\n"
                                 "\t\"rows\": 3,\n"
                                 "\n"
                                 "\t\"statistics\":\n"
                                 "\t{\n"
                                 "\t\t\"elapsed\": 0.001525708,\n"
                                 "\t\t\"rows_read\": 3,\n"
                                 "\t\t\"bytes_read\": 24\n"
                                 "\t}\n"
                                 "}\n";
    EXPECT_EQ(writeBlocks("JSON", {sampleBlock()}, {}, sampleStatistics()), expected);
}

TEST(OutputFormats, JSONEmptyAndRowsBeforeLimit)
{
    OutputStatistics statistics;
    statistics.elapsed_seconds = 0.5;
    EXPECT_EQ(writeBlocks("JSON", {numbersBlock(0, 0)}, {}, statistics),
              "{\n\t\"meta\":\n\t[\n\t\t{\n\t\t\t\"name\": \"n\",\n\t\t\t\"type\": \"UInt64\"\n\t\t}\n\t],\n\n"
              "\t\"data\":\n\t[\n\n\t],\n\n\t\"rows\": 0,\n\n"
              "\t\"statistics\":\n\t{\n\t\t\"elapsed\": 0.5,\n\t\t\"rows_read\": 0,\n\t\t\"bytes_read\": 0\n\t}\n}\n");

    statistics.has_rows_before_limit = true;
    statistics.rows_before_limit = 10;
    statistics.rows_read = 2;
    statistics.bytes_read = 16;
    FormatSettings settings;
    settings.json_quote_64bit_integers = false;
    EXPECT_EQ(writeBlocks("JSON", {numbersBlock(0, 2)}, settings, statistics),
              "{\n\t\"meta\":\n\t[\n\t\t{\n\t\t\t\"name\": \"n\",\n\t\t\t\"type\": \"UInt64\"\n\t\t}\n\t],\n\n"
              "\t\"data\":\n\t[\n\t\t{\n\t\t\t\"n\": 0\n\t\t},\n\t\t{\n\t\t\t\"n\": 1\n\t\t}\n\t],\n\n\t\"rows\": 2,\n\n"
              "\t\"rows_before_limit_at_least\": 10,\n\n"
              "\t\"statistics\":\n\t{\n\t\t\"elapsed\": 0.5,\n\t\t\"rows_read\": 2,\n\t\t\"bytes_read\": 16\n\t}\n}\n");
}

TEST(OutputFormats, JSONRowsAcrossBlocks)
{
    const std::string output = writeBlocks("JSONCompact", {numbersBlock(0, 1), numbersBlock(1, 1), numbersBlock(1, 3)});
    EXPECT_NE(output.find("\t\"data\":\n\t[\n\t\t[\"0\"],\n\t\t[\"1\"],\n\t\t[\"2\"]\n\t],\n\n\t\"rows\": 3,"), std::string::npos) << output;
}

TEST(OutputFormats, JSONCompact)
{
    const std::string output = writeBlocks("JSONCompact", {sampleBlock()}, {}, sampleStatistics());
    const std::string data = "\t\"data\":\n"
                             "\t[\n"
                             "\t\t[\"0\", \"0\", 0, [\"0\",\"2\"], \"a\\tb\\\"c\"],\n"
                             "\t\t[\"1\", \"1\", null, [\"1\",\"2\"], \"a\\tb\\\"c\"],\n"
                             "\t\t[\"2\", \"2\", 3, [\"2\",\"2\"], \"a\\tb\\\"c\"]\n"
                             "\t],\n"
                             "\n"
                             "\t\"rows\": 3,\n";
    EXPECT_NE(output.find(data), std::string::npos) << output;
    EXPECT_EQ(output.substr(0, 12), "{\n\t\"meta\":\n\t");
}

TEST(OutputFormats, JSONEachRow)
{
    EXPECT_EQ(writeBlocks("JSONEachRow", {sampleBlock()}),
              "{\"n\":\"0\",\"s\":\"0\",\"f\":0,\"arr\":[\"0\",\"2\"],\"q\":\"a\\tb\\\"c\"}\n"
              "{\"n\":\"1\",\"s\":\"1\",\"f\":null,\"arr\":[\"1\",\"2\"],\"q\":\"a\\tb\\\"c\"}\n"
              "{\"n\":\"2\",\"s\":\"2\",\"f\":3,\"arr\":[\"2\",\"2\"],\"q\":\"a\\tb\\\"c\"}\n");
    FormatSettings settings;
    settings.json_quote_64bit_integers = false;
    EXPECT_EQ(writeBlocks("JSONEachRow", {numbersBlock(5, 6)}, settings), "{\"n\":5}\n");
}

TEST(OutputFormats, JSONCompactEachRow)
{
    EXPECT_EQ(writeBlocks("JSONCompactEachRow", {sampleBlock()}),
              "[\"0\", \"0\", 0, [\"0\",\"2\"], \"a\\tb\\\"c\"]\n"
              "[\"1\", \"1\", null, [\"1\",\"2\"], \"a\\tb\\\"c\"]\n"
              "[\"2\", \"2\", 3, [\"2\",\"2\"], \"a\\tb\\\"c\"]\n");
}

TEST(OutputFormats, JSONStringsEachRow)
{
    EXPECT_EQ(writeBlocks("JSONStringsEachRow", {sampleBlock()}),
              "{\"n\":\"0\",\"s\":\"0\",\"f\":\"0\",\"arr\":\"[0,2]\",\"q\":\"a\\tb\\\"c\"}\n"
              "{\"n\":\"1\",\"s\":\"1\",\"f\":\"ᴺᵁᴸᴸ\",\"arr\":\"[1,2]\",\"q\":\"a\\tb\\\"c\"}\n"
              "{\"n\":\"2\",\"s\":\"2\",\"f\":\"3\",\"arr\":\"[2,2]\",\"q\":\"a\\tb\\\"c\"}\n");
    EXPECT_EQ(writeBlocks("JSONCompactStringsEachRow", {sampleBlock()}),
              "[\"0\", \"0\", \"0\", \"[0,2]\", \"a\\tb\\\"c\"]\n"
              "[\"1\", \"1\", \"ᴺᵁᴸᴸ\", \"[1,2]\", \"a\\tb\\\"c\"]\n"
              "[\"2\", \"2\", \"3\", \"[2,2]\", \"a\\tb\\\"c\"]\n");
}

TEST(OutputFormats, JSONStrings)
{
    Block block({makeColumn("UInt64", "n", {UInt64(0), UInt64(1)}), makeColumn("Nullable(String)", "s", {"x", Field()})});
    const std::string full = writeBlocks("JSONStrings", {block});
    EXPECT_NE(full.find("\t\"data\":\n\t[\n\t\t{\n\t\t\t\"n\": \"0\",\n\t\t\t\"s\": \"x\"\n\t\t},\n"
                        "\t\t{\n\t\t\t\"n\": \"1\",\n\t\t\t\"s\": \"ᴺᵁᴸᴸ\"\n\t\t}\n\t],\n\n\t\"rows\": 2,\n"),
              std::string::npos)
        << full;
    const std::string compact = writeBlocks("JSONCompactStrings", {block});
    EXPECT_NE(compact.find("\t\"data\":\n\t[\n\t\t[\"0\", \"x\"],\n\t\t[\"1\", \"ᴺᵁᴸᴸ\"]\n\t],\n"), std::string::npos) << compact;
}

TEST(OutputFormats, Values)
{
    EXPECT_EQ(writeBlocks("Values", {sampleBlock()}),
              "(0,'0',0,[0,2],'a\\tb\"c'),(1,'1',NULL,[1,2],'a\\tb\"c'),(2,'2',3,[2,2],'a\\tb\"c')");
    /// Rows of later blocks continue the list.
    EXPECT_EQ(writeBlocks("Values", {numbersBlock(0, 1), numbersBlock(1, 3)}), "(0),(1),(2)");
}

TEST(OutputFormats, Pretty)
{
    EXPECT_EQ(writeBlocks("Pretty", {prettyBlock()}, noRowNumbers()),
              "┏━━━┳━━━━━━┳━━━━━━┳━━━━━━━┓\n"
              "┃ n ┃ str  ┃    f ┃ arr   ┃\n"
              "┡━━━╇━━━━━━╇━━━━━━╇━━━━━━━┩\n"
              "│ 0 │ 0    │    0 │ [0,2] │\n"
              "├───┼──────┼──────┼───────┤\n"
              "│ 1 │ 1000 │ ᴺᵁᴸᴸ │ [1,2] │\n"
              "├───┼──────┼──────┼───────┤\n"
              "│ 2 │ 2000 │    3 │ [2,2] │\n"
              "└───┴──────┴──────┴───────┘\n");
}

TEST(OutputFormats, PrettyCompact)
{
    EXPECT_EQ(writeBlocks("PrettyCompact", {prettyBlock()}, noRowNumbers()),
              "┌─n─┬─str──┬────f─┬─arr───┐\n"
              "│ 0 │ 0    │    0 │ [0,2] │\n"
              "│ 1 │ 1000 │ ᴺᵁᴸᴸ │ [1,2] │\n"
              "│ 2 │ 2000 │    3 │ [2,2] │\n"
              "└───┴──────┴──────┴───────┘\n");
}

TEST(OutputFormats, PrettyCompactTablePerBlock)
{
    EXPECT_EQ(writeBlocks("PrettyCompact", {numbersBlock(0, 1), numbersBlock(0, 0), numbersBlock(10, 12)}, noRowNumbers()),
              "┌─n─┐\n"
              "│ 0 │\n"
              "└───┘\n"
              "┌──n─┐\n"
              "│ 10 │\n"
              "│ 11 │\n"
              "└────┘\n");
}

TEST(OutputFormats, PrettyMaxRows)
{
    FormatSettings settings = noRowNumbers();
    settings.pretty_max_rows = 3;
    EXPECT_EQ(writeBlocks("PrettyCompact", {numbersBlock(0, 2), numbersBlock(2, 4), numbersBlock(4, 5)}, settings),
              "┌─n─┐\n"
              "│ 0 │\n"
              "│ 1 │\n"
              "└───┘\n"
              "┌─n─┐\n"
              "│ 2 │\n"
              "└───┘\n"
              "  Showed first 3.\n");
    EXPECT_EQ(writeBlocks("PrettySpace", {numbersBlock(0, 5)}, settings), " n\n\n 0 \n 1 \n 2 \n\nShowed first 3.\n");
}

TEST(OutputFormats, PrettyCutsLongValues)
{
    FormatSettings settings = noRowNumbers();
    settings.pretty_max_value_width = 3;
    Block block({makeColumn("String", "s", {"abcdefgh"}), makeColumn("String", "u", {"абв"}), makeColumn("UInt8", "x", {UInt64(12)})});
    EXPECT_EQ(writeBlocks("PrettyCompact", {block}, settings),
              "┌─s───┬─u───┬──x─┐\n"
              "│ abc⋯│ абв │ 12 │\n"
              "└─────┴─────┴────┘\n");
}

TEST(OutputFormats, PrettyRowNumbers)
{
    EXPECT_EQ(writeBlocks("PrettyCompact", {numbersBlock(8, 12)}),
              "   ┌──n─┐\n"
              "1. │  8 │\n"
              "2. │  9 │\n"
              "3. │ 10 │\n"
              "4. │ 11 │\n"
              "   └────┘\n");
    EXPECT_EQ(writeBlocks("Pretty", {numbersBlock(8, 10)}),
              "   ┏━━━┓\n"
              "   ┃ n ┃\n"
              "   ┡━━━┩\n"
              "1. │ 8 │\n"
              "   ├───┤\n"
              "2. │ 9 │\n"
              "   └───┘\n");
    EXPECT_EQ(writeBlocks("PrettySpace", {numbersBlock(8, 12)}), "     n\n\n1.   8 \n2.   9 \n3.  10 \n4.  11 \n");
    /// Numbering continues over blocks; the width follows each block's last number.
    EXPECT_EQ(writeBlocks("PrettyCompact", {numbersBlock(8, 10), numbersBlock(10, 11)}),
              "   ┌─n─┐\n"
              "1. │ 8 │\n"
              "2. │ 9 │\n"
              "   └───┘\n"
              "   ┌──n─┐\n"
              "3. │ 10 │\n"
              "   └────┘\n");
    std::vector<Field> values(10, Field(UInt64(1)));
    const std::string ten = writeBlocks("PrettyCompact", {Block({makeColumn("UInt8", "x", values)})});
    EXPECT_NE(ten.find("\n 9. │ 1 │\n10. │ 1 │\n    └───┘\n"), std::string::npos) << ten;
}

TEST(OutputFormats, PrettyLargeNumberTip)
{
    EXPECT_EQ(writeBlocks("PrettyCompact", {Block({makeColumn("UInt32", "x", {UInt64(1234567)})})}),
              "   ┌───────x─┐\n"
              "1. │ 1234567 │ -- 1.23 million\n"
              "   └─────────┘\n");
    EXPECT_EQ(writeBlocks("Pretty", {Block({makeColumn("Float64", "x", {Float64(-1234567.891)})})}),
              "   ┏━━━━━━━━━━━━━━┓\n"
              "   ┃            x ┃\n"
              "   ┡━━━━━━━━━━━━━━┩\n"
              "1. │ -1234567.891 │ -- -1.23 million\n"
              "   └──────────────┘\n");
    EXPECT_EQ(writeBlocks("PrettySpace", {Block({makeColumn("Nullable(UInt64)", "x", {UInt64(1000001)})})}),
              "          x\n\n1.  1000001  -- 1.00 million\n");
    EXPECT_EQ(writeBlocks("PrettyCompact", {Block({makeColumn("Float64", "x", {Float64(5e30)})})}),
              "   ┌────x─┐\n1. │ 5e30 │ -- 5.00 nonillion\n   └──────┘\n");
    /// Not above the threshold, not a number, or more than one value: no tip.
    EXPECT_EQ(writeBlocks("PrettyCompact", {Block({makeColumn("Float64", "x", {Float64(999500)})})}),
              "   ┌──────x─┐\n1. │ 999500 │\n   └────────┘\n");
    EXPECT_EQ(writeBlocks("PrettyCompact", {Block({makeColumn("String", "x", {"1234567"})})}),
              "   ┌─x───────┐\n1. │ 1234567 │\n   └─────────┘\n");
    EXPECT_EQ(writeBlocks("PrettyCompact", {numbersBlock(1234567, 1234569)}, noRowNumbers()),
              "┌───────n─┐\n│ 1234567 │\n│ 1234568 │\n└─────────┘\n");
}

TEST(OutputFormats, PrettySingleValueIsNotCut)
{
    FormatSettings settings;
    settings.pretty_max_value_width = 5;
    EXPECT_EQ(writeBlocks("PrettyCompact", {Block({makeColumn("String", "x", {std::string(20, 'a')})})}, settings),
              "   ┌─x─────┐\n1. │ aaaaaaaaaaaaaaaaaaaa │\n   └───────┘\n");
    EXPECT_EQ(writeBlocks("PrettyCompact", {Block({makeColumn("String", "x", {std::string(20, 'a'), "b"})})}, settings),
              "   ┌─x─────┐\n1. │ aaaaa⋯│\n2. │ b     │\n   └───────┘\n");
}

TEST(OutputFormats, PrettySpace)
{
    EXPECT_EQ(writeBlocks("PrettySpace", {prettyBlock()}, noRowNumbers()),
              " n   str       f   arr  \n"
              "\n"
              " 0   0         0   [0,2] \n"
              " 1   1000   ᴺᵁᴸᴸ   [1,2] \n"
              " 2   2000      3   [2,2] \n");
}

TEST(OutputFormats, Vertical)
{
    EXPECT_EQ(writeBlocks("Vertical", {prettyBlock()}),
              "Row 1:\n──────\nn:   0\nstr: 0\nf:   0\narr: [0,2]\n\n"
              "Row 2:\n──────\nn:   1\nstr: 1000\nf:   ᴺᵁᴸᴸ\narr: [1,2]\n\n"
              "Row 3:\n──────\nn:   2\nstr: 2000\nf:   3\narr: [2,2]\n");
    FormatSettings settings;
    settings.pretty_max_rows = 2;
    EXPECT_EQ(writeBlocks("Vertical", {numbersBlock(0, 5)}, settings), "Row 1:\n──────\nn: 0\n\nRow 2:\n──────\nn: 1\n\nShowed first 2.\n");
    const std::string many = writeBlocks("Vertical", {numbersBlock(0, 10)});
    EXPECT_NE(many.find("\nRow 8:\n──────\nn: 7\n\nRow 9:\n───────\nn: 8\n\nRow 10:\n───────\nn: 9\n"), std::string::npos) << many;
}

TEST(OutputFormats, RowBinary)
{
    Block block({makeColumn("UInt16", "a", {UInt64(258)}), makeColumn("String", "b", {"xy"}), makeColumn("Nullable(Int8)", "c", {Field()})});
    EXPECT_EQ(writeBlocks("RowBinary", {block}), std::string("\x02\x01\x02xy\x01", 6));
    EXPECT_EQ(writeBlocks("RowBinaryWithNames", {block}), std::string("\x03\x01" "a\x01" "b\x01" "c" "\x02\x01\x02xy\x01", 13));
    EXPECT_EQ(writeBlocks("RowBinaryWithNamesAndTypes", {block}),
              std::string("\x03\x01" "a\x01" "b\x01" "c" "\x06UInt16\x06String\x0eNullable(Int8)" "\x02\x01\x02xy\x01", 42));
}

TEST(OutputFormats, Native)
{
    Block block({makeColumn("UInt8", "a", {UInt64(1), UInt64(2)}), makeColumn("String", "b", {"x", ""})});
    EXPECT_EQ(writeBlocks("Native", {block, numbersBlock(0, 0).cloneEmpty()}),
              std::string("\x02\x02" "\x01" "a\x05UInt8\x01\x02" "\x01" "b\x06String\x01x\x00", 24));
}

TEST(OutputFormats, Null)
{
    EXPECT_EQ(writeBlocks("Null", {sampleBlock()}), "");
}

TEST(OutputFormats, ContentTypes)
{
    registerFormats();
    std::string sink;
    WriteBufferFromString buf(sink);
    const Block header = sampleBlock().cloneEmpty();
    auto content_type = [&](const std::string & name) { return FormatFactory::instance().getOutput(name, buf, header, {})->getContentType(); };
    EXPECT_EQ(content_type("TSV"), "text/tab-separated-values; charset=UTF-8");
    EXPECT_EQ(content_type("TabSeparatedWithNames"), "text/tab-separated-values; charset=UTF-8");
    EXPECT_EQ(content_type("CSV"), "text/csv; charset=UTF-8; header=absent");
    EXPECT_EQ(content_type("CSVWithNames"), "text/csv; charset=UTF-8; header=present");
    EXPECT_EQ(content_type("JSON"), "application/json; charset=UTF-8");
    EXPECT_EQ(content_type("JSONCompact"), "application/json; charset=UTF-8");
    EXPECT_EQ(content_type("JSONEachRow"), "application/x-ndjson; charset=UTF-8");
    EXPECT_EQ(content_type("RowBinary"), "application/octet-stream");
    EXPECT_EQ(content_type("Native"), "application/octet-stream");
    EXPECT_EQ(content_type("PrettyCompact"), "text/plain; charset=UTF-8");
    EXPECT_EQ(content_type("JSONCompactEachRow"), "text/plain; charset=UTF-8");
    EXPECT_EQ(content_type("Values"), "text/plain; charset=UTF-8");
}

TEST(OutputFormats, ConstantColumns)
{
    auto type = DataTypeFactory::instance().get("UInt8");
    Block block({{type->createColumnConst(2, Field(UInt64(7))), type, "c"}});
    EXPECT_EQ(writeBlocks("CSV", {block}), "7\n7\n");
    EXPECT_EQ(writeBlocks("PrettySpace", {block}, noRowNumbers()), " c\n\n 7 \n 7 \n");
}

TEST(OutputFormats, UnknownFormat)
{
    registerFormats();
    std::string sink;
    WriteBufferFromString buf(sink);
    try
    {
        FormatFactory::instance().getOutput("Nope", buf, sampleBlock(), {});
        FAIL();
    }
    catch (const Exception & e)
    {
        EXPECT_EQ(e.code(), ErrorCodes::UNKNOWN_FORMAT);
    }
}
