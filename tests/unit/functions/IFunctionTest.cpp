// The default implementations around every function: NULL arguments peeled off and their
// null maps OR-ed, NULL constants, all-constant folding to one row, LowCardinality expanded.
#include <gtest/gtest.h>

#include "columns/ColumnNullable.h"
#include "CoreFunctionTestHelpers.h"

using namespace datastore;
using namespace datastore::functions;
using namespace datastore::functions::test;

namespace
{
/// Sums its UInt8 arguments and records what it was called with.
class ProbeFunction final : public IFunction
{
public:
    mutable size_t last_rows = 0;
    mutable bool saw_nullable = false;
    mutable bool saw_const = false;

    std::string getName() const override { return "probe"; }
    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        for (const auto & argument : arguments)
            if (argument.type->getName() != "UInt8")
                throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "probe takes UInt8, got {}", argument.type->getName());
        return DataTypeFactory::instance().get("UInt8");
    }
    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        last_rows = rows;
        auto result = ColumnUInt8::create(rows, 0);
        for (const auto & argument : arguments)
        {
            saw_nullable = saw_nullable || argument.column->isNullable();
            saw_const = saw_const || argument.column->isConst();
            ColumnPtr full = argument.column->convertToFullColumnIfConst();
            const auto & data = full->assertCast<ColumnUInt8>().getData();
            for (size_t i = 0; i < rows; ++i)
                result->getData()[i] += data[i];
        }
        return result;
    }
};

ColumnWithTypeAndName call(const ProbeFunction & probe, const ColumnsWithTypeAndName & arguments)
{
    DataTypePtr type = resolveFunctionReturnType(probe, arguments);
    return {executeFunction(probe, arguments, type, arguments[0].column->size()), type, "probe"};
}
}

TEST(IFunction, NullableArgumentsOrTheirNullMaps)
{
    ProbeFunction probe;
    auto result = call(probe, {column("Nullable(UInt8)", {"1", "NULL", "3"}), column("Nullable(UInt8)", {"NULL", "2", "4"})});
    EXPECT_EQ(result.type->getName(), "Nullable(UInt8)");
    EXPECT_EQ(texts(result), (Rows{"NULL", "NULL", "7"}));
    EXPECT_FALSE(probe.saw_nullable);

    auto with_constant = call(probe, {column("UInt8", {"1", "2"}), constant("Nullable(UInt8)", "5", 2)});
    EXPECT_EQ(texts(with_constant), (Rows{"6", "7"}));
    EXPECT_EQ(with_constant.type->getName(), "Nullable(UInt8)");
}

TEST(IFunction, NullConstantGivesAllNull)
{
    ProbeFunction probe;
    auto result = call(probe, {column("UInt8", {"1", "2"}), nullConstant(2)});
    EXPECT_EQ(result.type->getName(), "Nullable(Nothing)");
    EXPECT_EQ(texts(result), (Rows{"NULL", "NULL"}));
    EXPECT_EQ(probe.last_rows, 0u);

    auto null_value = call(probe, {column("UInt8", {"1", "2"}), constant("Nullable(UInt8)", "NULL", 2)});
    EXPECT_EQ(null_value.type->getName(), "Nullable(UInt8)");
    EXPECT_EQ(texts(null_value), (Rows{"NULL", "NULL"}));
}

TEST(IFunction, AllConstantsComputeOneRow)
{
    ProbeFunction probe;
    auto result = call(probe, {constant("UInt8", "2", 1000), constant("UInt8", "3", 1000)});
    EXPECT_EQ(probe.last_rows, 1u);
    EXPECT_FALSE(probe.saw_const);
    ASSERT_TRUE(result.column->isConst());
    EXPECT_EQ(result.column->size(), 1000u);
    EXPECT_EQ((*result.column)[999], Field(UInt64(5)));

    auto mixed = call(probe, {column("UInt8", {"1", "2"}), constant("UInt8", "3", 2)});
    EXPECT_EQ(probe.last_rows, 2u);
    EXPECT_TRUE(probe.saw_const);
    EXPECT_EQ(texts(mixed), (Rows{"4", "5"}));
}

TEST(IFunction, LowCardinalityIsExpanded)
{
    ProbeFunction probe;
    auto result = call(probe, {column("LowCardinality(UInt8)", {"1", "2", "1"}), column("UInt8", {"1", "1", "1"})});
    EXPECT_EQ(result.type->getName(), "UInt8");
    EXPECT_EQ(texts(result), (Rows{"2", "3", "2"}));
}

TEST(IFunction, ValuesUnderNullsDoNotRaiseErrors)
{
    EXPECT_EQ(evaluate("intDiv", {constant("UInt8", "1", 3), column("Nullable(UInt8)", {"NULL", "1", "NULL"})}),
              (std::pair<std::string, Rows>{"Nullable(UInt8)", {"NULL", "1", "NULL"}}));
    EXPECT_EQ(evaluate("toUInt8", {column("Nullable(String)", {"NULL", "2"})}), (std::pair<std::string, Rows>{"Nullable(UInt8)", {"NULL", "2"}}));
    EXPECT_EQ(evaluate("modulo", {constant("UInt8", "1", 1), column("Nullable(UInt8)", {"NULL"})}), (std::pair<std::string, Rows>{"Nullable(UInt8)", {"NULL"}}));
    EXPECT_EQ(errorOf("intDiv", {column("UInt8", {"1", "1"}), column("Nullable(UInt8)", {"NULL", "0"})}).first, 153);
}
