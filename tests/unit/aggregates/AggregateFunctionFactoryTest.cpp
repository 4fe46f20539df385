// Name resolution of aggregate functions: case rules, the -If suffix, Nullable arguments and
// ClickHouse's errors for unknown names and bad arguments.
#include <gtest/gtest.h>

#include "AggregateFunctionTestHelpers.h"
#include "base/Exception.h"

using namespace datastore;
using namespace datastore::aggregates;
using namespace datastore::aggregates::testing;

namespace
{
int errorCode(const std::function<void()> & f)
{
    try
    {
        f();
    }
    catch (const Exception & e)
    {
        return e.code();
    }
    return 0;
}

std::string errorMessage(const std::function<void()> & f)
{
    try
    {
        f();
    }
    catch (const Exception & e)
    {
        return e.message();
    }
    return "";
}
}

TEST(AggregateFunctionFactoryTest, ResolvesNamesAndCombinators)
{
    registerAggregateFunctions();
    auto & factory = AggregateFunctionFactory::instance();
    EXPECT_TRUE(factory.isAggregateFunctionName("sum"));
    EXPECT_TRUE(factory.isAggregateFunctionName("SUM"));
    EXPECT_TRUE(factory.isAggregateFunctionName("countIf"));
    EXPECT_TRUE(factory.isAggregateFunctionName("uniqExactIf"));
    EXPECT_FALSE(factory.isAggregateFunctionName("ANY"));
    EXPECT_FALSE(factory.isAggregateFunctionName("plus"));
    EXPECT_FALSE(factory.isAggregateFunctionName("If"));

    EXPECT_EQ(get("COUNT", {})->getName(), "count");
    EXPECT_EQ(get("sumIf", {"UInt8", "UInt8"})->getName(), "sumIf");
    EXPECT_EQ(get("sumIf", {"UInt8", "UInt8"})->getResultType()->getName(), "UInt64");
}

TEST(AggregateFunctionFactoryTest, ResultTypesMatchClickHouse)
{
    EXPECT_EQ(get("sum", {"UInt8"})->getResultType()->getName(), "UInt64");
    EXPECT_EQ(get("sum", {"Int16"})->getResultType()->getName(), "Int64");
    EXPECT_EQ(get("sum", {"Float32"})->getResultType()->getName(), "Float64");
    EXPECT_EQ(get("sum", {"Decimal(9, 2)"})->getResultType()->getName(), "Decimal(38, 2)");
    EXPECT_EQ(get("sum", {"Int128"})->getResultType()->getName(), "Int128");
    EXPECT_EQ(get("sum", {"Bool"})->getResultType()->getName(), "UInt64");
    EXPECT_EQ(get("avg", {"Decimal(9, 2)"})->getResultType()->getName(), "Float64");
    EXPECT_EQ(get("sum", {"Nullable(UInt8)"})->getResultType()->getName(), "Nullable(UInt64)");
    EXPECT_EQ(get("min", {"Nullable(UInt8)"})->getResultType()->getName(), "Nullable(UInt8)");
    EXPECT_EQ(get("avg", {"Nullable(UInt8)"})->getResultType()->getName(), "Nullable(Float64)");
    EXPECT_EQ(get("count", {"Nullable(UInt8)"})->getResultType()->getName(), "UInt64");
    EXPECT_EQ(get("uniq", {"Nullable(UInt8)"})->getResultType()->getName(), "UInt64");
    EXPECT_EQ(get("uniqExact", {"Nullable(UInt8)"})->getResultType()->getName(), "UInt64");
    EXPECT_EQ(get("argMin", {"UInt8", "Nullable(UInt8)"})->getResultType()->getName(), "Nullable(UInt8)");
    EXPECT_EQ(get("sumIf", {"Nullable(UInt8)", "UInt8"})->getResultType()->getName(), "Nullable(UInt64)");
    EXPECT_EQ(get("min", {"Date"})->getResultType()->getName(), "Date");
    EXPECT_EQ(get("max", {"String"})->getResultType()->getName(), "String");
}

TEST(AggregateFunctionFactoryTest, ErrorsMatchClickHouse)
{
    EXPECT_EQ(errorCode([] { get("fooBar", {"UInt8"}); }), ErrorCodes::UNKNOWN_AGGREGATE_FUNCTION);
    EXPECT_EQ(errorMessage([] { get("fooBar", {"UInt8"}); }), "Unknown aggregate function fooBar");
    EXPECT_EQ(errorMessage([] { get("sum", {"String"}); }), "Illegal type String of argument for aggregate function sum");
    EXPECT_EQ(errorCode([] { get("sum", {"String"}); }), ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT);
    EXPECT_EQ(errorMessage([] { get("sum", {"Date"}); }), "Illegal type Date of argument for aggregate function sum");
    EXPECT_EQ(errorMessage([] { get("avg", {"String"}); }), "Illegal type String of argument for aggregate function avg");
    EXPECT_EQ(errorMessage([] { get("sum", {"UInt8", "UInt8"}); }), "Aggregate function sum requires single argument");
    EXPECT_EQ(errorCode([] { get("sum", {"UInt8", "UInt8"}); }), ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH);
    EXPECT_EQ(errorMessage([] { get("sumIf", {"UInt8"}); }), "Aggregate function sum requires single argument");
    EXPECT_EQ(errorMessage([] { get("argMin", {"UInt8"}); }), "Aggregate function argMin requires two arguments");
    EXPECT_EQ(errorMessage([] { get("count", {"UInt8", "UInt8"}); }), "Aggregate function count requires zero or one argument");
    EXPECT_EQ(errorMessage([] { get("uniq", {}); }), "Incorrect number of arguments for aggregate function uniq");
    EXPECT_EQ(errorMessage([] { get("sum", {"UInt8"}, Array{Field(UInt64(1))}); }), "Aggregate function sum cannot have parameters");
    EXPECT_EQ(errorCode([] { get("sum", {"UInt8"}, Array{Field(UInt64(1))}); }), ErrorCodes::AGGREGATE_FUNCTION_DOESNT_ALLOW_PARAMETERS);
    EXPECT_EQ(
        errorMessage([] { get("sumIf", {"UInt8", "String"}); }), "Illegal type String of last argument for aggregate function with If suffix");
}

TEST(AggregateFunctionFactoryTest, CombinatorsChainInEitherOrder)
{
    registerAggregateFunctions();
    auto & factory = AggregateFunctionFactory::instance();
    EXPECT_TRUE(factory.isAggregateFunctionName("uniqArrayIf"));
    EXPECT_TRUE(factory.isAggregateFunctionName("sumForEachOrNull"));
    EXPECT_TRUE(factory.isAggregateFunctionName("avgMap"));
    EXPECT_FALSE(factory.isAggregateFunctionName("arrayMap"));
    EXPECT_FALSE(factory.isAggregateFunctionName("fooOrNull"));

    EXPECT_EQ(get("sumIfOrNull", {"UInt8", "UInt8"})->getName(), "sumIfOrNull");
    EXPECT_EQ(get("sumIfOrNull", {"UInt8", "UInt8"})->getResultType()->getName(), "Nullable(UInt64)");
    EXPECT_EQ(get("sumOrNullIf", {"UInt8", "UInt8"})->getName(), "sumOrNullIf");
    EXPECT_EQ(get("uniqArrayIf", {"Array(String)", "UInt8"})->getResultType()->getName(), "UInt64");
    EXPECT_EQ(get("sumForEachOrDefault", {"Array(Int8)"})->getResultType()->getName(), "Array(Int64)");
    EXPECT_EQ(get("avgMap", {"Map(String, UInt8)"})->getResultType()->getName(), "Map(String, Float64)");
    /// A registered name wins over a combinator reading of it.
    EXPECT_EQ(get("sumMap", {"Map(String, UInt8)"})->getName(), "sumMap");
    EXPECT_EQ(get("groupArrayOrNull", {"UInt8"})->getResultType()->getName(), "Array(UInt8)");

    EXPECT_EQ(
        errorMessage([] { get("sumArray", {"UInt8"}); }), "Illegal type UInt8 of argument for aggregate function with Array suffix. Must be array.");
    EXPECT_EQ(errorCode([] { get("sumArray", {}); }), ErrorCodes::TOO_FEW_ARGUMENTS_FOR_FUNCTION);
    EXPECT_EQ(errorCode([] { get("fooOrNull", {"UInt8"}); }), ErrorCodes::UNKNOWN_AGGREGATE_FUNCTION);
}
