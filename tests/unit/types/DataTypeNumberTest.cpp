// Number types: text forms byte-for-byte as ClickHouse, parsing rules and errors, binary forms.
#include "types/DataTypeNumber.h"

#include "TypeTestHelpers.h"
#include "io/WriteHelpers.h"

#include <cmath>
#include <gtest/gtest.h>
#include <limits>

using namespace datastore;
using namespace datastore::test;

TEST(DataTypeNumber, NamesAndIds)
{
    auto & factory = DataTypeFactory::instance();
    for (const char * name :
         { "UInt8", "UInt16", "UInt32", "UInt64", "UInt128", "Int8", "Int16", "Int32", "Int64", "Int128", "Float32", "Float64" })
        EXPECT_EQ(factory.get(name)->getName(), name);
    EXPECT_EQ(factory.get("Int32")->getTypeId(), TypeIndex::Int32);
    EXPECT_EQ(factory.get("Float32")->getSizeOfValueInMemory(), 4u);
    EXPECT_TRUE(factory.get("UInt8")->isValueRepresentedByNumber());
    EXPECT_EQ(factory.get("Int64")->getDefault(), Field(Int64(0)));
    EXPECT_EQ(factory.get("UInt8")->createColumn()->getName(), "UInt8");
}

TEST(DataTypeNumber, TextOutput)
{
    auto uint64 = DataTypeFactory::instance().get("UInt64");
    auto column = columnOf(uint64, { UInt64(18446744073709551615ULL) });
    EXPECT_EQ(serialize(*uint64, *column, 0, Form::Plain), "18446744073709551615");
    EXPECT_EQ(serialize(*uint64, *column, 0, Form::CSV), "18446744073709551615");
    EXPECT_EQ(serialize(*uint64, *column, 0, Form::JSON), "\"18446744073709551615\"");
    FormatSettings unquoted;
    unquoted.json_quote_64bit_integers = false;
    EXPECT_EQ(serialize(*uint64, *column, 0, Form::JSON, unquoted), "18446744073709551615");

    auto int32 = DataTypeFactory::instance().get("Int32");
    EXPECT_EQ(serialize(*int32, *columnOf(int32, { Int64(-5) }), 0, Form::JSON), "-5");
    auto int128 = DataTypeFactory::instance().get("Int128");
    EXPECT_EQ(serialize(*int128, *columnOf(int128, { Int128(-7) }), 0, Form::JSON), "\"-7\"");

    auto float64 = DataTypeFactory::instance().get("Float64");
    auto floats = columnOf(float64, { 0.1, 1e-7, std::numeric_limits<double>::quiet_NaN(), -std::numeric_limits<double>::infinity() });
    EXPECT_EQ(serialize(*float64, *floats, 0, Form::JSON), "0.1");
    EXPECT_EQ(serialize(*float64, *floats, 1, Form::Escaped), "1e-7");
    EXPECT_EQ(serialize(*float64, *floats, 2, Form::Plain), "nan");
    EXPECT_EQ(serialize(*float64, *floats, 2, Form::JSON), "null");
    EXPECT_EQ(serialize(*float64, *floats, 3, Form::JSON), "null");
    FormatSettings denormals;
    denormals.json_quote_denormals = true;
    EXPECT_EQ(serialize(*float64, *floats, 3, Form::JSON, denormals), "\"-inf\"");

    auto float32 = DataTypeFactory::instance().get("Float32");
    EXPECT_EQ(serialize(*float32, *columnOf(float32, { Float64(Float32(0.1f)) }), 0, Form::Plain), "0.1");
}

TEST(DataTypeNumber, TextInput)
{
    std::string rest;
    EXPECT_EQ(roundTrip("Int32", "-42\tx", Form::Escaped, Form::Plain, &rest), "-42");
    EXPECT_EQ(rest, "\tx");
    /// Overflow wraps as in ClickHouse's input formats and CAST.
    EXPECT_EQ(roundTrip("UInt8", "300", Form::Escaped), "44");
    EXPECT_EQ(roundTrip("UInt64", "99999999999999999999", Form::Whole), "7766279631452241919");
    /// An empty field reads as 0 and leaves the input for the format's delimiter check.
    EXPECT_EQ(roundTrip("UInt8", "\t5", Form::Escaped, Form::Plain, &rest), "0");
    EXPECT_EQ(rest, "\t5");
    EXPECT_EQ(roundTrip("UInt8", "x", Form::Escaped, Form::Plain, &rest), "0");
    EXPECT_EQ(rest, "x");

    EXPECT_EQ(roundTrip("UInt64", "\"123\"", Form::JSON), "123");
    EXPECT_EQ(roundTrip("Float64", "\"1.5\"", Form::JSON), "1.5");
    EXPECT_EQ(roundTrip("Int64", "\"-9\",", Form::CSV, Form::Plain, &rest), "-9");
    EXPECT_EQ(rest, ",");
    EXPECT_EQ(roundTrip("Float64", "1e5", Form::Quoted), "100000");
    EXPECT_EQ(roundTrip("Float32", "0.1", Form::Whole), "0.1");
    EXPECT_EQ(roundTrip("Float64", "-Infinity", Form::Whole), "-inf");
    EXPECT_EQ(roundTrip("Int32", "+5", Form::Whole), "5");
    EXPECT_EQ(roundTrip("Int128", "-170141183460469231731687303715884105728", Form::Whole), "-170141183460469231731687303715884105728");
}

TEST(DataTypeNumber, ParseErrors)
{
    auto [code, message] = parseError("UInt8", "abc", Form::Whole);
    EXPECT_EQ(code, ErrorCodes::CANNOT_PARSE_TEXT);
    EXPECT_EQ(
        message,
        "Cannot parse string 'abc' as UInt8: syntax error at begin of string. Note: there are toUInt8OrZero and toUInt8OrNull "
        "functions, which returns zero/NULL instead of throwing exception");
    std::tie(code, message) = parseError("UInt8", "12a", Form::Whole);
    EXPECT_EQ(code, ErrorCodes::CANNOT_PARSE_TEXT);
    EXPECT_NE(message.find("syntax error at position 2 (parsed just '12')"), std::string::npos);
    EXPECT_EQ(parseError("UInt8", "1 ", Form::Whole).first, ErrorCodes::CANNOT_PARSE_TEXT);
    EXPECT_EQ(parseError("UInt8", "-1", Form::Whole).first, ErrorCodes::CANNOT_PARSE_NUMBER);
    EXPECT_EQ(parseError("UInt8", "", Form::Whole).first, ErrorCodes::ATTEMPT_TO_READ_AFTER_EOF);
    EXPECT_EQ(parseError("Float64", "abc", Form::Whole).first, ErrorCodes::CANNOT_PARSE_NUMBER);
    EXPECT_EQ(parseError("Float64", "1.5x", Form::Whole).first, ErrorCodes::CANNOT_PARSE_TEXT);
    EXPECT_EQ(parseError("Float64", "abc", Form::Escaped).first, ErrorCodes::CANNOT_PARSE_NUMBER);
    EXPECT_EQ(
        parseError("Float64", "1e", Form::CSV),
        std::make_pair(ErrorCodes::CANNOT_PARSE_NUMBER, std::string("Cannot read floating point value here: 1e")));
    EXPECT_EQ(parseError("Float64", "\t5", Form::Escaped).second, "Cannot read floating point value here: ");
    EXPECT_EQ(parseError("Int32", "\"12", Form::JSON).first, ErrorCodes::CANNOT_PARSE_INPUT_ASSERTION_FAILED);
    EXPECT_EQ(parseError("Int32", "-", Form::Escaped).first, ErrorCodes::CANNOT_PARSE_NUMBER);
}

TEST(DataTypeNumber, Binary)
{
    auto int32 = DataTypeFactory::instance().get("Int32");
    auto column = columnOf(int32, { Int64(1), Int64(-2), Int64(3) });
    std::string bytes;
    {
        WriteBufferFromString out(bytes);
        int32->serializeBinary(*column, 1, out);
    }
    EXPECT_EQ(bytes, std::string("\xFE\xFF\xFF\xFF", 4));

    std::string bulk;
    {
        WriteBufferFromString out(bulk);
        int32->serializeBinaryBulk(*column, out, 1, 0);
    }
    EXPECT_EQ(bulk, std::string("\xFE\xFF\xFF\xFF\x03\x00\x00\x00", 8));
    auto back = int32->createColumn();
    ReadBufferFromMemory in(bulk);
    int32->deserializeBinaryBulk(*back, in, 10);
    ASSERT_EQ(back->size(), 2u);
    EXPECT_EQ((*back)[1], Field(Int64(3)));

    ReadBufferFromMemory rowbinary(bytes);
    auto single = int32->createColumn();
    int32->deserializeBinary(*single, rowbinary);
    EXPECT_EQ((*single)[0], Field(Int64(-2)));
}

TEST(DataTypeNumber, ConstColumn)
{
    auto column = DataTypeFactory::instance().get("UInt16")->createColumnConst(5, Field(UInt64(7)));
    EXPECT_TRUE(column->isConst());
    EXPECT_EQ(column->size(), 5u);
    EXPECT_EQ((*column)[4], Field(UInt64(7)));
}
