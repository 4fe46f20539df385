// and/or/xor/not with three-valued NULL logic and any number of arguments.
#include <gtest/gtest.h>

#include "CoreFunctionTestHelpers.h"

using namespace datastore;
using namespace datastore::functions::test;
using Result = std::pair<std::string, Rows>;

TEST(FunctionsLogical, TernaryLogic)
{
    auto left = column("Nullable(UInt8)", {"NULL", "NULL", "NULL", "1", "0"});
    auto right = column("UInt8", {"0", "1", "2", "1", "1"});
    EXPECT_EQ(evaluate("and", {left, right}), (Result{"Nullable(UInt8)", {"0", "NULL", "NULL", "1", "0"}}));
    EXPECT_EQ(evaluate("or", {left, right}), (Result{"Nullable(UInt8)", {"NULL", "1", "1", "1", "1"}}));
    EXPECT_EQ(evaluate("and", {nullConstant(2), column("UInt8", {"0", "1"})}), (Result{"Nullable(UInt8)", {"0", "NULL"}}));
    EXPECT_EQ(evaluate("or", {nullConstant(2), column("UInt8", {"0", "1"})}), (Result{"Nullable(UInt8)", {"NULL", "1"}}));
    EXPECT_EQ(evaluate("xor", {left, right}), (Result{"Nullable(UInt8)", {"NULL", "NULL", "NULL", "0", "1"}}));
    EXPECT_EQ(evaluate("not", {left}), (Result{"Nullable(UInt8)", {"NULL", "NULL", "NULL", "0", "1"}}));
}

TEST(FunctionsLogical, ManyArgumentsAndTypes)
{
    EXPECT_EQ(evaluate("and", {column("UInt8", {"1", "1"}), column("Int64", {"2", "3"}), column("Float64", {"0.5", "0"})}),
              (Result{"UInt8", {"1", "0"}}));
    EXPECT_EQ(evaluate("or", {column("UInt8", {"0"}), column("UInt8", {"0"}), column("Float32", {"0"})}), (Result{"UInt8", {"0"}}));
    EXPECT_EQ(evaluate("xor", {column("UInt8", {"1"}), column("UInt8", {"1"}), column("UInt8", {"1"})}), (Result{"UInt8", {"1"}}));
    EXPECT_EQ(evaluate("not", {column("Int32", {"5", "0"})}), (Result{"UInt8", {"0", "1"}}));
    auto folded = run("and", {constant("UInt8", "1", 4), constant("UInt8", "1", 4)});
    EXPECT_TRUE(folded.column->isConst());
    EXPECT_EQ(folded.column->size(), 4u);
}

TEST(FunctionsLogical, Errors)
{
    EXPECT_EQ(errorOf("and", {column("UInt8", {"1"})}),
              (std::pair<int, std::string>{35, "Number of arguments for function \"and\" should be at least 2: passed 1"}));
    EXPECT_EQ(errorOf("and", {column("String", {"a"}), column("UInt8", {"1"})}),
              (std::pair<int, std::string>{43, "Illegal type (String) of 1 argument of function and"}));
    EXPECT_EQ(errorOf("not", {column("String", {"a"})}).first, 43);
}
