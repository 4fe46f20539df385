// Text and binary helpers against the exact bytes ClickHouse 24.x reads and writes
// (expected strings checked with clickhouse/chDB).
#include "base/Exception.h"
#include "io/ReadHelpers.h"
#include "io/WriteHelpers.h"

#include <cmath>
#include <gtest/gtest.h>
#include <limits>

using namespace datastore;

namespace
{
template <typename F> std::string written(F && write)
{
    std::string result;
    {
        WriteBufferFromString out(result);
        write(out);
    }
    return result;
}

/// A ReadBuffer that hands out one byte per window, to test values split across windows.
class ByteByByteReadBuffer : public ReadBuffer
{
public:
    explicit ByteByByteReadBuffer(std::string data_)
        : data(std::move(data_))
    {
    }

protected:
    bool nextImpl() override
    {
        if (offset == data.size())
            return false;
        setWindow(data.data() + offset, data.data() + offset + 1);
        ++offset;
        return true;
    }

private:
    std::string data;
    size_t offset = 0;
};

int errorCode(auto && action)
{
    try
    {
        action();
    }
    catch (const Exception & e)
    {
        return e.code();
    }
    return 0;
}
}

TEST(WriteHelpers, Integers)
{
    EXPECT_EQ(written([](auto & out) { writeIntText(UInt8(255), out); }), "255");
    EXPECT_EQ(written([](auto & out) { writeIntText(Int8(-128), out); }), "-128");
    EXPECT_EQ(written([](auto & out) { writeIntText(std::numeric_limits<Int64>::min(), out); }), "-9223372036854775808");
    EXPECT_EQ(written([](auto & out) { writeIntText(std::numeric_limits<UInt64>::max(), out); }), "18446744073709551615");
    EXPECT_EQ(written([](auto & out) { writeIntText(~UInt128(0), out); }), "340282366920938463463374607431768211455");
    Int128 min128 = -(Int128(1) << 126) * 2;
    EXPECT_EQ(written([&](auto & out) { writeIntText(min128, out); }), "-170141183460469231731687303715884105728");
}

TEST(WriteHelpers, FloatsAsClickHouse)
{
    auto text = [](auto x) { return written([&](auto & out) { writeFloatText(x, out); }); };
    EXPECT_EQ(text(0.1), "0.1");
    EXPECT_EQ(text(1e-7), "1e-7");
    EXPECT_EQ(text(1e-6), "0.000001");
    EXPECT_EQ(text(0.000001234), "0.000001234");
    EXPECT_EQ(text(1e21), "1e21");
    EXPECT_EQ(text(1e20), "100000000000000000000");
    EXPECT_EQ(text(123456789012.0), "123456789012");
    EXPECT_EQ(text(1.2345678901234568e22), "1.2345678901234568e22");
    EXPECT_EQ(text(1.5e300), "1.5e300");
    EXPECT_EQ(text(2e-300), "2e-300");
    EXPECT_EQ(text(5e-324), "5e-324");
    EXPECT_EQ(text(-0.0), "-0");
    EXPECT_EQ(text(0.0), "0");
    EXPECT_EQ(text(-2.5), "-2.5");
    EXPECT_EQ(text(std::numeric_limits<double>::infinity()), "inf");
    EXPECT_EQ(text(-std::numeric_limits<double>::infinity()), "-inf");
    EXPECT_EQ(text(std::numeric_limits<double>::quiet_NaN()), "nan");
    EXPECT_EQ(text(-std::numeric_limits<double>::quiet_NaN()), "nan");
    EXPECT_EQ(text(0.1f), "0.1");
    EXPECT_EQ(text(3.4028235e38f), "3.4028235e38");
    EXPECT_EQ(text(1e20f), "100000000000000000000");
}

TEST(WriteHelpers, Strings)
{
    std::string value("a'b\\c\tq\nz\0\b\f\r\x01/\"x", 17);
    EXPECT_EQ(written([&](auto & out) { writeEscapedString(value, out); }), "a\\'b\\\\c\\tq\\nz\\0\\b\\f\\r\x01/\"x");
    EXPECT_EQ(written([&](auto & out) { writeQuotedString(value, out); }), "'a\\'b\\\\c\\tq\\nz\\0\\b\\f\\r\x01/\"x'");
    EXPECT_EQ(written([&](auto & out) { writeJSONString(value, out, true); }), "\"a'b\\\\c\\tq\\nz\\u0000\\b\\f\\r\\u0001\\/\\\"x\"");
    EXPECT_EQ(written([](auto & out) { writeJSONString("a/b\x1f", out, false); }), "\"a/b\\u001F\"");
    EXPECT_EQ(written([](auto & out) { writeJSONString("x\xE2\x80\xA8y\xE2\x82\xAC", out, true); }), "\"x\\u2028y\xE2\x82\xAC\"");
    EXPECT_EQ(written([](auto & out) { writeCSVString("a\"b\"", out); }), "\"a\"\"b\"\"\"");
    EXPECT_EQ(written([](auto & out) { writeCSVString("", out); }), "\"\"");
    EXPECT_EQ(written([](auto & out) { writeBackQuotedString("a`b", out); }), "`a\\`b`");
    EXPECT_EQ(
        written(
            [](auto & out) {
                writeUUIDText(UUID { 0x61f0c4045cb311e7ULL, 0x907ba6006ad3dba0ULL }, out);
            }),
        "61f0c404-5cb3-11e7-907b-a6006ad3dba0");
}

TEST(WriteHelpers, VarUIntRoundTrip)
{
    for (UInt64 value : { UInt64(0), UInt64(1), UInt64(127), UInt64(128), UInt64(300), UInt64(1) << 35, ~UInt64(0) })
    {
        std::string bytes = written([&](auto & out) { writeVarUInt(value, out); });
        ReadBufferFromMemory in(bytes);
        UInt64 back = 0;
        readVarUInt(back, in);
        EXPECT_EQ(back, value);
        EXPECT_TRUE(in.eof());
    }
    EXPECT_EQ(written([](auto & out) { writeVarUInt(300, out); }), "\xAC\x02");
    EXPECT_EQ(
        written([](auto & out) { writeStringBinary("abc", out); }),
        "\x03"
        "abc");
    ReadBufferFromMemory truncated("\x80");
    UInt64 x;
    EXPECT_EQ(errorCode([&] { readVarUInt(x, truncated); }), ErrorCodes::ATTEMPT_TO_READ_AFTER_EOF);
}

TEST(ReadHelpers, Integers)
{
    Int32 value = 0;
    ReadBufferFromMemory in("-123\t+7");
    readIntText(value, in);
    EXPECT_EQ(value, -123);
    assertChar('\t', in);
    readIntText(value, in);
    EXPECT_EQ(value, 7);
    EXPECT_TRUE(in.eof());

    ByteByByteReadBuffer split("18446744073709551615");
    UInt64 big = 0;
    readIntText(big, split);
    EXPECT_EQ(big, ~UInt64(0));

    ReadBufferFromMemory overflow("18446744073709551616");
    EXPECT_EQ(errorCode([&] { readIntText(big, overflow); }), ErrorCodes::CANNOT_PARSE_NUMBER);
    ReadBufferFromMemory int8_min("-128");
    Int8 small = 0;
    readIntText(small, int8_min);
    EXPECT_EQ(small, -128);
    ReadBufferFromMemory int8_over("128");
    EXPECT_EQ(errorCode([&] { readIntText(small, int8_over); }), ErrorCodes::CANNOT_PARSE_NUMBER);

    /// Input formats wrap like ClickHouse: '300' is 44 as UInt8.
    ReadBufferFromMemory wrapped("300");
    UInt8 byte = 0;
    EXPECT_TRUE((tryReadIntText<UInt8, IntOverflow::Wrap>(byte, wrapped)));
    EXPECT_EQ(byte, 44);

    ReadBufferFromMemory garbage("abc");
    EXPECT_FALSE(tryReadIntText(value, garbage));
    EXPECT_EQ(garbage.pos()[0], 'a');
    ReadBufferFromMemory minus_unsigned("-1");
    EXPECT_FALSE(tryReadIntText(byte, minus_unsigned));
    ReadBufferFromMemory only_sign("-x");
    EXPECT_EQ(errorCode([&] { tryReadIntText(value, only_sign); }), ErrorCodes::CANNOT_PARSE_NUMBER);
    ReadBufferFromMemory empty("");
    EXPECT_EQ(errorCode([&] { readIntText(value, empty); }), ErrorCodes::CANNOT_PARSE_NUMBER);

    ReadBufferFromMemory int128_text("-170141183460469231731687303715884105728");
    Int128 huge = 0;
    readIntText(huge, int128_text);
    EXPECT_EQ(static_cast<UInt128>(huge), UInt128(1) << 127);
}

TEST(ReadHelpers, Floats)
{
    auto parse = [](std::string text)
    {
        ByteByByteReadBuffer in(text);
        double x = 0;
        readFloatText(x, in);
        EXPECT_TRUE(in.eof()) << text;
        return x;
    };
    EXPECT_EQ(parse("0.1"), 0.1);
    EXPECT_EQ(parse("-1.5e-7"), -1.5e-7);
    EXPECT_EQ(parse("+5"), 5.0);
    EXPECT_EQ(parse(".5"), 0.5);
    EXPECT_EQ(parse("5."), 5.0);
    EXPECT_EQ(parse("1E3"), 1000.0);
    EXPECT_EQ(parse("1e400"), std::numeric_limits<double>::infinity());
    EXPECT_EQ(parse("1e-400"), 0.0);
    EXPECT_EQ(parse("inf"), std::numeric_limits<double>::infinity());
    EXPECT_EQ(parse("-Infinity"), -std::numeric_limits<double>::infinity());
    EXPECT_TRUE(std::isnan(parse("+nan")));

    float f = 0;
    ReadBufferFromMemory in32("0.1");
    readFloatText(f, in32);
    EXPECT_EQ(f, 0.1f);

    for (const char * bad : { "abc", "", "1e", "-", ".", "infx" })
    {
        ReadBufferFromMemory in(bad);
        double x;
        EXPECT_EQ(errorCode([&] { readFloatText(x, in); }), ErrorCodes::CANNOT_PARSE_NUMBER) << bad;
    }
}

TEST(ReadHelpers, EscapedString)
{
    ByteByByteReadBuffer in("a\\x41\\qb\\N\\tc\\\\\\'\\n\tnext");
    EXPECT_EQ(readEscapedString(in), "aA\\qb\tc\\'\n");
    assertChar('\t', in);
    EXPECT_EQ(readEscapedString(in), "next");

    ReadBufferFromMemory bad_hex("\\xZZ");
    EXPECT_EQ(errorCode([&] { readEscapedString(bad_hex); }), ErrorCodes::CANNOT_PARSE_ESCAPE_SEQUENCE);
}

TEST(ReadHelpers, QuotedString)
{
    ByteByByteReadBuffer in("'it''s \\'x\\' \\\\ \\n'rest");
    EXPECT_EQ(readQuotedString(in), "it's 'x' \\ \n");
    EXPECT_TRUE(checkString("rest", in));

    ReadBufferFromMemory unterminated("'abc");
    EXPECT_EQ(errorCode([&] { readQuotedString(unterminated); }), ErrorCodes::CANNOT_PARSE_QUOTED_STRING);
    ReadBufferFromMemory no_quote("abc");
    EXPECT_EQ(errorCode([&] { readQuotedString(no_quote); }), ErrorCodes::CANNOT_PARSE_QUOTED_STRING);
}

TEST(ReadHelpers, JSONString)
{
    ByteByByteReadBuffer in(R"("a\"b\\c\/d\n\u00e9\ud83d\ude00")");
    EXPECT_EQ(readJSONString(in), "a\"b\\c/d\n\xC3\xA9\xF0\x9F\x98\x80");
    EXPECT_TRUE(in.eof());
    ReadBufferFromMemory other_escapes(R"("\a\0\t")");
    EXPECT_EQ(readJSONString(other_escapes), "a0\t");
    ReadBufferFromMemory lone_surrogate(R"("\ud83dx")");
    EXPECT_EQ(errorCode([&] { readJSONString(lone_surrogate); }), ErrorCodes::CANNOT_PARSE_ESCAPE_SEQUENCE);
    ReadBufferFromMemory bad_unicode(R"("\u12G4")");
    EXPECT_EQ(errorCode([&] { readJSONString(bad_unicode); }), ErrorCodes::CANNOT_PARSE_ESCAPE_SEQUENCE);
    ReadBufferFromMemory unterminated("\"abc");
    EXPECT_EQ(errorCode([&] { readJSONString(unterminated); }), ErrorCodes::CANNOT_PARSE_QUOTED_STRING);
}

TEST(ReadHelpers, CSVString)
{
    ByteByByteReadBuffer in("\"a\"\"b\",  ab c  ,'x'\nlast");
    EXPECT_EQ(readCSVString(in), "a\"b");
    assertChar(',', in);
    EXPECT_EQ(readCSVString(in), "ab c  ");
    assertChar(',', in);
    EXPECT_EQ(readCSVString(in), "'x'");
    assertChar('\n', in);
    CSVStringSettings single_quotes;
    single_quotes.allow_single_quotes = true;
    ReadBufferFromMemory quoted("'x''y'");
    EXPECT_EQ(readCSVString(quoted, single_quotes), "x'y");
    EXPECT_EQ(readCSVString(in), "last");

    ReadBufferFromMemory unterminated("\"abc");
    EXPECT_EQ(errorCode([&] { readCSVString(unterminated); }), ErrorCodes::CANNOT_PARSE_INPUT_ASSERTION_FAILED);
}

TEST(ReadHelpers, UUIDAndAssertions)
{
    ReadBufferFromMemory in("61f0c404-5cb3-11e7-907b-a6006ad3dba0 61F0C4045CB311E7907BA6006AD3DBA0");
    UUID uuid;
    readUUIDText(uuid, in);
    EXPECT_EQ(uuid.high, 0x61f0c4045cb311e7ULL);
    EXPECT_EQ(uuid.low, 0x907ba6006ad3dba0ULL);
    skipWhitespaceIfAny(in);
    UUID again;
    readUUIDText(again, in);
    EXPECT_EQ(again, uuid);
    assertEOF(in);

    ReadBufferFromMemory bad("abc");
    EXPECT_EQ(errorCode([&] { readUUIDText(uuid, bad); }), ErrorCodes::CANNOT_PARSE_UUID);

    /// The canonical form read straight from the window: upper case, and a bad digit inside.
    ReadBufferFromMemory quoted("61F0C404-5CB3-11E7-907B-A6006AD3DBA0\",\"");
    readUUIDText(again, quoted);
    EXPECT_EQ(again, uuid);
    assertChar('"', quoted);
    ReadBufferFromMemory bad_digit("61f0c404-5cb3-11e7-907b-a6006ad3dbaz\",\"");
    EXPECT_EQ(errorCode([&] { readUUIDText(uuid, bad_digit); }), ErrorCodes::CANNOT_PARSE_UUID);

    ReadBufferFromMemory text("abc");
    try
    {
        assertChar(',', text);
        FAIL();
    }
    catch (const Exception & e)
    {
        EXPECT_EQ(e.code(), ErrorCodes::CANNOT_PARSE_INPUT_ASSERTION_FAILED);
        EXPECT_EQ(e.message(), "Cannot parse input: expected ',' before: 'abc'");
    }
    EXPECT_FALSE(checkString("abd", text));
    EXPECT_EQ(text.pos()[0], 'a');
    EXPECT_TRUE(checkStringCaseInsensitive("AB", text));
    EXPECT_EQ(errorCode([&] { assertEOF(text); }), ErrorCodes::CANNOT_PARSE_INPUT_ASSERTION_FAILED);
}
