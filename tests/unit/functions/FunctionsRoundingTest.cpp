// round, roundBankers, floor, ceil and trunc on floats, integers and Decimals, with and
// without a number of decimal places, compared against ClickHouse's results.
#include <gtest/gtest.h>

#include "CoreFunctionTestHelpers.h"

using namespace datastore;
using namespace datastore::functions::test;
using Result = std::pair<std::string, Rows>;

TEST(FunctionsRounding, FloatsRoundHalfToEven)
{
    auto x = column("Float64", {"2.5", "3.5", "-2.5", "0.5", "1.5", "2.7"});
    EXPECT_EQ(evaluate("round", {x}), (Result{"Float64", {"2", "4", "-2", "0", "2", "3"}}));
    EXPECT_EQ(evaluate("floor", {x}), (Result{"Float64", {"2", "3", "-3", "0", "1", "2"}}));
    EXPECT_EQ(evaluate("ceil", {x}), (Result{"Float64", {"3", "4", "-2", "1", "2", "3"}}));
    EXPECT_EQ(evaluate("trunc", {x}), (Result{"Float64", {"2", "3", "-2", "0", "1", "2"}}));
    EXPECT_EQ(evaluate("round", {column("Float32", {"2.5"})}), (Result{"Float32", {"2"}}));
}

TEST(FunctionsRounding, FloatsWithPlaces)
{
    auto x = column("Float64", {"3.14159", "2.675", "1.005", "0.125", "123.456"});
    EXPECT_EQ(evaluate("round", {x, constant("UInt8", "2", 5)}), (Result{"Float64", {"3.14", "2.68", "1", "0.12", "123.46"}}));
    EXPECT_EQ(evaluate("round", {x, constant("Int8", "-1", 5)}), (Result{"Float64", {"0", "0", "0", "0", "120"}}));
    EXPECT_EQ(evaluate("ceil", {column("Float64", {"1234.5678"}), constant("UInt8", "2", 1)}), (Result{"Float64", {"1234.57"}}));
    EXPECT_EQ(evaluate("round", {column("Float64", {"2.5"}), constant("UInt16", "400", 1)}), (Result{"Float64", {"2.5"}}));
}

TEST(FunctionsRounding, IntegersRoundHalfAwayFromZero)
{
    auto x = column("Int32", {"1250", "-1250", "1350", "-1234", "1234"});
    auto n = constant("Int8", "-2", 5);
    EXPECT_EQ(evaluate("round", {x, n}), (Result{"Int32", {"1300", "-1300", "1400", "-1200", "1200"}}));
    EXPECT_EQ(evaluate("roundBankers", {x, n}), (Result{"Int32", {"1200", "-1200", "1400", "-1200", "1200"}}));
    EXPECT_EQ(evaluate("floor", {x, n}), (Result{"Int32", {"1200", "-1300", "1300", "-1300", "1200"}}));
    EXPECT_EQ(evaluate("ceil", {x, n}), (Result{"Int32", {"1300", "-1200", "1400", "-1200", "1300"}}));
    EXPECT_EQ(evaluate("trunc", {x, n}), (Result{"Int32", {"1200", "-1200", "1300", "-1200", "1200"}}));
    EXPECT_EQ(evaluate("round", {column("UInt8", {"7"})}), (Result{"UInt8", {"7"}}));
    EXPECT_EQ(evaluate("floor", {column("UInt8", {"255"}), constant("Int8", "-1", 1)}), (Result{"UInt8", {"250"}}));
}

TEST(FunctionsRounding, Decimals)
{
    EXPECT_EQ(evaluate("round", {column("Decimal(18, 3)", {"2.345", "-2.345"}), constant("UInt8", "2", 2)}),
              (Result{"Decimal(18, 3)", {"2.35", "-2.35"}}));
    EXPECT_EQ(evaluate("round", {column("Decimal(9, 1)", {"-2.5"})}), (Result{"Decimal(9, 1)", {"-3"}}));
    EXPECT_EQ(evaluate("roundBankers", {column("Decimal(9, 1)", {"2.5"})}), (Result{"Decimal(9, 1)", {"2"}}));
    EXPECT_EQ(evaluate("ceil", {column("Decimal(9, 2)", {"1.25"}), constant("UInt8", "1", 1)}), (Result{"Decimal(9, 2)", {"1.3"}}));
    EXPECT_EQ(evaluate("floor", {column("Decimal(9, 2)", {"-1.25"}), constant("UInt8", "1", 1)}), (Result{"Decimal(9, 2)", {"-1.3"}}));
    EXPECT_EQ(evaluate("ceil", {column("Decimal(9, 2)", {"1.25"}), constant("UInt8", "5", 1)}), (Result{"Decimal(9, 2)", {"1.25"}}));
    EXPECT_EQ(evaluate("round", {column("Decimal(9, 2)", {"1.25"}), constant("Int8", "-1", 1)}), (Result{"Decimal(9, 2)", {"0"}}));
}

TEST(FunctionsRounding, NullsAndAliases)
{
    EXPECT_EQ(evaluate("round", {column("Nullable(Float64)", {"2.5", "NULL"})}), (Result{"Nullable(Float64)", {"2", "NULL"}}));
    EXPECT_EQ(evaluate("ceiling", {column("Float64", {"1.2"})}), (Result{"Float64", {"2"}}));
    EXPECT_EQ(evaluate("truncate", {column("Float64", {"1.29"}), constant("UInt8", "1", 1)}), (Result{"Float64", {"1.2"}}));
}

TEST(FunctionsRounding, BadArguments)
{
    EXPECT_EQ(errorOf("round", {column("String", {"a"})}).first, ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT);
    EXPECT_EQ(errorOf("round", {column("Float64", {"1.5"}), constant("Float64", "1.5", 1)}).first, ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT);
    EXPECT_EQ(errorOf("round", {column("Float64", {"1.5"}), column("UInt8", {"1"})}).first, ErrorCodes::ILLEGAL_COLUMN);
    EXPECT_EQ(errorOf("round", {column("Float64", {"1"}), constant("UInt8", "1", 1), constant("UInt8", "1", 1)}).first,
              ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH);
}
