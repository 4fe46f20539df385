// Decimal(P, S): names and width by precision, exact parsing with truncation and overflow
// errors, output without trailing zeros (ClickHouse's default), JSON quoting, binary forms.
#include "TypeTestHelpers.h"
#include "types/DataTypeDecimal.h"

#include <gtest/gtest.h>

using namespace datastore;
using namespace datastore::test;

namespace
{
DataTypePtr type(const std::string & name)
{
    return DataTypeFactory::instance().get(name);
}

std::pair<int, std::string> typeError(const std::string & name)
{
    try
    {
        type(name);
    }
    catch (const Exception & e)
    {
        return { e.code(), e.message() };
    }
    return { 0, "" };
}
}

TEST(Decimal, NamesAndWidths)
{
    EXPECT_EQ(type("Decimal(10, 2)")->getName(), "Decimal(10, 2)");
    EXPECT_EQ(type("Decimal(10,2)")->getTypeId(), TypeIndex::Decimal64);
    EXPECT_EQ(type("Decimal(9, 2)")->getTypeId(), TypeIndex::Decimal32);
    EXPECT_EQ(type("Decimal(38, 2)")->getTypeId(), TypeIndex::Decimal128);
    EXPECT_EQ(type("Decimal32(2)")->getName(), "Decimal(9, 2)");
    EXPECT_EQ(type("Decimal64(4)")->getName(), "Decimal(18, 4)");
    EXPECT_EQ(type("Decimal128(2)")->getName(), "Decimal(38, 2)");
    EXPECT_EQ(type("Decimal")->getName(), "Decimal(10, 0)");
    EXPECT_EQ(type("Decimal(10)")->getName(), "Decimal(10, 0)");
    EXPECT_EQ(type("decimal(5, 1)")->getName(), "Decimal(5, 1)");
    EXPECT_EQ(type("NUMERIC(5, 1)")->getName(), "Decimal(5, 1)");
}

TEST(Decimal, BadArguments)
{
    EXPECT_EQ(
        typeError("Decimal(0, 0)"),
        std::make_pair(ErrorCodes::ARGUMENT_OUT_OF_BOUND, std::string("Wrong precision: it must be between 1 and 76, got 0")));
    EXPECT_EQ(
        typeError("Decimal(10, 11)"),
        std::make_pair(
            ErrorCodes::ARGUMENT_OUT_OF_BOUND, std::string("Negative scales and scales larger than precision are not supported")));
    EXPECT_EQ(typeError("Decimal32(10)").first, ErrorCodes::ARGUMENT_OUT_OF_BOUND);
    EXPECT_EQ(
        typeError("Decimal(a, 2)"),
        std::make_pair(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, std::string("Decimal argument precision is invalid")));
    EXPECT_EQ(typeError("Decimal(39, 2)").first, ErrorCodes::NOT_IMPLEMENTED);
}

TEST(Decimal, Text)
{
    EXPECT_EQ(roundTrip("Decimal(10, 2)", "1.5", Form::Escaped), "1.5");
    EXPECT_EQ(roundTrip("Decimal(10, 2)", "1.555", Form::Whole), "1.55");
    EXPECT_EQ(roundTrip("Decimal(10, 2)", "-1.555", Form::Whole), "-1.55");
    EXPECT_EQ(roundTrip("Decimal(10, 2)", "5.", Form::Whole), "5");
    EXPECT_EQ(roundTrip("Decimal(10, 2)", ".5", Form::Whole), "0.5");
    EXPECT_EQ(roundTrip("Decimal(10, 2)", "-.5", Form::Whole), "-0.5");
    EXPECT_EQ(roundTrip("Decimal(10, 2)", "+1.5", Form::Whole), "1.5");
    EXPECT_EQ(roundTrip("Decimal(10, 2)", "1e2", Form::Whole), "100");
    EXPECT_EQ(roundTrip("Decimal(10, 2)", "-0.05", Form::Whole), "-0.05");
    EXPECT_EQ(roundTrip("Decimal(10, 2)", "-0.001", Form::Whole), "0");
    EXPECT_EQ(roundTrip("Decimal(10, 2)", "99999999.999", Form::Whole), "99999999.99");
    EXPECT_EQ(roundTrip("Decimal(10, 0)", "1.5", Form::Whole), "1");
    EXPECT_EQ(roundTrip("Decimal(38, 2)", "12345678901234567890.5", Form::Whole), "12345678901234567890.5");
    EXPECT_EQ(
        roundTrip("Decimal(38, 0)", "-99999999999999999999999999999999999999", Form::Whole), "-99999999999999999999999999999999999999");
    FormatSettings trailing;
    trailing.decimal_trailing_zeros = true;
    EXPECT_EQ(roundTrip("Decimal(10, 2)", "1.5", Form::Whole, Form::Plain, nullptr, trailing), "1.50");
    EXPECT_EQ(roundTrip("Decimal(10, 2)", "-3", Form::Whole, Form::Plain, nullptr, trailing), "-3.00");
}

TEST(Decimal, Forms)
{
    EXPECT_EQ(roundTrip("Decimal(10, 2)", "1.5", Form::JSON, Form::JSON), "1.5");
    EXPECT_EQ(roundTrip("Decimal(10, 2)", "\"1.5\"", Form::JSON, Form::JSON), "1.5");
    FormatSettings quote;
    quote.json_quote_decimals = true;
    EXPECT_EQ(roundTrip("Decimal(10, 2)", "1.5", Form::JSON, Form::JSON, nullptr, quote), "\"1.5\"");
    EXPECT_EQ(roundTrip("Decimal(10, 2)", "\"1.5\"", Form::CSV, Form::CSV), "1.5");
    EXPECT_EQ(roundTrip("Decimal(10, 2)", "1.5", Form::Quoted, Form::Quoted), "1.5");
    std::string rest;
    EXPECT_EQ(roundTrip("Decimal(10, 2)", "2.25,x", Form::CSV, Form::Plain, &rest), "2.25");
    EXPECT_EQ(rest, ",x");
}

TEST(Decimal, Errors)
{
    EXPECT_EQ(
        parseError("Decimal(9, 2)", "123456789.5", Form::Whole),
        std::make_pair(
            ErrorCodes::ARGUMENT_OUT_OF_BOUND,
            std::string("Decimal value is too big: 9 digits were read: '123456789'e0. Expected to read decimal with "
                        "scale 2 and precision 9")));
    EXPECT_EQ(
        parseError("Decimal(10, 2)", "1.5e40", Form::Whole),
        std::make_pair(
            ErrorCodes::ARGUMENT_OUT_OF_BOUND,
            std::string("Decimal value is too big: 2 digits were read: '15'e39. Expected to read decimal with scale 2 "
                        "and precision 18")));
    EXPECT_EQ(
        parseError("Decimal(10, 2)", "abc", Form::Whole),
        std::make_pair(
            ErrorCodes::CANNOT_PARSE_TEXT, std::string("Cannot parse string 'abc' as Decimal(10, 2): syntax error at begin of string")));
    EXPECT_EQ(
        parseError("Decimal(10, 2)", "1,5", Form::Whole),
        std::make_pair(
            ErrorCodes::CANNOT_PARSE_TEXT,
            std::string("Cannot parse string '1,5' as Decimal(10, 2): syntax error at position 1 (parsed just '1')")));
    EXPECT_EQ(parseError("Decimal(10, 2)", "", Form::Whole).first, ErrorCodes::ATTEMPT_TO_READ_AFTER_EOF);
    EXPECT_EQ(parseError("Decimal(10, 2)", "x", Form::Escaped).first, ErrorCodes::CANNOT_PARSE_NUMBER);
}

TEST(Decimal, FieldAndBinary)
{
    auto decimal = type("Decimal(10, 2)");
    EXPECT_EQ(decimal->getDefault(), Field(DecimalField<Int64> { 0, 2 }));
    auto column = decimal->createColumn();
    ReadBufferFromMemory in("-1.5");
    decimal->deserializeWholeText(*column, in, {});
    EXPECT_EQ(decimal->getField(*column, 0), Field(DecimalField<Int64> { -150, 2 }));

    std::string bytes;
    {
        WriteBufferFromString out(bytes);
        decimal->serializeBinary(*column, 0, out);
    }
    EXPECT_EQ(bytes, std::string("\x6a\xff\xff\xff\xff\xff\xff\xff", 8));

    auto wide = type("Decimal(38, 0)");
    auto wide_column = wide->createColumn();
    const std::string minus_one(16, '\xff');
    ReadBufferFromMemory wide_in(minus_one);
    wide->deserializeBinaryBulk(*wide_column, wide_in, 5);
    ASSERT_EQ(wide_column->size(), 1u);
    EXPECT_EQ(serialize(*wide, *wide_column, 0, Form::Plain), "-1");
}
