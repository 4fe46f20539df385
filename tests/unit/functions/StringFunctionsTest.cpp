// String functions against ClickHouse's results, including edge offsets, LIKE escapes and errors.
#include <gtest/gtest.h>

#include "FunctionTestHelpers.h"
#include "base/Exception.h"

using namespace datastore;
using namespace datastore::functions::testing;

namespace
{
std::string one(const std::string & name, const ColumnsWithTypeAndName & arguments)
{
    return run(name, arguments, 1).text(0);
}

ColumnWithTypeAndName str(const std::string & s)
{
    return values("String", {Field(s)});
}

ColumnWithTypeAndName num(Int64 v)
{
    return values("Int64", {Field(v)});
}

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
}

TEST(StringFunctionsTest, LengthAndEmptiness)
{
    EXPECT_EQ(one("length", {str("abcé")}), "5");
    EXPECT_EQ(one("lengthUTF8", {str("abcé")}), "4");
    EXPECT_EQ(one("empty", {str("")}), "1");
    EXPECT_EQ(one("notEmpty", {str("")}), "0");
    EXPECT_EQ(run("length", {str("a")}, 1).type->getName(), "UInt64");
    EXPECT_EQ(run("empty", {str("a")}, 1).type->getName(), "UInt8");
    EXPECT_EQ(errorCode([] { one("length", {num(1)}); }), ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT);
}

TEST(StringFunctionsTest, CaseMappingIsAscii)
{
    EXPECT_EQ(one("upper", {str("abcé")}), "ABCé");
    EXPECT_EQ(one("lower", {str("AbC-Z")}), "abc-z");
    EXPECT_EQ(one("UPPER", {str("x")}), "X");
}

TEST(StringFunctionsTest, ConcatConvertsOtherTypes)
{
    EXPECT_EQ(one("concat", {str("a")}), "a");
    EXPECT_EQ(one("concat", {str("x"), values("Float64", {1.5}), values("Date", {UInt64(18262)})}), "x1.52020-01-01");
    auto with_null = run("concat", {str("a"), values("Nullable(String)", {Field()})}, 1);
    EXPECT_EQ(with_null.type->getName(), "Nullable(String)");
    EXPECT_TRUE(with_null.at(0).isNull());
    auto mixed = run("concat", {values("String", {"a", "b"}), constant("String", "-", 2), values("UInt8", {UInt64(1), UInt64(2)})}, 2);
    EXPECT_EQ(mixed.text(0), "a-1");
    EXPECT_EQ(mixed.text(1), "b-2");
}

TEST(StringFunctionsTest, SubstringOffsetsAsClickHouse)
{
    EXPECT_EQ(one("substring", {str("hello"), num(0)}), "");
    EXPECT_EQ(one("substring", {str("hello"), num(-2)}), "lo");
    EXPECT_EQ(one("substring", {str("hello"), num(2), num(-1)}), "ell");
    EXPECT_EQ(one("substring", {str("hello"), num(-10), num(3)}), "");
    EXPECT_EQ(one("substring", {str("hello"), num(3), num(100)}), "llo");
    EXPECT_EQ(one("substring", {str("hello"), num(10)}), "");
    EXPECT_EQ(one("substring", {str("hello"), num(-3), num(-1)}), "ll");
    EXPECT_EQ(one("substring", {str("hello"), num(2), num(0)}), "");
    EXPECT_EQ(one("substr", {str("hello"), num(2), num(2)}), "el");
    EXPECT_EQ(one("mid", {str("hello"), num(1), num(1)}), "h");
    EXPECT_EQ(errorCode([] { one("substring", {str("hello")}); }), ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH);
    EXPECT_EQ(errorCode([] { one("substring", {str("hello"), str("1")}); }), ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT);
}

TEST(StringFunctionsTest, SearchAndTrim)
{
    EXPECT_EQ(one("position", {str("hello"), str("l")}), "3");
    EXPECT_EQ(one("position", {str("hello"), str("")}), "1");
    EXPECT_EQ(one("position", {str(""), str("")}), "1");
    EXPECT_EQ(one("position", {str("hello"), str("z")}), "0");
    EXPECT_EQ(one("startsWith", {str("hello"), str("he")}), "1");
    EXPECT_EQ(one("endsWith", {str("hello"), str("he")}), "0");
    EXPECT_EQ(one("trim", {str("  a b  ")}), "a b");
    EXPECT_EQ(one("trimLeft", {str("  a ")}), "a ");
    EXPECT_EQ(one("trimRight", {str(" a  ")}), " a");
    /// Only spaces are trimmed.
    EXPECT_EQ(one("trimBoth", {str("\ta\t")}), "\ta\t");
}

TEST(StringFunctionsTest, Replace)
{
    EXPECT_EQ(one("replaceAll", {str("abcabc"), str("b"), str("XY")}), "aXYcaXYc");
    EXPECT_EQ(one("replaceOne", {str("abcabc"), str("b"), str("")}), "acabc");
    EXPECT_EQ(one("replaceAll", {str("abc"), str(""), str("x")}), "abc");
    EXPECT_EQ(one("replace", {str("aaa"), str("aa"), str("b")}), "ba");
}

TEST(StringFunctionsTest, LikeAndMatch)
{
    EXPECT_EQ(one("like", {str("a%b"), str("a\\%b")}), "1");
    EXPECT_EQ(one("like", {str("axb"), str("a\\%b")}), "0");
    EXPECT_EQ(one("ilike", {str("aXb"), str("axb")}), "1");
    EXPECT_EQ(one("like", {str("abc"), str("%b%")}), "1");
    EXPECT_EQ(one("notLike", {str("abc"), str("a%")}), "0");
    EXPECT_EQ(one("like", {str("a.c"), str("a.c")}), "1");
    EXPECT_EQ(one("like", {str("abc"), str("a.c")}), "0");
    EXPECT_EQ(one("like", {str("a\\b"), str("a\\\\b")}), "1");
    EXPECT_EQ(one("like", {str("a\nb"), str("a_b")}), "1");
    EXPECT_EQ(one("like", {str("abc"), str("abc")}), "1");
    EXPECT_EQ(one("like", {str("abcd"), str("abc")}), "0");
    EXPECT_EQ(one("like", {str("xabc"), str("%abc")}), "1");
    EXPECT_EQ(one("like", {str("abcx"), str("abc%")}), "1");
    EXPECT_EQ(one("like", {str("a(b"), str("a(_")}), "1");
    EXPECT_EQ(one("match", {str("a\nb"), str("a.b")}), "1");
    EXPECT_EQ(one("match", {str("xx123"), str("\\d+$")}), "1");
    EXPECT_EQ(one("match", {str("abc"), str("^b")}), "0");
    EXPECT_EQ(errorCode([] { one("match", {str("abc"), str("(")}); }), ErrorCodes::CANNOT_COMPILE_REGEXP);

    /// A constant pattern over many rows, and a pattern that changes per row.
    auto constant_pattern = run("like", {values("String", {"apple", "banana", "grape"}), constant("String", "%an%", 3)}, 3);
    EXPECT_EQ(constant_pattern.text(0), "0");
    EXPECT_EQ(constant_pattern.text(1), "1");
    auto per_row = run("like", {values("String", {"apple", "banana"}), values("String", {"a%", "a%"})}, 2);
    EXPECT_EQ(per_row.text(0), "1");
    EXPECT_EQ(per_row.text(1), "0");
}
