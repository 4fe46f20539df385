// array(...), element access on arrays and maps, has/indexOf, range, emptyArrayX and length of
// arrays: results and types as ClickHouse gives them, and the errors for bad arguments.
#include <gtest/gtest.h>

#include "CoreFunctionTestHelpers.h"

using namespace datastore;
using namespace datastore::functions::test;
using Result = std::pair<std::string, Rows>;

TEST(FunctionsArray, Constructor)
{
    EXPECT_EQ(evaluate("array", {column("UInt8", {"1", "2"}), column("UInt16", {"300", "4"})}),
              (Result{"Array(UInt16)", {"[1,300]", "[2,4]"}}));
    EXPECT_EQ(evaluate("array", {column("UInt8", {"1"}), column("Int8", {"-1"})}), (Result{"Array(Int16)", {"[1,-1]"}}));
    EXPECT_EQ(evaluate("array", {column("UInt8", {"1"}), nullConstant(1)}), (Result{"Array(Nullable(UInt8))", {"[1,NULL]"}}));
    EXPECT_EQ(evaluate("array", {constant("String", "a", 2), column("String", {"b", "c"})}), (Result{"Array(String)", {"['a','b']", "['a','c']"}}));
    EXPECT_EQ(errorOf("array", {column("UInt8", {"1"}), column("String", {"a"})}).first, ErrorCodes::NO_COMMON_TYPE);
}

TEST(FunctionsArray, ElementOfArray)
{
    auto arrays = column("Array(String)", {"['a','b']", "[]", "['x']"});
    EXPECT_EQ(evaluate("arrayElement", {arrays, constant("UInt8", "1", 3)}), (Result{"String", {"a", "", "x"}}));
    EXPECT_EQ(evaluate("arrayElement", {arrays, constant("Int8", "-1", 3)}), (Result{"String", {"b", "", "x"}}));
    EXPECT_EQ(evaluate("arrayElement", {arrays, column("Int64", {"2", "1", "0"})}), (Result{"String", {"b", "", ""}}));
    auto nullable = column("Array(Nullable(Int32))", {"[1,NULL,-3]", "[7]"});
    EXPECT_EQ(evaluate("arrayElement", {nullable, constant("UInt8", "2", 2)}), (Result{"Nullable(Int32)", {"NULL", "NULL"}}));
    EXPECT_EQ(evaluate("arrayElement", {nullable, constant("UInt8", "3", 2)}), (Result{"Nullable(Int32)", {"-3", "NULL"}}));
    EXPECT_EQ(evaluate("arrayElement", {constant("Array(UInt8)", "[1,2]", 2), column("Nullable(UInt8)", {"NULL", "2"})}),
              (Result{"Nullable(UInt8)", {"NULL", "2"}}));
    EXPECT_EQ(errorOf("arrayElement", {arrays, constant("String", "a", 3)}).first, ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT);
    EXPECT_EQ(errorOf("arrayElement", {column("UInt8", {"1"}), constant("UInt8", "1", 1)}).first, ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT);
}

TEST(FunctionsArray, ElementOfMap)
{
    auto maps = column("Map(String, UInt64)", {"{'clicks':3,'views':10}", "{}", "{'a':1}"});
    EXPECT_EQ(evaluate("arrayElement", {maps, constant("String", "views", 3)}), (Result{"UInt64", {"10", "0", "0"}}));
    EXPECT_EQ(evaluate("arrayElement", {maps, column("String", {"clicks", "x", "a"})}), (Result{"UInt64", {"3", "0", "1"}}));
    EXPECT_EQ(errorOf("arrayElement", {maps, constant("UInt8", "1", 3)}),
              (std::pair<int, std::string>{ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                                           "Illegal types of arguments: Map(String, UInt64), UInt8 for function arrayElement"}));
}

TEST(FunctionsArray, HasAndIndexOf)
{
    auto arrays = column("Array(String)", {"['a','b']", "[]", "['b','b']"});
    EXPECT_EQ(evaluate("has", {arrays, constant("String", "b", 3)}), (Result{"UInt8", {"1", "0", "1"}}));
    EXPECT_EQ(evaluate("indexOf", {arrays, constant("String", "b", 3)}), (Result{"UInt64", {"2", "0", "1"}}));
    EXPECT_EQ(evaluate("has", {column("Array(UInt8)", {"[1,2]"}), constant("UInt16", "1000", 1)}), (Result{"UInt8", {"0"}}));
    EXPECT_EQ(evaluate("indexOf", {column("Array(Nullable(UInt8))", {"[1,2,NULL]"}), nullConstant(1)}), (Result{"UInt64", {"3"}}));
    EXPECT_EQ(errorOf("has", {column("Array(String)", {"['a']"}), constant("UInt8", "1", 1)}).first, ErrorCodes::NO_COMMON_TYPE);
}

TEST(FunctionsArray, RangeAndEmptyArrays)
{
    EXPECT_EQ(evaluate("range", {column("UInt8", {"5", "0"})}), (Result{"Array(UInt8)", {"[0,1,2,3,4]", "[]"}}));
    EXPECT_EQ(evaluate("range", {column("UInt8", {"2"}), constant("UInt8", "10", 1), constant("UInt8", "3", 1)}),
              (Result{"Array(UInt8)", {"[2,5,8]"}}));
    EXPECT_EQ(errorOf("range", {column("Int8", {"-2"})}).first, ErrorCodes::ARGUMENT_OUT_OF_BOUND);
    EXPECT_EQ(errorOf("range", {column("String", {"2"})}).first, ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT);
    EXPECT_EQ(evaluate("emptyArrayString", {}), (Result{"Array(String)", {"[]"}}));
    EXPECT_EQ(evaluate("emptyArrayUInt8", {}), (Result{"Array(UInt8)", {"[]"}}));
}

TEST(FunctionsArray, LengthOfArraysAndMaps)
{
    auto arrays = column("Array(String)", {"['a','b']", "[]"});
    EXPECT_EQ(evaluate("length", {arrays}), (Result{"UInt64", {"2", "0"}}));
    EXPECT_EQ(evaluate("empty", {arrays}), (Result{"UInt8", {"0", "1"}}));
    EXPECT_EQ(evaluate("notEmpty", {arrays}), (Result{"UInt8", {"1", "0"}}));
    EXPECT_EQ(evaluate("length", {column("Map(String, String)", {"{'a':'1','b':'2'}", "{}"})}), (Result{"UInt64", {"2", "0"}}));
    EXPECT_EQ(errorOf("lengthUTF8", {arrays}).first, ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT);
}

TEST(FunctionsArray, Sort)
{
    auto arrays = column("Array(Nullable(Float64))", {"[3,NULL,1,nan,2]", "[]", "[2,1]"});
    EXPECT_EQ(evaluate("arraySort", {arrays}), (Result{"Array(Nullable(Float64))", {"[1,2,3,nan,NULL]", "[]", "[1,2]"}}));
    EXPECT_EQ(evaluate("arrayReverseSort", {arrays}), (Result{"Array(Nullable(Float64))", {"[3,2,1,nan,NULL]", "[]", "[2,1]"}}));
    EXPECT_EQ(evaluate("arraySort", {column("Array(String)", {"['b','a']"})}), (Result{"Array(String)", {"['a','b']"}}));
    EXPECT_EQ(errorOf("arraySort", {column("UInt8", {"1"})}).first, ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT);
}

TEST(FunctionsArray, LowCardinality)
{
    auto lc = run("toLowCardinality", {column("String", {"a", "b"})});
    EXPECT_EQ(evaluate("array", {lc}), (Result{"Array(LowCardinality(String))", {"['a']", "['b']"}}));
    EXPECT_EQ(evaluate("array", {lc, column("String", {"x", "y"})}), (Result{"Array(String)", {"['a','x']", "['b','y']"}}));
    auto arrays = column("Array(LowCardinality(Nullable(String)))", {"['a',NULL]"});
    EXPECT_EQ(evaluate("arrayElement", {arrays, constant("UInt8", "1", 1)}), (Result{"Nullable(String)", {"a"}}));
    EXPECT_EQ(evaluate("arrayElement", {arrays, constant("UInt8", "2", 1)}), (Result{"Nullable(String)", {"NULL"}}));
}

TEST(FunctionsArray, Concat)
{
    EXPECT_EQ(evaluate("arrayConcat", {column("Array(UInt8)", {"[1]", "[]"}), column("Array(Int8)", {"[-1,2]", "[]"}), constant("Array(UInt16)", "[300]", 2)}),
              (Result{"Array(Int32)", {"[1,-1,2,300]", "[300]"}}));
    EXPECT_EQ(evaluate("arrayConcat", {column("Array(String)", {"['a']"})}), (Result{"Array(String)", {"['a']"}}));
    EXPECT_EQ(errorOf("arrayConcat", {column("Array(UInt8)", {"[1]"}), column("UInt8", {"2"})}),
              (std::pair<int, std::string>{ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Argument 1 for function arrayConcat must be an array but it has type UInt8"}));
}
