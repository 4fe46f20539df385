// NULL helpers, toTypeName, greatest/least, server information and random values.
#include <set>

#include <gtest/gtest.h>

#include "CoreFunctionTestHelpers.h"

using namespace datastore;
using namespace datastore::functions::test;
using Result = std::pair<std::string, Rows>;

TEST(FunctionsMisc, NullHelpers)
{
    auto values = column("Nullable(Int32)", {"1", "NULL", "3"});
    EXPECT_EQ(evaluate("isNull", {values}), (Result{"UInt8", {"0", "1", "0"}}));
    EXPECT_EQ(evaluate("isNotNull", {values}), (Result{"UInt8", {"1", "0", "1"}}));
    EXPECT_EQ(evaluate("isNull", {nullConstant(1)}), (Result{"UInt8", {"1"}}));
    EXPECT_EQ(evaluate("coalesce", {values, column("Nullable(Int32)", {"NULL", "NULL", "NULL"}), constant("UInt8", "7", 3)}),
              (Result{"Int32", {"1", "7", "3"}}));
    EXPECT_EQ(evaluate("coalesce", {nullConstant(3), values}), (Result{"Nullable(Int32)", {"1", "NULL", "3"}}));
    EXPECT_EQ(evaluate("ifNull", {values, constant("Int32", "0", 3)}), (Result{"Int32", {"1", "0", "3"}}));
    EXPECT_EQ(evaluate("nullIf", {column("Int32", {"1", "2"}), constant("Int32", "1", 2)}), (Result{"Nullable(Int32)", {"NULL", "2"}}));
    EXPECT_EQ(evaluate("assumeNotNull", {values}), (Result{"Int32", {"1", "0", "3"}}));
    EXPECT_EQ(evaluate("toNullable", {column("String", {"a"})}), (Result{"Nullable(String)", {"a"}}));
}

TEST(FunctionsMisc, TypesAndColumns)
{
    EXPECT_EQ(evaluate("toTypeName", {column("Nullable(Int32)", {"1"})}), (Result{"String", {"Nullable(Int32)"}}));
    EXPECT_EQ(evaluate("toTypeName", {nullConstant(1)}), (Result{"String", {"Nullable(Nothing)"}}));
    EXPECT_FALSE(run("materialize", {constant("UInt8", "1", 2)}).column->isConst());
    EXPECT_EQ(evaluate("identity", {column("UInt8", {"5"})}), (Result{"UInt8", {"5"}}));
    EXPECT_EQ(evaluate("ignore", {column("String", {"a", "b"})}), (Result{"UInt8", {"0", "0"}}));
    EXPECT_EQ(evaluate("tuple", {column("UInt8", {"1", "2"}), constant("String", "a", 2), nullConstant(2)}),
              (Result{"Tuple(UInt8, String, Nullable(Nothing))", {"(1,'a',NULL)", "(2,'a',NULL)"}}));
}

TEST(FunctionsMisc, GreatestLeast)
{
    EXPECT_EQ(evaluate("greatest", {column("UInt8", {"1", "200"}), column("Int8", {"-1", "5"}), constant("UInt8", "3", 2)}),
              (Result{"Int16", {"3", "200"}}));
    EXPECT_EQ(evaluate("least", {column("String", {"b", "a"}), column("String", {"a", "c"})}), (Result{"String", {"a", "a"}}));
    EXPECT_EQ(evaluate("greatest", {column("Nullable(UInt8)", {"NULL", "1"}), column("UInt8", {"1", "2"})}), (Result{"Nullable(UInt8)", {"NULL", "2"}}));
}

TEST(FunctionsMisc, ServerInformation)
{
    EXPECT_EQ(evaluate("version", {}), (Result{"String", {"24.3.1.1"}}));
    datastore::functions::FunctionContext context;
    context.current_database = "analytics";
    context.session_timezone = "Europe/Berlin";
    EXPECT_EQ(texts(run("currentDatabase", {}, context)), (Rows{"analytics"}));
    EXPECT_EQ(texts(run("timeZone", {}, context)), (Rows{"Europe/Berlin"}));
}

TEST(FunctionsMisc, RandomValues)
{
    auto numbers = run("rand64", {column("UInt8", {"1", "1", "1", "1"})});
    EXPECT_EQ(numbers.type->getName(), "UInt64");
    auto rows = texts(numbers);
    EXPECT_EQ(std::set<std::string>(rows.begin(), rows.end()).size(), 4u);
    EXPECT_EQ(run("rand", {}).type->getName(), "UInt32");

    auto uuids = texts(run("generateUUIDv4", {column("UInt8", {"1", "1"})}));
    ASSERT_EQ(uuids.size(), 2u);
    EXPECT_NE(uuids[0], uuids[1]);
    for (const auto & uuid : uuids)
    {
        ASSERT_EQ(uuid.size(), 36u);
        EXPECT_EQ(uuid[14], '4');
        EXPECT_TRUE(uuid[19] == '8' || uuid[19] == '9' || uuid[19] == 'a' || uuid[19] == 'b');
    }
}
