// Comparisons: mixed signedness, floats with NaN, strings, dates against string literals,
// decimals of different scales, UUIDs and NULLs.
#include <gtest/gtest.h>

#include "CoreFunctionTestHelpers.h"

using namespace datastore;
using namespace datastore::functions::test;
using Result = std::pair<std::string, Rows>;

TEST(FunctionsComparison, Numbers)
{
    EXPECT_EQ(evaluate("equals", {column("UInt64", {"18446744073709551615"}), column("Int8", {"-1"})}), (Result{"UInt8", {"0"}}));
    EXPECT_EQ(evaluate("less", {column("Int8", {"-1"}), column("UInt64", {"1"})}), (Result{"UInt8", {"1"}}));
    EXPECT_EQ(evaluate("greater", {column("UInt32", {"3", "1"}), constant("Float64", "2.5", 2)}), (Result{"UInt8", {"1", "0"}}));
    EXPECT_EQ(evaluate("equals", {column("Float64", {"nan"}), column("Float64", {"nan"})}), (Result{"UInt8", {"0"}}));
    EXPECT_EQ(evaluate("notEquals", {column("Float64", {"nan"}), column("Float64", {"nan"})}), (Result{"UInt8", {"1"}}));
    EXPECT_EQ(evaluate("lessOrEquals", {constant("Int16", "5", 3), column("UInt16", {"4", "5", "6"})}), (Result{"UInt8", {"0", "1", "1"}}));
    EXPECT_EQ(evaluate("greaterOrEquals", {column("Bool", {"true"}), column("UInt8", {"1"})}), (Result{"UInt8", {"1"}}));
}

TEST(FunctionsComparison, Strings)
{
    EXPECT_EQ(evaluate("less", {column("String", {"a", "b", "ab", ""}), constant("String", "ab", 4)}), (Result{"UInt8", {"1", "0", "0", "1"}}));
    EXPECT_EQ(evaluate("equals", {column("String", {"x", "y"}), column("String", {"x", "z"})}), (Result{"UInt8", {"1", "0"}}));
    EXPECT_EQ(evaluate("greater", {column("String", {"\xff"}), column("String", {"a"})}), (Result{"UInt8", {"1"}}));
}

TEST(FunctionsComparison, DatesAgainstStrings)
{
    EXPECT_EQ(evaluate("equals", {column("Date", {"2026-01-01", "2026-01-02"}), constant("String", "2026-01-01", 2)}),
              (Result{"UInt8", {"1", "0"}}));
    EXPECT_EQ(evaluate("less", {column("DateTime('UTC')", {"2026-01-01 00:00:00"}), constant("String", "2026-01-02 00:00:00", 1)}),
              (Result{"UInt8", {"1"}}));
    EXPECT_EQ(evaluate("less", {column("Date", {"2026-01-01"}), column("DateTime('UTC')", {"2026-01-01 00:00:01"})}), (Result{"UInt8", {"1"}}));
    EXPECT_EQ(errorOf("equals", {column("Date", {"2026-01-01"}), constant("String", "not a date", 1)}),
              (std::pair<int, std::string>{53, "Cannot convert string 'not a date' to type Date"}));
    EXPECT_EQ(errorOf("equals", {constant("String", "a", 1), column("UInt8", {"1"})}),
              (std::pair<int, std::string>{53, "Cannot convert string 'a' to type UInt8"}));
    EXPECT_EQ(evaluate("equals", {column("UInt8", {"1", "2"}), constant("String", "1", 2)}), (Result{"UInt8", {"1", "0"}}));
}

TEST(FunctionsComparison, DecimalsAndUUID)
{
    EXPECT_EQ(evaluate("equals", {column("Decimal(9, 2)", {"1.5"}), column("Decimal(18, 3)", {"1.5"})}), (Result{"UInt8", {"1"}}));
    EXPECT_EQ(evaluate("less", {column("Decimal(9, 2)", {"1.25"}), column("Int32", {"2"})}), (Result{"UInt8", {"1"}}));
    EXPECT_EQ(evaluate("equals", {column("UUID", {"61f0c404-5cb3-11e7-907b-a6006ad3dba0"}), constant("String", "61f0c404-5cb3-11e7-907b-a6006ad3dba0", 1)}),
              (Result{"UInt8", {"1"}}));
    EXPECT_EQ(evaluate("less", {column("UUID", {"00000000-0000-0000-0000-000000000001"}), column("UUID", {"00000000-0000-0001-0000-000000000000"})}),
              (Result{"UInt8", {"1"}}));
}

TEST(FunctionsComparison, NullsAndErrors)
{
    EXPECT_EQ(evaluate("equals", {column("Nullable(Int32)", {"1", "NULL"}), column("Int32", {"1", "1"})}), (Result{"Nullable(UInt8)", {"1", "NULL"}}));
    EXPECT_EQ(errorOf("equals", {column("UInt8", {"1"})}).first, 42);
    EXPECT_EQ(errorOf("equals", {column("Array(UInt8)", {"[1]"}), column("UInt8", {"1"})}).first, 43);
}

TEST(FunctionsComparison, EnumsFixedStringsLowCardinality)
{
    auto colors = column("Enum8('red' = 1, 'green' = 2)", {"red", "green"});
    EXPECT_EQ(evaluate("equals", {colors, constant("String", "green", 2)}), (Result{"UInt8", {"0", "1"}}));
    EXPECT_EQ(evaluate("less", {colors, constant("String", "green", 2)}), (Result{"UInt8", {"1", "0"}}));
    EXPECT_EQ(evaluate("equals", {colors, constant("UInt8", "1", 2)}), (Result{"UInt8", {"1", "0"}}));
    EXPECT_EQ(errorOf("equals", {column("Date", {"1970-01-02"}), constant("UInt8", "1", 1)}),
              (std::pair<int, std::string>{43, "Illegal types of arguments (Date, UInt8) of function equals"}));
    EXPECT_EQ(evaluate("equals", {column("FixedString(2)", {"ab", "cd"}), constant("String", "ab", 2)}), (Result{"UInt8", {"1", "0"}}));
    EXPECT_EQ(evaluate("equals", {column("LowCardinality(String)", {"x", "y"}), constant("String", "y", 2)}), (Result{"LowCardinality(UInt8)", {"0", "1"}}));
    EXPECT_EQ(evaluate("equals", {column("Tuple(UInt8, String)", {"(1,'a')", "(2,'b')"}), column("Tuple(UInt8, String)", {"(1,'a')", "(2,'c')"})}),
              (Result{"UInt8", {"1", "0"}}));
}
