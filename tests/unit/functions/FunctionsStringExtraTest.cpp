// hex/unhex, repeat, substringUTF8, reverse, splitByChar, toLowCardinality and the 3-argument
// position, with the byte-level results ClickHouse gives.
#include <gtest/gtest.h>

#include "CoreFunctionTestHelpers.h"

using namespace datastore;
using namespace datastore::functions::test;
using Result = std::pair<std::string, Rows>;

TEST(FunctionsStringExtra, Hex)
{
    EXPECT_EQ(evaluate("hex", {column("String", {"abc", ""})}), (Result{"String", {"616263", ""}}));
    EXPECT_EQ(evaluate("hex", {column("UInt8", {"255", "0"})}), (Result{"String", {"FF", "00"}}));
    EXPECT_EQ(evaluate("hex", {column("UInt16", {"256"})}), (Result{"String", {"0100"}}));
    EXPECT_EQ(evaluate("hex", {column("Int32", {"-2"})}), (Result{"String", {"FFFFFFFE"}}));
    EXPECT_EQ(evaluate("hex", {column("Float64", {"1.5"})}), (Result{"String", {"000000000000F83F"}}));
    EXPECT_EQ(evaluate("hex", {column("Decimal(9, 2)", {"1.5"})}), (Result{"String", {"96000000"}}));
    EXPECT_EQ(evaluate("hex", {column("Date", {"2026-01-01"})}), (Result{"String", {"4FE6"}}));
    EXPECT_EQ(errorOf("hex", {column("Array(UInt8)", {"[1]"})}).first, ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT);
}

TEST(FunctionsStringExtra, Unhex)
{
    EXPECT_EQ(evaluate("hex", {run("unhex", {column("String", {"616263", "6", "zz", "abc"})})}),
              (Result{"String", {"616263", "06", "EF", "0ABC"}}));
}

TEST(FunctionsStringExtra, Repeat)
{
    EXPECT_EQ(evaluate("repeat", {column("String", {"ab", "x", "x"}), column("Int64", {"3", "0", "-1"})}), (Result{"String", {"ababab", "", ""}}));
    EXPECT_EQ(errorOf("repeat", {column("String", {"a"}), constant("UInt32", "1000001", 1)}).first, ErrorCodes::TOO_LARGE_STRING_SIZE);
    EXPECT_EQ(errorOf("repeat", {column("String", {"a"}), constant("String", "1", 1)}).first, ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT);
}

TEST(FunctionsStringExtra, SubstringUTF8)
{
    auto s = column("String", {"привет"});
    EXPECT_EQ(evaluate("substringUTF8", {s, constant("UInt8", "2", 1), constant("UInt8", "3", 1)}), (Result{"String", {"рив"}}));
    EXPECT_EQ(evaluate("substringUTF8", {s, constant("Int8", "-2", 1)}), (Result{"String", {"ет"}}));
    EXPECT_EQ(evaluate("substringUTF8", {s, constant("UInt8", "0", 1)}), (Result{"String", {""}}));
    EXPECT_EQ(evaluate("substringUTF8", {s, constant("Int8", "-10", 1), constant("UInt8", "3", 1)}), (Result{"String", {"при"}}));
    EXPECT_EQ(evaluate("substringUTF8", {column("String", {"abc"}), constant("UInt8", "2", 1), constant("Int8", "-1", 1)}), (Result{"String", {"b"}}));
    auto offsets = column("Int8", {"-6", "-7", "-7", "-9", "2", "2", "-3", "7"});
    auto lengths = column("Int8", {"-1", "-1", "-2", "-2", "-1", "-5", "1", "1"});
    EXPECT_EQ(evaluate("substringUTF8", {constant("String", "привет", 8), offsets, lengths}),
              (Result{"String", {"приве", "привет", "приве", "привет", "риве", "", "в", ""}}));
}

TEST(FunctionsStringExtra, ReverseAndSplit)
{
    EXPECT_EQ(evaluate("reverse", {column("String", {"abc", ""})}), (Result{"String", {"cba", ""}}));
    auto sep = constant("String", ",", 3);
    EXPECT_EQ(evaluate("splitByChar", {sep, column("String", {"a,b,,c", "", ","})}),
              (Result{"Array(String)", {"['a','b','','c']", "['']", "['','']"}}));
    EXPECT_EQ(errorOf("splitByChar", {constant("String", ",,", 1), column("String", {"a"})}),
              (std::pair<int, std::string>{ErrorCodes::BAD_ARGUMENTS, "Illegal separator for function splitByChar. Must be exactly one byte."}));
    EXPECT_EQ(errorOf("splitByChar", {column("String", {","}), column("String", {"a"})}).first, ErrorCodes::ILLEGAL_COLUMN);
}

TEST(FunctionsStringExtra, PositionWithStart)
{
    auto h = column("String", {"abcabc", "abc", "abc", "abc", "abc"});
    auto n = column("String", {"b", "b", "", "", "c"});
    EXPECT_EQ(evaluate("position", {h, n, column("UInt8", {"3", "0", "2", "5", "10"})}), (Result{"UInt64", {"5", "2", "2", "0", "0"}}));
    EXPECT_EQ(evaluate("position", {column("String", {"aaa"}), constant("String", "a", 1), constant("UInt8", "2", 1)}), (Result{"UInt64", {"2"}}));
    EXPECT_EQ(errorOf("position", {h, n, column("Int8", {"1", "1", "1", "1", "1"})}).first, ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT);
}

TEST(FunctionsStringExtra, ToLowCardinality)
{
    auto result = run("toLowCardinality", {column("String", {"a", "b", "a"})});
    EXPECT_EQ(result.type->getName(), "LowCardinality(String)");
    EXPECT_EQ(texts(result), (Rows{"a", "b", "a"}));
    EXPECT_EQ(run("toLowCardinality", {column("Nullable(String)", {"NULL"})}).type->getName(), "LowCardinality(Nullable(String))");
    EXPECT_EQ(run("toLowCardinality", {result}).type->getName(), "LowCardinality(String)");
}

TEST(FunctionsStringExtra, CaseUTF8)
{
    EXPECT_EQ(evaluate("lowerUTF8", {column("String", {"ÀÉÎ", "ПРИВЕТ Мир", "ΑΒΓ Ά", "ŁÓDŹ", "ABC"})}),
              (Result{"String", {"àéî", "привет мир", "αβγ ά", "łódź", "abc"}}));
    EXPECT_EQ(evaluate("upperUTF8", {column("String", {"привет", "àéî ÿ", "ёж"})}),
              (Result{"String", {"ПРИВЕТ", "ÀÉÎ Ÿ", "ЁЖ"}}));
    EXPECT_EQ(evaluate("lowerUTF8", {column("String", {std::string("A\xC3")})}), (Result{"String", {std::string("a\xC3")}}));
    EXPECT_EQ(errorOf("upperUTF8", {column("UInt8", {"1"})}).first, ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT);
}
