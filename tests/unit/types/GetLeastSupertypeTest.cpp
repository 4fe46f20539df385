// Common types as ClickHouse computes them for if(), arrays, UNION ALL and IN.
#include "types/getLeastSupertype.h"

#include "TypeTestHelpers.h"

#include <gtest/gtest.h>

using namespace datastore;

namespace
{
std::string supertypeOf(std::initializer_list<const char *> names)
{
    DataTypes types;
    for (const char * name : names)
        types.push_back(DataTypeFactory::instance().get(name));
    DataTypePtr result = tryGetLeastSupertype(types);
    return result ? result->getName() : "NONE";
}
}

TEST(GetLeastSupertype, Numbers)
{
    EXPECT_EQ(supertypeOf({ "UInt8", "Int8" }), "Int16");
    EXPECT_EQ(supertypeOf({ "UInt8", "UInt32" }), "UInt32");
    EXPECT_EQ(supertypeOf({ "UInt32", "Int32" }), "Int64");
    EXPECT_EQ(supertypeOf({ "UInt16", "Int32" }), "Int32");
    EXPECT_EQ(supertypeOf({ "UInt64", "Int64" }), "NONE");
    EXPECT_EQ(supertypeOf({ "Int128", "Int8" }), "Int128");
    EXPECT_EQ(supertypeOf({ "Int128", "UInt64" }), "Int128");
    EXPECT_EQ(supertypeOf({ "UInt128", "Int8" }), "NONE");
    EXPECT_EQ(supertypeOf({ "UInt128", "UInt8" }), "UInt128");
    EXPECT_EQ(supertypeOf({ "UInt8", "Float32" }), "Float32");
    EXPECT_EQ(supertypeOf({ "Int16", "Float32" }), "Float32");
    EXPECT_EQ(supertypeOf({ "Int32", "Float32" }), "Float64");
    EXPECT_EQ(supertypeOf({ "UInt32", "Float64" }), "Float64");
    EXPECT_EQ(supertypeOf({ "Int64", "Float64" }), "NONE");
    EXPECT_EQ(supertypeOf({ "Float32", "Float64" }), "Float64");
    EXPECT_EQ(supertypeOf({ "Bool", "UInt8" }), "Bool");
    EXPECT_EQ(supertypeOf({ "Bool", "Int8" }), "Int16");
    EXPECT_EQ(supertypeOf({ "Bool", "Float64" }), "Float64");
    EXPECT_EQ(supertypeOf({ "UInt8", "String" }), "NONE");
}

TEST(GetLeastSupertype, StringsNothingAndEquality)
{
    EXPECT_EQ(supertypeOf({ "String", "String" }), "String");
    EXPECT_EQ(supertypeOf({ "String", "FixedString(3)" }), "String");
    EXPECT_EQ(supertypeOf({ "FixedString(2)", "FixedString(3)" }), "String");
    EXPECT_EQ(supertypeOf({ "FixedString(2)", "FixedString(2)" }), "FixedString(2)");
    EXPECT_EQ(supertypeOf({ "Nothing", "UInt8" }), "UInt8");
    EXPECT_EQ(supertypeOf({ "Nothing", "Nothing" }), "Nothing");
    EXPECT_EQ(supertypeOf({ "UUID", "UUID" }), "UUID");
    EXPECT_EQ(supertypeOf({ "UUID", "String" }), "NONE");
    EXPECT_EQ(tryGetLeastSupertype({})->getName(), "Nothing");
}

TEST(GetLeastSupertype, ErrorMessage)
{
    try
    {
        getLeastSupertype({ DataTypeFactory::instance().get("UInt64"), DataTypeFactory::instance().get("Int64") });
        FAIL();
    }
    catch (const Exception & e)
    {
        EXPECT_EQ(e.code(), ErrorCodes::NO_COMMON_TYPE);
        EXPECT_EQ(
            e.message(),
            "There is no supertype for types UInt64, Int64 because some of them are signed integers and some are unsigned "
            "integers, but there is no signed integer type, that can exactly represent all required unsigned integer values");
    }
    try
    {
        getLeastSupertype({ DataTypeFactory::instance().get("String"), DataTypeFactory::instance().get("UInt8") });
        FAIL();
    }
    catch (const Exception & e)
    {
        EXPECT_EQ(
            e.message(),
            "There is no supertype for types String, UInt8 because some of them are String/FixedString and some of them are not");
    }
}

TEST(GetLeastSupertype, WrappersAndDates)
{
    EXPECT_EQ(supertypeOf({ "Nullable(Nothing)", "UInt8" }), "Nullable(UInt8)");
    EXPECT_EQ(supertypeOf({ "Nullable(Nothing)", "Nothing" }), "Nullable(Nothing)");
    EXPECT_EQ(supertypeOf({ "String", "Nullable(String)" }), "Nullable(String)");
    EXPECT_EQ(supertypeOf({ "Nullable(UInt8)", "Int8" }), "Nullable(Int16)");
    EXPECT_EQ(supertypeOf({ "LowCardinality(String)", "String" }), "String");
    EXPECT_EQ(supertypeOf({ "LowCardinality(String)", "LowCardinality(FixedString(2))" }), "LowCardinality(String)");
    EXPECT_EQ(supertypeOf({ "Date", "DateTime" }), "DateTime");
    EXPECT_EQ(supertypeOf({ "Date", "Date32" }), "Date32");
    EXPECT_EQ(supertypeOf({ "DateTime64(3)", "DateTime64(6)", "Date" }), "DateTime64(6)");
    EXPECT_EQ(supertypeOf({ "Date", "UInt8" }), "NONE");
    EXPECT_EQ(supertypeOf({ "Decimal(10, 2)", "Decimal(10, 2)" }), "Decimal(10, 2)");
    EXPECT_EQ(supertypeOf({ "Array(UInt8)", "Array(UInt8)" }), "Array(UInt8)");
}

TEST(TypePredicates, SeeThroughWrappers)
{
    auto & factory = DataTypeFactory::instance();
    EXPECT_TRUE(isInteger(*factory.get("Nullable(Int8)")));
    EXPECT_TRUE(isUnsignedInteger(*factory.get("Bool")));
    EXPECT_TRUE(isNumber(*factory.get("Float32")));
    EXPECT_TRUE(isFloat(*factory.get("Nullable(Float64)")));
    EXPECT_FALSE(isNumber(*factory.get("String")));
    EXPECT_TRUE(isStringOrFixedString(*factory.get("LowCardinality(Nullable(String))")));
    EXPECT_TRUE(isStringOrFixedString(*factory.get("FixedString(3)")));
    EXPECT_TRUE(isDecimal(*factory.get("Decimal(10, 2)")));
    EXPECT_TRUE(isDateOrDateTime(*factory.get("Nullable(DateTime64(3))")));
    EXPECT_FALSE(isDateOrDateTime(*factory.get("UInt16")));
    EXPECT_EQ(removeNullable(factory.get("Nullable(UInt8)"))->getName(), "UInt8");
    EXPECT_EQ(removeNullable(factory.get("UInt8"))->getName(), "UInt8");
    EXPECT_EQ(removeLowCardinality(factory.get("LowCardinality(Nullable(String))"))->getName(), "Nullable(String)");
}
