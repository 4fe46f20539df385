// if and multiIf: supertype of branches, NULL conditions, constant conditions.
#include <gtest/gtest.h>

#include "CoreFunctionTestHelpers.h"

using namespace datastore;
using namespace datastore::functions::test;
using Result = std::pair<std::string, Rows>;

TEST(FunctionIf, PicksRowsInSupertype)
{
    auto condition = column("UInt8", {"1", "0", "1"});
    EXPECT_EQ(evaluate("if", {condition, column("UInt8", {"1", "2", "3"}), column("Int8", {"-1", "-2", "-3"})}),
              (Result{"Int16", {"1", "-2", "3"}}));
    EXPECT_EQ(evaluate("if", {condition, column("String", {"a", "b", "c"}), constant("String", "z", 3)}), (Result{"String", {"a", "z", "c"}}));
    EXPECT_EQ(evaluate("if", {condition, column("UInt8", {"1", "2", "3"}), nullConstant(3)}), (Result{"Nullable(UInt8)", {"1", "NULL", "3"}}));
    EXPECT_EQ(evaluate("if", {column("Nullable(UInt8)", {"1", "NULL"}), column("UInt8", {"1", "2"}), column("UInt8", {"3", "4"})}),
              (Result{"UInt8", {"1", "4"}}));
    EXPECT_EQ(evaluate("if", {constant("UInt8", "0", 2), column("UInt8", {"1", "2"}), column("UInt16", {"3", "4"})}), (Result{"UInt16", {"3", "4"}}));
    EXPECT_EQ(evaluate("if", {condition, column("Nullable(String)", {"a", "NULL", "NULL"}), column("String", {"x", "y", "z"})}),
              (Result{"Nullable(String)", {"a", "y", "NULL"}}));
}

TEST(FunctionIf, MultiIf)
{
    EXPECT_EQ(evaluate("multiIf", {column("UInt8", {"1", "0", "0"}), constant("UInt8", "1", 3), column("UInt8", {"1", "1", "0"}),
                                   constant("Int16", "2", 3), constant("Float64", "3.5", 3)}),
              (Result{"Float64", {"1", "2", "3.5"}}));
    EXPECT_EQ(evaluate("multiIf", {nullConstant(1), constant("UInt8", "1", 1), constant("UInt8", "2", 1)}), (Result{"UInt8", {"2"}}));
}

TEST(FunctionIf, Errors)
{
    EXPECT_EQ(errorOf("if", {column("String", {"a"}), column("UInt8", {"1"}), column("UInt8", {"1"})}),
              (std::pair<int, std::string>{43, "Illegal type String of first argument (condition) of function if. Must be UInt8"}));
    EXPECT_EQ(errorOf("if", {column("Int32", {"1"}), column("UInt8", {"1"}), column("UInt8", {"1"})}).first, 43);
    EXPECT_EQ(errorOf("multiIf", {column("UInt8", {"1"}), column("UInt8", {"1"})}),
              (std::pair<int, std::string>{42, "Invalid number of arguments for function multiIf"}));
    EXPECT_EQ(errorOf("if", {column("UInt8", {"1"}), column("String", {"a"}), column("UInt8", {"1"})}).first, 386);
}
