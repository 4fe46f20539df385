// String and FixedString: escaping per format as ClickHouse, parsing, rollback on errors,
// RowBinary and Native bytes.
#include "TypeTestHelpers.h"
#include "columns/ColumnFixedString.h"
#include "columns/ColumnString.h"

#include <gtest/gtest.h>

using namespace datastore;
using namespace datastore::test;

TEST(DataTypeString, TextOutput)
{
    auto type = DataTypeFactory::instance().get("String");
    auto column = columnOf(type, { std::string("a'b\\c\td\n/\"\x01", 11) });
    EXPECT_EQ(serialize(*type, *column, 0, Form::Plain), std::string("a'b\\c\td\n/\"\x01", 11));
    EXPECT_EQ(serialize(*type, *column, 0, Form::Escaped), "a\\'b\\\\c\\td\\n/\"\x01");
    EXPECT_EQ(serialize(*type, *column, 0, Form::Quoted), "'a\\'b\\\\c\\td\\n/\"\x01'");
    EXPECT_EQ(serialize(*type, *column, 0, Form::JSON), "\"a'b\\\\c\\td\\n\\/\\\"\\u0001\"");
    FormatSettings slashes;
    slashes.json_escape_forward_slashes = false;
    EXPECT_EQ(serialize(*type, *column, 0, Form::JSON, slashes), "\"a'b\\\\c\\td\\n/\\\"\\u0001\"");
    EXPECT_EQ(serialize(*type, *column, 0, Form::CSV), "\"a'b\\c\td\n/\"\"\x01\"");
}

TEST(DataTypeString, TextInput)
{
    std::string rest;
    EXPECT_EQ(roundTrip("String", "a\\x41\\qb\\N\\tc\tnext", Form::Escaped, Form::Plain, &rest), "aA\\qb\tc");
    EXPECT_EQ(rest, "\tnext");
    EXPECT_EQ(roundTrip("String", "'it''s \\'x\\''", Form::Quoted), "it's 'x'");
    EXPECT_EQ(roundTrip("String", "\"a\\u00e9\\/\"", Form::JSON), "a\xC3\xA9/");
    EXPECT_EQ(roundTrip("String", "123.5e3,", Form::JSON, Form::Plain, &rest), "123.5e3");
    EXPECT_EQ(rest, ",");
    EXPECT_EQ(roundTrip("String", "true}", Form::JSON), "true");
    EXPECT_EQ(roundTrip("String", "[1, \"]\" ,{\"a\":[2]}],", Form::JSON, Form::Plain, &rest), "[1, \"]\" ,{\"a\":[2]}]");
    EXPECT_EQ(rest, ",");
    EXPECT_EQ(roundTrip("String", "\"a\"\"b\",x", Form::CSV, Form::Plain, &rest), "a\"b");
    EXPECT_EQ(rest, ",x");
    EXPECT_EQ(roundTrip("String", "  ab c  \n", Form::CSV), "ab c  ");
    EXPECT_EQ(roundTrip("String", "any\tthing\n", Form::Whole), "any\tthing\n");
}

TEST(DataTypeString, ErrorsLeaveColumnUnchanged)
{
    EXPECT_EQ(parseError("String", "'abc", Form::Quoted).first, ErrorCodes::CANNOT_PARSE_QUOTED_STRING);
    EXPECT_EQ(parseError("String", "abc", Form::Quoted).first, ErrorCodes::CANNOT_PARSE_QUOTED_STRING);
    EXPECT_EQ(parseError("String", "\"abc", Form::JSON).first, ErrorCodes::CANNOT_PARSE_QUOTED_STRING);
    EXPECT_EQ(parseError("String", "nul", Form::JSON).first, ErrorCodes::CANNOT_PARSE_QUOTED_STRING);
    EXPECT_EQ(parseError("String", "{\"a\":1", Form::JSON).first, ErrorCodes::INCORRECT_DATA);
    EXPECT_EQ(parseError("String", "ab\\x4", Form::Escaped).first, ErrorCodes::CANNOT_PARSE_ESCAPE_SEQUENCE);

    auto type = DataTypeFactory::instance().get("String");
    auto column = columnOf(type, { "kept" });
    ReadBufferFromMemory in("'partial");
    EXPECT_THROW(type->deserializeTextQuoted(*column, in, {}), Exception);
    const auto & strings = static_cast<const ColumnString &>(*column);
    EXPECT_EQ(strings.size(), 1u);
    EXPECT_EQ(strings.getChars().size(), 4u);
}

TEST(DataTypeString, Binary)
{
    auto type = DataTypeFactory::instance().get("String");
    auto column = columnOf(type, { "", "abc", std::string(200, 'x') });
    std::string bytes;
    {
        WriteBufferFromString out(bytes);
        type->serializeBinaryBulk(*column, out, 0, 0);
    }
    EXPECT_EQ(
        bytes.substr(0, 5),
        std::string(
            "\x00\x03"
            "abc",
            5));
    EXPECT_EQ(bytes.substr(5, 2), "\xC8\x01");
    EXPECT_EQ(bytes.size(), 7u + 200u);

    auto back = type->createColumn();
    ReadBufferFromMemory in(bytes);
    type->deserializeBinaryBulk(*back, in, 2);
    type->deserializeBinary(*back, in);
    ASSERT_EQ(back->size(), 3u);
    EXPECT_EQ((*back)[1], Field("abc"));
    EXPECT_EQ((*back)[2], Field(std::string(200, 'x')));

    ReadBufferFromMemory truncated(std::string_view(
        "\x05"
        "ab",
        3));
    auto empty = type->createColumn();
    EXPECT_THROW(type->deserializeBinary(*empty, truncated), Exception);
    EXPECT_EQ(empty->size(), 0u);
    EXPECT_EQ(static_cast<const ColumnString &>(*empty).getChars().size(), 0u);
}

TEST(DataTypeFixedString, TextAndBinary)
{
    auto type = DataTypeFactory::instance().get("FixedString(4)");
    EXPECT_EQ(type->getName(), "FixedString(4)");
    EXPECT_EQ(type->getFamilyName(), "FixedString");
    auto column = columnOf(type, { "ab" });
    EXPECT_EQ(serialize(*type, *column, 0, Form::Plain), std::string("ab\0\0", 4));
    EXPECT_EQ(serialize(*type, *column, 0, Form::Quoted), "'ab\\0\\0'");
    EXPECT_EQ(serialize(*type, *column, 0, Form::Escaped), "ab\\0\\0");
    EXPECT_EQ(serialize(*type, *column, 0, Form::JSON), "\"ab\\u0000\\u0000\"");
    EXPECT_EQ(serialize(*type, *column, 0, Form::CSV), std::string("\"ab\0\0\"", 6));

    EXPECT_EQ(roundTrip("FixedString(3)", "xyz", Form::Escaped), "xyz");
    EXPECT_EQ(roundTrip("FixedString(3)", "'x'", Form::Quoted, Form::Escaped), "x\\0\\0");
    auto [code, message] = parseError("FixedString(2)", "abc", Form::Escaped);
    EXPECT_EQ(code, ErrorCodes::TOO_LARGE_STRING_SIZE);
    EXPECT_EQ(message, "Too large value for FixedString(2)");
    EXPECT_EQ(parseError("FixedString(2)", "'abc'", Form::Quoted).first, ErrorCodes::TOO_LARGE_STRING_SIZE);

    std::string bytes;
    {
        WriteBufferFromString out(bytes);
        type->serializeBinary(*column, 0, out);
        type->serializeBinaryBulk(*column, out, 0, 0);
    }
    EXPECT_EQ(bytes, std::string("ab\0\0ab\0\0", 8));
    auto back = type->createColumn();
    ReadBufferFromMemory in(bytes);
    type->deserializeBinaryBulk(*back, in, 5);
    EXPECT_EQ(back->size(), 2u);
    EXPECT_EQ((*back)[1], Field(std::string("ab\0\0", 4)));
}

TEST(ColumnFixedString, RowOperations)
{
    auto column = ColumnFixedString::create(2);
    column->insertData("b");
    column->insertData("ab");
    column->insertDefault();
    EXPECT_EQ(column->size(), 3u);
    EXPECT_EQ(column->getName(), "FixedString(2)");
    EXPECT_THROW(column->insertData("abc"), Exception);

    Filter filter { 1, 0, 1 };
    auto filtered = column->filter(filter, -1);
    EXPECT_EQ(filtered->size(), 2u);
    EXPECT_EQ(filtered->getDataAt(1), std::string_view("\0\0", 2));

    Permutation perm;
    column->getPermutation(false, 0, 1, perm);
    EXPECT_EQ(perm[0], 2u);
    EXPECT_EQ(perm[1], 1u);
    EXPECT_EQ(perm[2], 0u);
    auto permuted = column->permute(perm, 2);
    EXPECT_EQ(permuted->getDataAt(1), "ab");

    PodArray<UInt64> offsets { 2, 2, 3 };
    auto replicated = column->replicate(offsets);
    EXPECT_EQ(replicated->size(), 3u);
    EXPECT_EQ(replicated->getDataAt(1), std::string_view("b\0", 2));

    auto copy = column->cloneResized(4);
    EXPECT_EQ(copy->size(), 4u);
    column->popBack(1);
    EXPECT_EQ(column->size(), 2u);
}
