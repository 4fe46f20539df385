// DataTypeFactory: names, SQL aliases, case rules, argument splitting and errors.
#include "TypeTestHelpers.h"
#include "types/registerDataTypes.h"

#include <gtest/gtest.h>

using namespace datastore;

namespace
{
std::string canonical(const std::string & name)
{
    return DataTypeFactory::instance().get(name)->getName();
}

int errorCode(const std::string & name)
{
    try
    {
        DataTypeFactory::instance().get(name);
    }
    catch (const Exception & e)
    {
        return e.code();
    }
    return 0;
}
}

TEST(DataTypeFactory, AliasesAndCase)
{
    EXPECT_EQ(canonical("INT"), "Int32");
    EXPECT_EQ(canonical("integer"), "Int32");
    EXPECT_EQ(canonical("BIGINT"), "Int64");
    EXPECT_EQ(canonical("bigint unsigned"), "UInt64");
    EXPECT_EQ(canonical("SMALLINT"), "Int16");
    EXPECT_EQ(canonical("TINYINT"), "Int8");
    EXPECT_EQ(canonical("INT UNSIGNED"), "UInt32");
    EXPECT_EQ(canonical("FLOAT"), "Float32");
    EXPECT_EQ(canonical("double"), "Float64");
    EXPECT_EQ(canonical("DOUBLE PRECISION"), "Float64");
    EXPECT_EQ(canonical("VARCHAR"), "String");
    EXPECT_EQ(canonical("varchar(255)"), "String");
    EXPECT_EQ(canonical("TEXT"), "String");
    EXPECT_EQ(canonical("CHAR"), "String");
    EXPECT_EQ(canonical("string"), "String");
    EXPECT_EQ(canonical("BOOLEAN"), "Bool");
    EXPECT_EQ(canonical("bool"), "Bool");
    EXPECT_EQ(canonical("BINARY(3)"), "FixedString(3)");
    EXPECT_EQ(canonical("INT(11)"), "Int32");
    EXPECT_EQ(canonical("FLOAT(10, 2)"), "Float32");
    EXPECT_EQ(canonical("  UInt8 "), "UInt8");
    EXPECT_TRUE(DataTypeFactory::instance().hasFamily("UUID"));
    EXPECT_FALSE(DataTypeFactory::instance().hasFamily("Foo"));
    registerDataTypes(); /// idempotent
    EXPECT_EQ(canonical("UInt8"), "UInt8");
}

TEST(DataTypeFactory, Errors)
{
    try
    {
        DataTypeFactory::instance().get("Foo");
        FAIL();
    }
    catch (const Exception & e)
    {
        EXPECT_EQ(e.code(), ErrorCodes::UNKNOWN_TYPE);
        EXPECT_EQ(e.message(), "Unknown data type family: Foo");
    }
    /// Families without case_insensitive are case-sensitive, as in ClickHouse.
    EXPECT_EQ(errorCode("uint8"), ErrorCodes::UNKNOWN_TYPE);
    EXPECT_EQ(errorCode("FixedString"), ErrorCodes::UNEXPECTED_AST_STRUCTURE);
    EXPECT_EQ(errorCode("FixedString(0)"), ErrorCodes::ARGUMENT_OUT_OF_BOUND);
    EXPECT_EQ(errorCode("FixedString(a)"), ErrorCodes::UNEXPECTED_AST_STRUCTURE);
    EXPECT_EQ(errorCode("Int32(1, 2)"), ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH);
    EXPECT_EQ(errorCode("String(1, 2)"), ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH);
    EXPECT_EQ(errorCode("String('a')"), ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT);
    EXPECT_EQ(errorCode("Bool(1)"), ErrorCodes::DATA_TYPE_CANNOT_HAVE_ARGUMENTS);
    EXPECT_EQ(errorCode("FixedString(3"), ErrorCodes::SYNTAX_ERROR);
    EXPECT_EQ(errorCode("FixedString(3))"), ErrorCodes::SYNTAX_ERROR);
}

TEST(DataTypeFactory, SplitTypeName)
{
    std::string family;
    DataTypeFactory::Arguments arguments;
    splitTypeName("DateTime64(3, 'UTC')", family, arguments);
    EXPECT_EQ(family, "DateTime64");
    EXPECT_EQ(arguments, (DataTypeFactory::Arguments { "3", "'UTC'" }));

    splitTypeName("Map(String, Array(Tuple(a UInt8, b String)))", family, arguments);
    EXPECT_EQ(family, "Map");
    EXPECT_EQ(arguments, (DataTypeFactory::Arguments { "String", "Array(Tuple(a UInt8, b String))" }));

    splitTypeName("Enum8('a,(' = 1, 'it''s' = 2, 'b\\'c' = 3)", family, arguments);
    EXPECT_EQ(family, "Enum8");
    EXPECT_EQ(arguments, (DataTypeFactory::Arguments { "'a,(' = 1", "'it''s' = 2", "'b\\'c' = 3" }));

    splitTypeName("Tuple()", family, arguments);
    EXPECT_EQ(family, "Tuple");
    EXPECT_TRUE(arguments.empty());

    splitTypeName("UInt8", family, arguments);
    EXPECT_EQ(family, "UInt8");
    EXPECT_TRUE(arguments.empty());

    EXPECT_THROW(splitTypeName("Enum8('a = 1)", family, arguments), Exception);
    EXPECT_THROW(splitTypeName("Array(UInt8", family, arguments), Exception);
}

TEST(DataTypeFactory, UnquoteTypeArgument)
{
    EXPECT_EQ(unquoteTypeArgument("'UTC'"), "UTC");
    EXPECT_EQ(unquoteTypeArgument(" 'it''s' "), "it's");
    EXPECT_EQ(unquoteTypeArgument("'a\\'b'"), "a'b");
    EXPECT_THROW(unquoteTypeArgument("UTC"), Exception);
    EXPECT_THROW(unquoteTypeArgument("'a' 'b'"), Exception);
}
