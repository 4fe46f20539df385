// Bool, UUID and Nothing: text spellings, errors and binary layout as ClickHouse.
#include "TypeTestHelpers.h"

#include <gtest/gtest.h>

using namespace datastore;
using namespace datastore::test;

TEST(DataTypeBool, TextForms)
{
    auto type = DataTypeFactory::instance().get("Bool");
    EXPECT_EQ(type->getName(), "Bool");
    auto column = columnOf(type, { true, false });
    EXPECT_EQ(serialize(*type, *column, 0, Form::Plain), "true");
    EXPECT_EQ(serialize(*type, *column, 1, Form::CSV), "false");
    EXPECT_EQ(serialize(*type, *column, 0, Form::JSON), "true");
    EXPECT_EQ(serialize(*type, *column, 0, Form::Quoted), "true");
    EXPECT_EQ(type->getField(*column, 0), Field(true));

    for (const char * text : { "true", "1", "yes", "T", "Enable", "on", "Y", "enabled" })
        EXPECT_EQ(roundTrip("Bool", text, Form::Escaped), "true") << text;
    for (const char * text : { "false", "0", "no", "F", "OFF", "disable", "n" })
        EXPECT_EQ(roundTrip("Bool", text, Form::Escaped), "false") << text;
    EXPECT_EQ(roundTrip("Bool", "\"true\"", Form::CSV), "true");
    EXPECT_EQ(roundTrip("Bool", "0", Form::JSON), "false");
    EXPECT_EQ(roundTrip("Bool", "Yes", Form::Whole), "true");
}

TEST(DataTypeBool, Errors)
{
    auto [code, message] = parseError("Bool", "maybe", Form::Whole);
    EXPECT_EQ(code, ErrorCodes::CANNOT_PARSE_BOOL);
    EXPECT_EQ(message.substr(0, 40), "Cannot parse boolean value here: 'maybe'");
    EXPECT_EQ(parseError("Bool", "10", Form::Escaped).first, ErrorCodes::CANNOT_PARSE_BOOL);
    EXPECT_EQ(parseError("Bool", "true x", Form::Whole).first, ErrorCodes::CANNOT_PARSE_BOOL);
    std::tie(code, message) = parseError("Bool", "\"true\"", Form::JSON);
    EXPECT_EQ(code, ErrorCodes::CANNOT_PARSE_BOOL);
    EXPECT_EQ(message, "Invalid boolean value, should be true/false, 1/0, but it starts with the '\"' character");
}

TEST(DataTypeUUID, TextAndBinary)
{
    const std::string text = "61f0c404-5cb3-11e7-907b-a6006ad3dba0";
    EXPECT_EQ(roundTrip("UUID", text, Form::Escaped), text);
    EXPECT_EQ(roundTrip("UUID", "'" + text + "'", Form::Quoted, Form::Quoted), "'" + text + "'");
    EXPECT_EQ(roundTrip("UUID", "\"" + text + "\"", Form::JSON, Form::JSON), "\"" + text + "\"");
    EXPECT_EQ(roundTrip("UUID", text, Form::CSV, Form::CSV), "\"" + text + "\"");
    EXPECT_EQ(roundTrip("UUID", "61F0C4045CB311E7907BA6006AD3DBA0", Form::Whole), text);

    auto type = DataTypeFactory::instance().get("UUID");
    auto column = columnOf(type, { UUID { 0x61f0c4045cb311e7ULL, 0x907ba6006ad3dba0ULL } });
    std::string bytes;
    {
        WriteBufferFromString out(bytes);
        type->serializeBinary(*column, 0, out);
    }
    /// ClickHouse's RowBinary bytes of this UUID: E711B35C04C4F061 A0DBD36A00A67B90.
    EXPECT_EQ(bytes, std::string("\xE7\x11\xB3\x5C\x04\xC4\xF0\x61\xA0\xDB\xD3\x6A\x00\xA6\x7B\x90", 16));

    auto [code, message] = parseError("UUID", "abc", Form::Whole);
    EXPECT_EQ(code, ErrorCodes::CANNOT_PARSE_UUID);
    EXPECT_EQ(message, "Cannot parse uuid abc");
    EXPECT_EQ(parseError("UUID", "'" + text, Form::Quoted).first, ErrorCodes::CANNOT_PARSE_INPUT_ASSERTION_FAILED);
    EXPECT_EQ(parseError("UUID", text + "0", Form::Whole).first, ErrorCodes::CANNOT_PARSE_UUID);
}

TEST(DataTypeNothing, NoTextButNativeBytes)
{
    auto type = DataTypeFactory::instance().get("Nothing");
    EXPECT_EQ(type->getName(), "Nothing");
    EXPECT_TRUE(type->getDefault().isNull());
    auto column = type->createColumn();
    column->insertManyDefaults(3);
    std::string bytes;
    {
        WriteBufferFromString out(bytes);
        type->serializeBinaryBulk(*column, out, 1, 0);
    }
    EXPECT_EQ(bytes, "00");
    auto back = type->createColumn();
    ReadBufferFromMemory in(bytes);
    type->deserializeBinaryBulk(*back, in, 5);
    EXPECT_EQ(back->size(), 2u);
    EXPECT_EQ(parseError("Nothing", "1", Form::Escaped).first, ErrorCodes::NOT_IMPLEMENTED);
}
