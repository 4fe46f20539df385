// and, or, xor, not with ClickHouse's three-valued logic: NULL AND 0 is 0, NULL OR 1 is 1,
// otherwise NULL wins. Each argument becomes one byte per row (0 false, 1 NULL, 2 true), so
// AND is the minimum and OR the maximum over the arguments.
#include <algorithm>

#include "columns/ColumnNullable.h"
#include "functions/FunctionFactory.h"
#include "functions/FunctionHelpers.h"
#include "functions/registerFunctions.h"

namespace datastore::functions
{
namespace
{
constexpr UInt8 kFalse = 0;
constexpr UInt8 kNull = 1;
constexpr UInt8 kTrue = 2;

bool isLogicalOperand(const IDataType & type)
{
    TypeIndex id = removeNullable(type.shared_from_this())->getTypeId();
    return isNativeNumber(id) || id == TypeIndex::Bool || id == TypeIndex::Nothing;
}

/// Nonzero as 1, zero as 0, for any numeric column.
void truthValues(const IColumn & column, TypeIndex type, UInt8 * out)
{
    dispatchByStorage(type, [&](auto tag) {
        using T = typename decltype(tag)::Type;
        const auto & data = column.assertCast<ColumnVector<T>>().getData();
        for (size_t i = 0; i < data.size(); ++i)
            out[i] = data[i] != T(0);
    });
}

/// The argument as kFalse / kNull / kTrue per row.
PodArray<UInt8> ternaryValues(const ColumnWithTypeAndName & argument, size_t rows)
{
    PodArray<UInt8> values(rows);
    if (onlyNull(*argument.type))
    {
        std::fill(values.begin(), values.end(), kNull);
        return values;
    }
    ColumnPtr column = argument.column->convertToFullColumnIfConst();
    TypeIndex type = removeNullable(argument.type)->getTypeId();
    truthValues(removeNullable(*column), type, values.data());
    for (size_t i = 0; i < rows; ++i)
        values[i] = values[i] ? kTrue : kFalse;
    if (const auto * nullable = column->as<ColumnNullable>())
    {
        const auto & null_map = nullable->getNullMapData();
        for (size_t i = 0; i < rows; ++i)
            if (null_map[i])
                values[i] = kNull;
    }
    return values;
}

void checkOperands(const std::string & name, const ColumnsWithTypeAndName & arguments, size_t min_arguments)
{
    if (arguments.size() < min_arguments)
        throw Exception(ErrorCodes::TOO_FEW_ARGUMENTS_FOR_FUNCTION, "Number of arguments for function \"{}\" should be at least {}: passed {}",
                        name, min_arguments, arguments.size());
    for (size_t i = 0; i < arguments.size(); ++i)
        if (!isLogicalOperand(*arguments[i].type))
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type ({}) of {} argument of function {}", arguments[i].type->getName(),
                            i + 1, name);
}

class FunctionAndOr final : public IFunction
{
public:
    explicit FunctionAndOr(bool is_and_) : is_and(is_and_) {}

    std::string getName() const override { return is_and ? "and" : "or"; }
    bool useDefaultImplementationForNulls() const override { return false; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkOperands(getName(), arguments, 2);
        for (const auto & argument : arguments)
            if (argument.type->isNullable())
                return makeNullable(typeByName("UInt8"));
        return typeByName("UInt8");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const override
    {
        PodArray<UInt8> accumulated = ternaryValues(arguments[0], rows);
        for (size_t arg = 1; arg < arguments.size(); ++arg)
        {
            PodArray<UInt8> next = ternaryValues(arguments[arg], rows);
            if (is_and)
                for (size_t i = 0; i < rows; ++i)
                    accumulated[i] = std::min(accumulated[i], next[i]);
            else
                for (size_t i = 0; i < rows; ++i)
                    accumulated[i] = std::max(accumulated[i], next[i]);
        }

        auto values = ColumnUInt8::create(rows);
        auto & out = values->getData();
        for (size_t i = 0; i < rows; ++i)
            out[i] = accumulated[i] == kTrue;
        if (!result_type->isNullable())
            return values;
        auto null_map = ColumnUInt8::create(rows);
        auto & nulls = null_map->getData();
        for (size_t i = 0; i < rows; ++i)
            nulls[i] = accumulated[i] == kNull;
        return ColumnNullable::create(values, null_map);
    }

private:
    bool is_and;
};

/// xor and not: any NULL argument gives NULL, which the default implementation does.
class FunctionXorNot final : public IFunction
{
public:
    explicit FunctionXorNot(bool is_not_) : is_not(is_not_) {}

    std::string getName() const override { return is_not ? "not" : "xor"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        if (is_not)
        {
            checkArgumentCount("not", arguments.size(), 1);
            if (!isLogicalOperand(*arguments[0].type))
                throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type ({}) of argument of function not", arguments[0].type->getName());
        }
        else
            checkOperands("xor", arguments, 2);
        return typeByName("UInt8");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        auto result = ColumnUInt8::create(rows, 0);
        UInt8 * out = result->getData().data();
        PodArray<UInt8> values(rows);
        for (const auto & argument : arguments)
        {
            truthValues(*argument.column->convertToFullColumnIfConst(), argument.type->getTypeId(), values.data());
            for (size_t i = 0; i < rows; ++i)
                out[i] ^= values[i];
        }
        if (is_not)
            for (size_t i = 0; i < rows; ++i)
                out[i] ^= 1;
        return result;
    }

private:
    bool is_not;
};
}

void registerFunctionsLogical(FunctionFactory & factory)
{
    factory.registerFunction("and", [](const FunctionContext &) { return std::make_shared<FunctionAndOr>(true); });
    factory.registerFunction("or", [](const FunctionContext &) { return std::make_shared<FunctionAndOr>(false); });
    factory.registerFunction("xor", [](const FunctionContext &) { return std::make_shared<FunctionXorNot>(false); });
    factory.registerFunction("not", [](const FunctionContext &) { return std::make_shared<FunctionXorNot>(true); });
}
}
