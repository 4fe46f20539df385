// Enum8 / Enum16: names as ClickHouse prints them, element parsing and its errors, names in
// every text form, numbers accepted for elements, unknown elements, binary forms.
#include "TypeTestHelpers.h"
#include "types/DataTypeEnum.h"

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

TEST(Enum, Names)
{
    EXPECT_EQ(type("Enum8('a' = 1, 'b' = 2)")->getName(), "Enum8('a' = 1, 'b' = 2)");
    EXPECT_EQ(type("Enum8('b'=2,'a'=1)")->getName(), "Enum8('a' = 1, 'b' = 2)");
    EXPECT_EQ(type("Enum('a' = 1, 'b' = 2)")->getName(), "Enum8('a' = 1, 'b' = 2)");
    EXPECT_EQ(type("Enum('a' = 1, 'b' = 200)")->getName(), "Enum16('a' = 1, 'b' = 200)");
    EXPECT_EQ(type("Enum8('a', 'b')")->getName(), "Enum8('a' = 1, 'b' = 2)");
    EXPECT_EQ(type("Enum8('it''s' = 1, 'a' = -2)")->getName(), "Enum8('a' = -2, 'it\\'s' = 1)");
    EXPECT_EQ(type("Enum16('x' = -1000)")->getTypeId(), TypeIndex::Enum16);
}

TEST(Enum, BadElements)
{
    EXPECT_EQ(
        typeError("Enum8('a' = 1, 'a' = 2)"),
        std::make_pair(ErrorCodes::SYNTAX_ERROR, std::string("Duplicate names in enum: 'a' = 1 and 2")));
    EXPECT_EQ(
        typeError("Enum8('a' = 1, 'b' = 1)"),
        std::make_pair(ErrorCodes::SYNTAX_ERROR, std::string("Duplicate values in enum: 'b' = 1 and 'a'")));
    EXPECT_EQ(
        typeError("Enum8('a' = 200)"),
        std::make_pair(ErrorCodes::ARGUMENT_OUT_OF_BOUND, std::string("Value 200 for element 'a' exceeds range of Enum8")));
    EXPECT_EQ(
        typeError("Enum16('a' = 100000)"),
        std::make_pair(ErrorCodes::ARGUMENT_OUT_OF_BOUND, std::string("Value 100000 for element 'a' exceeds range of Enum16")));
    EXPECT_EQ(typeError("Enum8"), std::make_pair(ErrorCodes::EMPTY_DATA_PASSED, std::string("Enum data type cannot be empty")));
    EXPECT_EQ(typeError("Enum8(a = 1)").first, ErrorCodes::UNEXPECTED_AST_STRUCTURE);
    EXPECT_EQ(typeError("Enum8('a' = x)").first, ErrorCodes::UNEXPECTED_AST_STRUCTURE);
}

TEST(Enum, Text)
{
    const std::string e = "Enum8('a' = 1, 'b' = 2, 'it\\'s' = 3)";
    EXPECT_EQ(roundTrip(e, "a", Form::Escaped), "a");
    EXPECT_EQ(roundTrip(e, "2", Form::Escaped), "b");
    EXPECT_EQ(roundTrip(e, "2", Form::Whole), "b");
    EXPECT_EQ(roundTrip(e, "'a'", Form::Quoted, Form::Quoted), "'a'");
    EXPECT_EQ(roundTrip(e, "it's", Form::Whole, Form::Quoted), "'it\\'s'");
    EXPECT_EQ(roundTrip(e, "it's", Form::Whole, Form::Escaped), "it\\'s");
    EXPECT_EQ(roundTrip(e, "\"b\"", Form::JSON, Form::JSON), "\"b\"");
    EXPECT_EQ(roundTrip(e, "2", Form::JSON, Form::JSON), "\"b\"");
    EXPECT_EQ(roundTrip(e, "\"a\"", Form::CSV, Form::CSV), "\"a\"");
    EXPECT_EQ(roundTrip(e, "b", Form::CSV, Form::CSV), "\"b\"");
}

TEST(Enum, UnknownElements)
{
    const std::string e = "Enum8('a' = 1, 'b' = 2)";
    EXPECT_EQ(
        parseError(e, "c", Form::Whole),
        std::make_pair(ErrorCodes::UNKNOWN_ELEMENT_OF_ENUM, std::string("Unknown element 'c' for enum, maybe you meant: ['a']")));
    EXPECT_EQ(
        parseError(e, "3", Form::Escaped),
        std::make_pair(ErrorCodes::UNKNOWN_ELEMENT_OF_ENUM, std::string("Unknown element '3' for enum, maybe you meant: ['a']")));
    EXPECT_EQ(
        parseError(e, "300", Form::Escaped),
        std::make_pair(ErrorCodes::UNKNOWN_ELEMENT_OF_ENUM, std::string("Unknown element '300' for enum")));
    EXPECT_EQ(
        parseError("Enum8('hello' = 1, 'world' = 2)", "wrold", Form::Escaped),
        std::make_pair(ErrorCodes::UNKNOWN_ELEMENT_OF_ENUM, std::string("Unknown element 'wrold' for enum, maybe you meant: ['world']")));
    EXPECT_EQ(
        parseError("Enum8('hello' = 1, 'world' = 2)", "WORLDS", Form::Whole),
        std::make_pair(ErrorCodes::UNKNOWN_ELEMENT_OF_ENUM, std::string("Unknown element 'WORLDS' for enum, maybe you meant: ['world']")));
    EXPECT_EQ(
        parseError(e, "3", Form::JSON), std::make_pair(ErrorCodes::UNKNOWN_ELEMENT_OF_ENUM, std::string("Unexpected value 3 in enum")));
}

TEST(Enum, FieldAndBinary)
{
    auto e = type("Enum16('a' = 1, 'b' = 300)");
    EXPECT_EQ(e->getDefault(), Field(Int64(1)));
    auto column = e->createColumn();
    ReadBufferFromMemory in("b");
    e->deserializeWholeText(*column, in, {});
    EXPECT_EQ(e->getField(*column, 0), Field(Int64(300)));
    std::string bytes;
    {
        WriteBufferFromString out(bytes);
        e->serializeBinaryBulk(*column, out, 0, 0);
    }
    EXPECT_EQ(bytes, std::string("\x2c\x01", 2));
    auto back = e->createColumn();
    ReadBufferFromMemory bytes_in(bytes);
    e->deserializeBinary(*back, bytes_in);
    EXPECT_EQ(serialize(*e, *back, 0, Form::Plain), "b");
}
