// cityHash64() over every kind of argument, against ClickHouse's results.
#include <gtest/gtest.h>

#include "FunctionTestHelpers.h"
#include "base/Exception.h"

using namespace datastore;
using namespace datastore::functions::testing;

TEST(HashingFunctionsTest, CityHash64OfStrings)
{
    auto result = run("cityHash64", {values("String", {"", "hello", "a"})}, 3);
    EXPECT_EQ(result.type->getName(), "UInt64");
    EXPECT_EQ(result.at(0), Field(UInt64(11160318154034397263ULL)));
    EXPECT_EQ(result.at(1), Field(UInt64(2578220239953316063ULL)));
    EXPECT_EQ(result.at(2), Field(UInt64(2603192927274642682ULL)));
}

TEST(HashingFunctionsTest, CityHash64OfNumbersAndDates)
{
    /// Integers hash by value, whatever their width: cityHash64(1) = cityHash64(toUInt8(1)).
    EXPECT_EQ(run("cityHash64", {values("UInt64", {UInt64(1)})}, 1).at(0), Field(UInt64(10577349846663553072ULL)));
    EXPECT_EQ(run("cityHash64", {values("UInt8", {UInt64(1)})}, 1).at(0), Field(UInt64(10577349846663553072ULL)));
    /// Signed values are zero-extended from their own width.
    EXPECT_EQ(run("cityHash64", {values("Int8", {Int64(-1)})}, 1).at(0), Field(UInt64(8055013221972926055ULL)));
    EXPECT_EQ(run("cityHash64", {values("Int32", {Int64(-1)})}, 1).at(0), Field(UInt64(9168733277332772950ULL)));
    EXPECT_EQ(run("cityHash64", {values("Int64", {Int64(-1)})}, 1).at(0), Field(UInt64(14600443904207254319ULL)));
    EXPECT_EQ(run("cityHash64", {values("Float64", {1.5})}, 1).at(0), Field(UInt64(7287324520655339053ULL)));
    EXPECT_EQ(run("cityHash64", {values("Float32", {1.5})}, 1).at(0), Field(UInt64(17641193269776743632ULL)));
    EXPECT_EQ(run("cityHash64", {values("Date", {UInt64(19723)})}, 1).at(0), Field(UInt64(17926335993026704938ULL)));
    EXPECT_EQ(run("cityHash64", {values("Date32", {Int64(19723)})}, 1).at(0), Field(UInt64(17926335993026704938ULL)));
    EXPECT_EQ(run("cityHash64", {values("DateTime('UTC')", {UInt64(1704067200)})}, 1).at(0), Field(UInt64(5791596602125319507ULL)));
    EXPECT_EQ(run("cityHash64", {values("Bool", {true})}, 1).at(0), Field(UInt64(10577349846663553072ULL)));
}

TEST(HashingFunctionsTest, CityHash64OfWideAndDecimalValuesHashesBytes)
{
    EXPECT_EQ(run("cityHash64", {values("UInt128", {UInt128(5)})}, 1).at(0), Field(UInt64(13401151333779795555ULL)));
    EXPECT_EQ(run("cityHash64", {values("Int128", {Int128(-1)})}, 1).at(0), Field(UInt64(11156510505809607899ULL)));
    EXPECT_EQ(run("cityHash64", {values("Decimal(9, 2)", {DecimalField<Int32>{150, 2}})}, 1).at(0), Field(UInt64(8235273209324577223ULL)));
    EXPECT_EQ(run("cityHash64", {values("Decimal(18, 2)", {DecimalField<Int64>{150, 2}})}, 1).at(0), Field(UInt64(14413850796783627687ULL)));
    EXPECT_EQ(
        run("cityHash64", {values("DateTime64(3, 'UTC')", {DecimalField<Int64>{1704067200000, 3}})}, 1).at(0),
        Field(UInt64(2059327662857764600ULL)));
    EXPECT_EQ(run("cityHash64", {values("FixedString(3)", {"ab"})}, 1).at(0), Field(UInt64(2474032565810969706ULL)));
    /// toUUID('00000000-0000-0001-0000-000000000002'): high half 1, low half 2.
    EXPECT_EQ(run("cityHash64", {values("UUID", {UUID{1, 2}})}, 1).at(0), Field(UInt64(7215889438907908374ULL)));
}

TEST(HashingFunctionsTest, CityHash64CombinesArguments)
{
    EXPECT_EQ(run("cityHash64", {values("String", {"a"}), values("String", {"b"})}, 1).at(0), Field(UInt64(7468329322676821011ULL)));
    /// cityHash64(1, 'b', 2) with constant arguments mixed in.
    auto result = run("cityHash64", {values("UInt8", {UInt64(1), UInt64(1)}), constant("String", "b", 2), constant("UInt8", UInt64(2), 2)}, 2);
    EXPECT_EQ(result.at(0), Field(UInt64(7292941636318733461ULL)));
    EXPECT_EQ(result.at(1), Field(UInt64(7292941636318733461ULL)));
}

TEST(HashingFunctionsTest, CityHash64NullGivesNullAndBadTypesThrow)
{
    auto result = run("cityHash64", {values("Nullable(String)", {Field(), Field("hello")})}, 2);
    EXPECT_EQ(result.type->getName(), "Nullable(UInt64)");
    EXPECT_TRUE(result.at(0).isNull());
    EXPECT_EQ(result.at(1), Field(UInt64(2578220239953316063ULL)));

    try
    {
        /// Arrays hash (test 00581), but not a Nullable inside one.
        run("cityHash64", {values("Array(Nullable(UInt8))", {Array{}})}, 1);
        FAIL();
    }
    catch (const Exception & e)
    {
        EXPECT_EQ(e.code(), ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT);
    }
}

TEST(HashingFunctionsTest, XxHash64HashesStoredBytes)
{
    EXPECT_EQ(run("xxHash64", {values("String", {"hello"})}, 1).at(0), Field(UInt64(2794345569481354659ULL)));
    EXPECT_EQ(run("xxHash64", {values("String", {""})}, 1).at(0), Field(UInt64(17241709254077376921ULL)));
    /// xxHash64(1) hashes the one byte of a UInt8, xxHash64(toUInt64(1)) eight bytes.
    EXPECT_EQ(run("xxHash64", {values("UInt8", {UInt64(1)})}, 1).at(0), Field(UInt64(9962287286179718960ULL)));
    EXPECT_EQ(run("xxHash64", {values("UInt64", {UInt64(1)})}, 1).at(0), Field(UInt64(11468921228449061269ULL)));
    EXPECT_EQ(run("xxHash64", {values("String", {"a"}), values("String", {"b"})}, 1).at(0), Field(UInt64(14756808377901732262ULL)));
}

TEST(HashingFunctionsTest, IntHash64SignExtends)
{
    EXPECT_EQ(run("intHash64", {values("UInt8", {UInt64(1)})}, 1).at(0), Field(UInt64(10577349846663553072ULL)));
    EXPECT_EQ(run("intHash64", {values("Int8", {Int64(-1)})}, 1).at(0), Field(UInt64(14600443904207254319ULL)));
    EXPECT_EQ(run("intHash64", {values("Int64", {Int64(-1)})}, 1).at(0), Field(UInt64(14600443904207254319ULL)));
    try
    {
        run("intHash64", {values("Float64", {1.5})}, 1);
        FAIL();
    }
    catch (const Exception & e)
    {
        EXPECT_EQ(e.message(), "Illegal type Float64 of argument of function intHash64");
    }
}
