// toX conversions, their OrZero/OrNull forms and CAST: numbers, strings, dates, decimals,
// Nullable targets and the ClickHouse parse errors.
#include <gtest/gtest.h>

#include "CoreFunctionTestHelpers.h"

using namespace datastore;
using namespace datastore::functions::test;
using Result = std::pair<std::string, Rows>;

TEST(FunctionsConversion, Numbers)
{
    EXPECT_EQ(evaluate("toUInt8", {column("Int32", {"300", "-1"})}), (Result{"UInt8", {"44", "255"}}));
    EXPECT_EQ(evaluate("toInt8", {column("UInt8", {"200"})}), (Result{"Int8", {"-56"}}));
    EXPECT_EQ(evaluate("toInt32", {column("Float64", {"-1.9", "1.9"})}), (Result{"Int32", {"-1", "1"}}));
    EXPECT_EQ(evaluate("toFloat32", {column("UInt64", {"3"})}), (Result{"Float32", {"3"}}));
    EXPECT_EQ(evaluate("toBool", {column("Int32", {"2", "0"})}), (Result{"Bool", {"true", "false"}}));
    EXPECT_EQ(errorOf("toUInt8", {column("Float64", {"nan"})}),
              (std::pair<int, std::string>{70, "Unexpected inf or nan to integer conversion"}));
}

TEST(FunctionsConversion, ParseStrings)
{
    EXPECT_EQ(evaluate("toUInt8", {column("String", {"300", "+7"})}), (Result{"UInt8", {"44", "7"}}));
    EXPECT_EQ(evaluate("toInt64", {column("String", {"-9223372036854775808"})}), (Result{"Int64", {"-9223372036854775808"}}));
    EXPECT_EQ(evaluate("toFloat64", {column("String", {"1e3", "-inf", "nan", ".5"})}), (Result{"Float64", {"1000", "-inf", "nan", "0.5"}}));
    EXPECT_EQ(errorOf("toUInt64", {column("String", {"abc"})}),
              (std::pair<int, std::string>{6, "Cannot parse string 'abc' as UInt64: syntax error at begin of string. Note: there are "
                                              "toUInt64OrZero and toUInt64OrNull functions, which returns zero/NULL instead of throwing exception"}));
    EXPECT_EQ(errorOf("toUInt8", {column("String", {"1.5"})}),
              (std::pair<int, std::string>{6, "Cannot parse string '1.5' as UInt8: syntax error at position 1 (parsed just '1'). Note: there are "
                                              "toUInt8OrZero and toUInt8OrNull functions, which returns zero/NULL instead of throwing exception"}));
    EXPECT_EQ(errorOf("toInt32", {column("String", {""})}).first, 32);
    EXPECT_EQ(errorOf("toInt32", {column("String", {" 1"})}).first, 6);
    EXPECT_EQ(errorOf("toUInt64", {column("String", {"-1"})}).first, 72);
}

TEST(FunctionsConversion, OrZeroOrNull)
{
    EXPECT_EQ(evaluate("toUInt8OrZero", {column("String", {"abc", "12"})}), (Result{"UInt8", {"0", "12"}}));
    EXPECT_EQ(evaluate("toInt32OrNull", {column("String", {" 1", "1", "x"})}), (Result{"Nullable(Int32)", {"NULL", "1", "NULL"}}));
    EXPECT_EQ(evaluate("toDateOrNull", {column("String", {"2020-01-02", "nope"})}), (Result{"Nullable(Date)", {"2020-01-02", "NULL"}}));
    EXPECT_EQ(evaluate("toUInt8OrNull", {column("Nullable(String)", {"NULL", "x", "5"})}), (Result{"Nullable(UInt8)", {"NULL", "NULL", "5"}}));
}

TEST(FunctionsConversion, ToStringAndBack)
{
    EXPECT_EQ(evaluate("toString", {column("Float64", {"1.5", "1e20"})}), (Result{"String", {"1.5", "100000000000000000000"}}));
    EXPECT_EQ(evaluate("toString", {column("Date", {"2020-01-02"})}), (Result{"String", {"2020-01-02"}}));
    EXPECT_EQ(evaluate("toString", {column("DateTime('UTC')", {"2020-01-02 03:04:05"}), constant("String", "Asia/Tokyo", 1)}),
              (Result{"String", {"2020-01-02 12:04:05"}}));
    EXPECT_EQ(evaluate("toString", {column("DateTime64(3, 'UTC')", {"2020-01-01 00:00:00.5"}), constant("String", "Asia/Tokyo", 1)}),
              (Result{"String", {"2020-01-01 09:00:00.500"}}));
    EXPECT_EQ(evaluate("toUUID", {column("String", {"61f0c404-5cb3-11e7-907b-a6006ad3dba0"})}),
              (Result{"UUID", {"61f0c404-5cb3-11e7-907b-a6006ad3dba0"}}));
    EXPECT_EQ(evaluate("toFixedString", {column("String", {"ab"}), constant("UInt8", "3", 1)}).first, "FixedString(3)");
}

TEST(FunctionsConversion, DatesAndDecimals)
{
    EXPECT_EQ(evaluate("toDate", {column("String", {"2026-01-01"})}), (Result{"Date", {"2026-01-01"}}));
    EXPECT_EQ(evaluate("toDate", {column("UInt16", {"1"})}), (Result{"Date", {"1970-01-02"}}));
    EXPECT_EQ(evaluate("toDateTime", {column("UInt32", {"86400"}), constant("String", "UTC", 1)}), (Result{"DateTime('UTC')", {"1970-01-02 00:00:00"}}));
    EXPECT_EQ(evaluate("toDate", {column("DateTime('Asia/Tokyo')", {"2020-01-02 03:00:00"})}), (Result{"Date", {"2020-01-02"}}));
    EXPECT_EQ(evaluate("toDateTime64", {column("String", {"2026-02-23 12:00:00"}), constant("UInt8", "3", 1), constant("String", "UTC", 1)}),
              (Result{"DateTime64(3, 'UTC')", {"2026-02-23 12:00:00.000"}}));
    EXPECT_EQ(evaluate("toDecimal32", {column("Float64", {"1.239", "-1.239"}), constant("UInt8", "2", 2)}), (Result{"Decimal(9, 2)", {"1.23", "-1.23"}}));
    EXPECT_EQ(evaluate("toDecimal64", {column("Int32", {"5"}), constant("UInt8", "3", 1)}).first, "Decimal(18, 3)");
    EXPECT_EQ(evaluate("toDecimal32", {column("String", {"1.234"}), constant("UInt8", "2", 1)}), (Result{"Decimal(9, 2)", {"1.23"}}));
    EXPECT_EQ(evaluate("toFloat64", {column("Decimal(9, 2)", {"-1.25"})}), (Result{"Float64", {"-1.25"}}));
    EXPECT_EQ(evaluate("toInt32", {column("Decimal(9, 2)", {"-1.25"})}), (Result{"Int32", {"-1"}}));
}

TEST(FunctionsConversion, Cast)
{
    EXPECT_EQ(evaluate("CAST", {column("String", {"12"}), constant("String", "UInt16", 1)}), (Result{"UInt16", {"12"}}));
    EXPECT_EQ(evaluate("CAST", {column("Nullable(String)", {"12", "NULL"}), constant("String", "Nullable(Int64)", 2)}),
              (Result{"Nullable(Int64)", {"12", "NULL"}}));
    EXPECT_EQ(evaluate("_CAST", {column("UInt8", {"1"}), constant("String", "Nullable(String)", 1)}), (Result{"Nullable(String)", {"1"}}));
    EXPECT_EQ(evaluate("CAST", {nullConstant(1), constant("String", "Nullable(UInt8)", 1)}), (Result{"Nullable(UInt8)", {"NULL"}}));
    EXPECT_EQ(errorOf("CAST", {column("Nullable(UInt8)", {"NULL"}), constant("String", "UInt8", 1)}).first, 349);
    EXPECT_EQ(errorOf("CAST", {column("String", {"1.5"}), constant("String", "UInt8", 1)}).first, 6);
    EXPECT_EQ(evaluate("CAST", {column("String", {"abc", "", "7"}), constant("String", "Nullable(UInt8)", 3)}),
              (Result{"Nullable(UInt8)", {"NULL", "NULL", "7"}}));
    EXPECT_EQ(evaluate("CAST", {column("Int32", {"300", "-1"}), constant("String", "UInt8", 2)}), (Result{"UInt8", {"44", "255"}}));
    EXPECT_EQ(errorOf("toDecimal32", {column("Float64", {"1e10"}), constant("UInt8", "2", 1)}),
              (std::pair<int, std::string>{407, "Decimal convert overflow. Float is out of Decimal range"}));
    EXPECT_EQ(errorOf("toDecimal32", {column("UInt32", {"100000000"}), constant("UInt8", "2", 1)}).first, 407);
    EXPECT_EQ(evaluate("toDecimal32", {column("UInt32", {"10000000"}), constant("UInt8", "2", 1)}), (Result{"Decimal(9, 2)", {"10000000"}}));
    EXPECT_EQ(errorOf("toFixedString", {column("String", {"abcd"}), constant("UInt8", "2", 1)}).first, 131);
    EXPECT_EQ(errorOf("toUUID", {column("String", {"abc"})}).first, 376);
    EXPECT_EQ(errorOf("toDateTime", {column("String", {"abc"})}).first, 41);
    EXPECT_EQ(errorOf("CAST", {column("String", {"1"}), column("String", {"UInt8"})}).first, 43);
}

TEST(FunctionsConversion, CompositeAndLowCardinality)
{
    EXPECT_EQ(evaluate("CAST", {column("Array(UInt8)", {"[1,2]", "[]"}), constant("String", "Array(String)", 2)}),
              (Result{"Array(String)", {"['1','2']", "[]"}}));
    EXPECT_EQ(evaluate("CAST", {column("Tuple(UInt8, String)", {"(1,'5')"}), constant("String", "Tuple(Int64, UInt8)", 1)}),
              (Result{"Tuple(Int64, UInt8)", {"(1,5)"}}));
    EXPECT_EQ(evaluate("CAST", {column("Map(String, UInt8)", {"{'a':1}"}), constant("String", "Map(String, Float64)", 1)}),
              (Result{"Map(String, Float64)", {"{'a':1}"}}));
    EXPECT_EQ(evaluate("CAST", {column("String", {"[1, 2]"}), constant("String", "Array(UInt32)", 1)}), (Result{"Array(UInt32)", {"[1,2]"}}));
    EXPECT_EQ(evaluate("CAST", {column("String", {"a", "b", "a"}), constant("String", "LowCardinality(String)", 3)}),
              (Result{"LowCardinality(String)", {"a", "b", "a"}}));
    EXPECT_EQ(evaluate("toUInt32", {column("LowCardinality(String)", {"7", "8"})}), (Result{"LowCardinality(UInt32)", {"7", "8"}}));
    EXPECT_EQ(errorOf("CAST", {column("Tuple(UInt8)", {"(1)"}), constant("String", "Tuple(UInt8, UInt8)", 1)}).first, 53);
}

TEST(FunctionsConversion, AccurateCast)
{
    EXPECT_EQ(evaluate("accurateCast", {column("Int32", {"200"}), constant("String", "UInt8", 1)}), (Result{"UInt8", {"200"}}));
    EXPECT_EQ(errorOf("accurateCast", {column("UInt16", {"300"}), constant("String", "UInt8", 1)}),
              (std::pair<int, std::string>{70, "Value in column UInt16 cannot be safely converted into type UInt8"}));
    EXPECT_EQ(errorOf("accurateCast", {column("Int8", {"-1"}), constant("String", "UInt64", 1)}).first, 70);
    EXPECT_EQ(errorOf("accurateCast", {column("Float64", {"1.5"}), constant("String", "UInt8", 1)}).first, 70);
    EXPECT_EQ(errorOf("accurateCast", {column("Float64", {"1e40"}), constant("String", "Float32", 1)}).first, 70);
    EXPECT_EQ(evaluate("accurateCastOrNull", {column("Int32", {"300", "-1", "5"}), constant("String", "UInt8", 3)}),
              (Result{"Nullable(UInt8)", {"NULL", "NULL", "5"}}));
    EXPECT_EQ(evaluate("accurateCastOrNull", {column("String", {"abc", "7"}), constant("String", "UInt8", 2)}),
              (Result{"Nullable(UInt8)", {"NULL", "7"}}));
}
