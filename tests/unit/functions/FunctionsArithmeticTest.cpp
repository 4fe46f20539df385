// Arithmetic: ClickHouse's result types, values with wrapping and signedness, division errors,
// date arithmetic, NULLs and constants.
#include <gtest/gtest.h>

#include "CoreFunctionTestHelpers.h"

using namespace datastore;
using namespace datastore::functions::test;
using Result = std::pair<std::string, Rows>;

TEST(FunctionsArithmetic, ResultTypes)
{
    auto type_of = [](const char * function, const char * left, const char * right) {
        return run(function, {column(left, {"1"}), column(right, {"1"})}).type->getName();
    };
    EXPECT_EQ(type_of("plus", "UInt8", "UInt8"), "UInt16");
    EXPECT_EQ(type_of("plus", "UInt32", "UInt32"), "UInt64");
    EXPECT_EQ(type_of("plus", "UInt64", "Int64"), "Int64");
    EXPECT_EQ(type_of("plus", "UInt32", "Int8"), "Int64");
    EXPECT_EQ(type_of("plus", "Int8", "UInt8"), "Int16");
    EXPECT_EQ(type_of("plus", "Float32", "Float32"), "Float64");
    EXPECT_EQ(type_of("minus", "UInt8", "UInt8"), "Int16");
    EXPECT_EQ(type_of("minus", "UInt64", "UInt64"), "Int64");
    EXPECT_EQ(type_of("multiply", "UInt64", "Int8"), "Int64");
    EXPECT_EQ(type_of("divide", "UInt8", "UInt8"), "Float64");
    EXPECT_EQ(type_of("intDiv", "UInt8", "UInt8"), "UInt8");
    EXPECT_EQ(type_of("intDiv", "UInt64", "Int8"), "Int64");
    EXPECT_EQ(type_of("intDiv", "Int8", "UInt64"), "Int8");
    EXPECT_EQ(type_of("intDiv", "Float32", "UInt8"), "Int32");
    EXPECT_EQ(type_of("intDiv", "UInt8", "Float64"), "Int8");
    EXPECT_EQ(type_of("modulo", "UInt64", "UInt8"), "UInt8");
    EXPECT_EQ(type_of("modulo", "Int32", "UInt8"), "Int16");
    EXPECT_EQ(type_of("modulo", "Int32", "UInt32"), "Int64");
    EXPECT_EQ(type_of("modulo", "UInt8", "Int64"), "UInt64");
    EXPECT_EQ(type_of("modulo", "Float32", "Float32"), "Float64");
}

TEST(FunctionsArithmetic, Values)
{
    EXPECT_EQ(evaluate("plus", {column("UInt8", {"255", "1"}), column("UInt8", {"255", "2"})}), (Result{"UInt16", {"510", "3"}}));
    EXPECT_EQ(evaluate("minus", {column("UInt8", {"1"}), column("UInt8", {"2"})}), (Result{"Int16", {"-1"}}));
    EXPECT_EQ(evaluate("plus", {column("UInt64", {"18446744073709551615"}), column("Int64", {"1"})}), (Result{"Int64", {"0"}}));
    EXPECT_EQ(evaluate("multiply", {column("Int32", {"-3"}), column("Float64", {"0.5"})}), (Result{"Float64", {"-1.5"}}));
    EXPECT_EQ(evaluate("divide", {column("Int32", {"1", "-1", "0"}), column("UInt8", {"0", "0", "0"})}), (Result{"Float64", {"inf", "-inf", "nan"}}));
    EXPECT_EQ(evaluate("intDiv", {column("Int32", {"-7", "7"}), column("Int32", {"2", "-2"})}), (Result{"Int32", {"-3", "-3"}}));
    EXPECT_EQ(evaluate("modulo", {column("Int32", {"-7", "7", "-7"}), column("Int32", {"2", "-2", "-2"})}), (Result{"Int32", {"-1", "1", "-1"}}));
    EXPECT_EQ(evaluate("modulo", {column("Float64", {"7.5"}), column("UInt8", {"2"})}), (Result{"Float64", {"1.5"}}));
    EXPECT_EQ(evaluate("intDivOrZero", {column("UInt8", {"7", "7"}), column("Int16", {"0", "2"})}), (Result{"Int8", {"0", "3"}}));
    EXPECT_EQ(evaluate("negate", {column("UInt8", {"200"})}), (Result{"Int16", {"-200"}}));
    EXPECT_EQ(evaluate("negate", {column("Float32", {"1.5"})}), (Result{"Float32", {"-1.5"}}));
    EXPECT_EQ(evaluate("abs", {column("Int8", {"-128", "5"})}), (Result{"UInt8", {"128", "5"}}));
    EXPECT_EQ(evaluate("abs", {column("Int64", {"-9223372036854775808"})}), (Result{"UInt64", {"9223372036854775808"}}));
    EXPECT_EQ(evaluate("negate", {column("Int64", {"-9223372036854775808"})}), (Result{"Int64", {"-9223372036854775808"}}));
}

TEST(FunctionsArithmetic, ConstantsAndNulls)
{
    auto result = run("plus", {constant("UInt8", "2", 3), constant("UInt8", "3", 3)});
    EXPECT_TRUE(result.column->isConst());
    EXPECT_EQ(texts(result), (Rows{"5", "5", "5"}));
    EXPECT_EQ(evaluate("plus", {column("UInt8", {"1", "2"}), constant("Int8", "-1", 2)}), (Result{"Int16", {"0", "1"}}));
    EXPECT_EQ(evaluate("minus", {constant("UInt8", "10", 2), column("UInt8", {"1", "2"})}), (Result{"Int16", {"9", "8"}}));
    EXPECT_EQ(evaluate("plus", {column("Nullable(UInt8)", {"1", "NULL"}), column("UInt8", {"1", "1"})}), (Result{"Nullable(UInt16)", {"2", "NULL"}}));
    EXPECT_EQ(evaluate("plus", {column("UInt8", {"1", "2"}), nullConstant(2)}), (Result{"Nullable(Nothing)", {"NULL", "NULL"}}));
}

TEST(FunctionsArithmetic, Dates)
{
    EXPECT_EQ(evaluate("plus", {column("Date", {"2020-01-01"}), column("UInt8", {"31"})}), (Result{"Date", {"2020-02-01"}}));
    EXPECT_EQ(evaluate("plus", {column("Int32", {"1"}), column("Date", {"2020-01-01"})}), (Result{"Date", {"2020-01-02"}}));
    EXPECT_EQ(evaluate("minus", {column("DateTime('UTC')", {"2020-01-01 00:00:00"}), column("UInt8", {"1"})}),
              (Result{"DateTime('UTC')", {"2019-12-31 23:59:59"}}));
    EXPECT_EQ(evaluate("minus", {column("Date", {"2020-01-02"}), column("Date", {"2020-01-01"})}), (Result{"Int32", {"1"}}));
    EXPECT_EQ(evaluate("plus", {column("DateTime64(3, 'UTC')", {"2020-01-01 00:00:00.250"}), constant("UInt8", "1", 1)}),
              (Result{"DateTime64(3, 'UTC')", {"2020-01-01 00:00:01.250"}}));
    EXPECT_EQ(evaluate("plus", {column("Date32", {"2020-01-01"}), column("Float64", {"1.5"})}), (Result{"Date32", {"2020-01-02"}}));
    EXPECT_EQ(errorOf("minus", {column("Date", {"2020-01-02"}), column("Date32", {"2020-01-01"})}),
              (std::pair<int, std::string>{43, "Illegal types Date and Date32 of arguments of function minus"}));
}

TEST(FunctionsArithmetic, Errors)
{
    EXPECT_EQ(errorOf("intDiv", {column("Int32", {"1"}), column("Int32", {"0"})}), (std::pair<int, std::string>{153, "Division by zero"}));
    EXPECT_EQ(errorOf("modulo", {column("Int32", {"1"}), constant("UInt8", "0", 1)}).first, 153);
    /// A float remainder of zero is NaN, not an error (test 00582).
    EXPECT_EQ(errorOf("modulo", {column("UInt64", {"7"}), column("UInt8", {"0"})}).first, 153);
    EXPECT_EQ(errorOf("intDiv", {column("Int64", {"-9223372036854775808"}), column("Int8", {"-1"})}).first, 153);
    EXPECT_EQ(errorOf("plus", {column("String", {"a"}), column("UInt8", {"1"})}),
              (std::pair<int, std::string>{43, "Illegal types String and UInt8 of arguments of function plus"}));
    EXPECT_EQ(errorOf("plus", {column("UInt8", {"1"})}),
              (std::pair<int, std::string>{42, "Number of arguments for function plus doesn't match: passed 1, should be 2"}));
    EXPECT_EQ(errorOf("negate", {column("String", {"a"})}).first, 43);
}

TEST(FunctionsArithmetic, Decimals)
{
    EXPECT_EQ(evaluate("plus", {column("Decimal(9, 2)", {"1.25"}), column("Decimal(9, 3)", {"0.001"})}), (Result{"Decimal(9, 3)", {"1.251"}}));
    EXPECT_EQ(evaluate("multiply", {column("Decimal(9, 2)", {"1.5"}), column("Decimal(9, 2)", {"2.25"})}), (Result{"Decimal(9, 4)", {"3.375"}}));
    EXPECT_EQ(evaluate("multiply", {column("Decimal(18, 2)", {"1.5"}), column("UInt8", {"2"})}), (Result{"Decimal(18, 2)", {"3"}}));
    EXPECT_EQ(evaluate("minus", {column("Decimal(9, 2)", {"1"}), column("Decimal(38, 1)", {"0.5"})}), (Result{"Decimal(38, 2)", {"0.5"}}));
    EXPECT_EQ(evaluate("divide", {column("Decimal(9, 2)", {"1"}), column("Decimal(9, 2)", {"3"})}), (Result{"Decimal(9, 2)", {"0.33"}}));
    EXPECT_EQ(evaluate("divide", {column("Decimal(18, 4)", {"1"}), column("Decimal(9, 2)", {"3"})}), (Result{"Decimal(18, 4)", {"0.3333"}}));
    EXPECT_EQ(evaluate("divide", {column("UInt8", {"3"}), column("Decimal(9, 2)", {"2"})}), (Result{"Decimal(9, 2)", {"1.5"}}));
    EXPECT_EQ(evaluate("plus", {column("Decimal(9, 2)", {"1.25"}), column("Float64", {"1.5"})}), (Result{"Float64", {"2.75"}}));
    EXPECT_EQ(evaluate("negate", {column("Decimal(9, 2)", {"1.25"})}), (Result{"Decimal(9, 2)", {"-1.25"}}));
    EXPECT_EQ(errorOf("divide", {column("Decimal(9, 2)", {"1"}), column("Decimal(9, 3)", {"3"})}),
              (std::pair<int, std::string>{69, "Decimal result's scale is less than argument's one"}));
    EXPECT_EQ(errorOf("divide", {column("Decimal(9, 2)", {"1"}), column("Decimal(9, 2)", {"0"})}).first, 153);
}
