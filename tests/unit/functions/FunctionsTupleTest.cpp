// tupleElement by index and by name, map(...) and mapKeys/mapValues, with ClickHouse's errors
// for missing elements and odd argument counts.
#include <gtest/gtest.h>

#include "CoreFunctionTestHelpers.h"

using namespace datastore;
using namespace datastore::functions::test;
using Result = std::pair<std::string, Rows>;

TEST(FunctionsTuple, TupleElement)
{
    auto pairs = column("Tuple(String, UInt64)", {"('x',10)", "('',0)"});
    EXPECT_EQ(evaluate("tupleElement", {pairs, constant("UInt8", "1", 2)}), (Result{"String", {"x", ""}}));
    EXPECT_EQ(evaluate("tupleElement", {pairs, constant("UInt8", "2", 2)}), (Result{"UInt64", {"10", "0"}}));
    auto named = column("Tuple(model String, tokens UInt32)", {"('gpt-4o',1200)"});
    EXPECT_EQ(evaluate("tupleElement", {named, constant("String", "tokens", 1)}), (Result{"UInt32", {"1200"}}));

    EXPECT_EQ(errorOf("tupleElement", {pairs, constant("UInt8", "3", 2)}),
              (std::pair<int, std::string>{ErrorCodes::ARGUMENT_OUT_OF_BOUND, "Tuple doesn't have element with index '3'"}));
    EXPECT_EQ(errorOf("tupleElement", {pairs, constant("UInt8", "0", 2)}).first, ErrorCodes::ARGUMENT_OUT_OF_BOUND);
    EXPECT_EQ(errorOf("tupleElement", {named, constant("String", "c", 1)}),
              (std::pair<int, std::string>{ErrorCodes::BAD_ARGUMENTS, "Tuple doesn't have element with name 'c'"}));
    EXPECT_EQ(errorOf("tupleElement", {pairs, column("UInt8", {"1", "1"})}).first, ErrorCodes::ILLEGAL_COLUMN);
    EXPECT_EQ(errorOf("tupleElement", {column("UInt8", {"1"}), constant("UInt8", "1", 1)}).first, ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT);
}

TEST(FunctionsTuple, TupleElementWithDefault)
{
    auto pairs = column("Tuple(a UInt8, b UInt8)", {"(1,2)", "(3,4)"});
    EXPECT_EQ(evaluate("tupleElement", {pairs, constant("UInt8", "3", 2), constant("String", "def", 2)}), (Result{"String", {"def", "def"}}));
    EXPECT_EQ(evaluate("tupleElement", {pairs, constant("UInt8", "1", 2), constant("String", "def", 2)}), (Result{"UInt8", {"1", "3"}}));
    EXPECT_EQ(evaluate("tupleElement", {pairs, constant("String", "c", 2), constant("UInt8", "5", 2)}), (Result{"UInt8", {"5", "5"}}));
}

TEST(FunctionsTuple, MapConstructor)
{
    EXPECT_EQ(evaluate("map", {constant("String", "k", 2), column("UInt8", {"1", "2"}), constant("String", "l", 2), constant("UInt16", "300", 2)}),
              (Result{"Map(String, UInt16)", {"{'k':1,'l':300}", "{'k':2,'l':300}"}}));
    EXPECT_EQ(evaluate("map", {column("String", {"a"}), column("Array(UInt8)", {"[1,2]"})}), (Result{"Map(String, Array(UInt8))", {"{'a':[1,2]}"}}));
    EXPECT_EQ(evaluate("map", {column("UInt8", {"1"}), column("String", {"a"}), column("Float64", {"2.5"}), column("String", {"b"})}),
              (Result{"Map(Float64, String)", {"{1:'a',2.5:'b'}"}}));
    EXPECT_EQ(errorOf("map", {column("String", {"a"}), column("UInt8", {"1"}), column("String", {"b"})}),
              (std::pair<int, std::string>{ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Function map requires even number of arguments, but 3 given"}));
}

TEST(FunctionsTuple, MapKeysAndValues)
{
    auto maps = column("Map(String, UInt64)", {"{'clicks':3,'views':10}", "{}"});
    EXPECT_EQ(evaluate("mapKeys", {maps}), (Result{"Array(String)", {"['clicks','views']", "[]"}}));
    EXPECT_EQ(evaluate("mapValues", {maps}), (Result{"Array(UInt64)", {"[3,10]", "[]"}}));
    EXPECT_EQ(errorOf("mapKeys", {column("String", {"a"})}).first, ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT);
}

TEST(FunctionsTuple, MapKeepsLowCardinalityKeys)
{
    auto keys = run("toLowCardinality", {column("String", {"a"})});
    EXPECT_EQ(evaluate("map", {keys, column("UInt8", {"1"})}), (Result{"Map(LowCardinality(String), UInt8)", {"{'a':1}"}}));
}
