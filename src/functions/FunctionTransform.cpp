// transform(x, from, to [, default]): the element of the constant array `to` at the position
// of x in the constant array `from`; else `default`, or x itself without one. A NULL x matches
// nothing. ClickHouse rewrites CASE x WHEN ... to it, and Insights uses it to bucket breakdowns.
#include <unordered_map>

#include "base/Exception.h"
#include "columns/ColumnConst.h"
#include "columns/ColumnNullable.h"
#include "columns/ColumnString.h"
#include "functions/CastColumn.h"
#include "functions/FunctionFactory.h"
#include "functions/registerFunctions.h"
#include "types/DataTypeArray.h"
#include "types/DataTypeNullable.h"
#include "types/getLeastSupertype.h"

namespace datastore::functions
{
namespace
{
constexpr const char * kSignature = "Function transform has signature: transform(T, Array(T), Array(U), U) -> U; or "
                                    "transform(T, Array(T), Array(T)) -> T; where T and U are types";

/// The constant array argument `index` as a column of its element type.
ColumnPtr constantArray(const ColumnWithTypeAndName & argument, size_t index)
{
    const auto * constant = argument.column ? dynamic_cast<const ColumnConst *>(argument.column.get()) : nullptr;
    if (!constant)
        throw Exception(ErrorCodes::ILLEGAL_COLUMN, "Argument at index {} for function transform must be constant", index);
    const auto & element_type = static_cast<const DataTypeArray &>(*argument.type).getNestedType();
    auto column = element_type->createColumn();
    for (const Field & element : constant->getField().get<Array>())
        column->insert(element);
    return column;
}

DataTypePtr supertypeOr43(const DataTypes & types)
{
    try
    {
        return getLeastSupertype(types);
    }
    catch (const Exception &)
    {
        throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "{}", kSignature);
    }
}

/// Bytes of a value as a lookup key: fixed-width values by their memory, strings by their chars.
class ValueKeys
{
public:
    explicit ValueKeys(const IColumn & column)
        : strings(dynamic_cast<const ColumnString *>(&column)), raw(column.getRawData()), width(column.sizeOfValueIfFixed())
    {
        if (!strings && width == 0)
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "{}", kSignature);
    }
    std::string_view at(size_t row) const { return strings ? strings->getDataAt(row) : raw.substr(row * width, width); }

private:
    const ColumnString * strings;
    std::string_view raw;
    size_t width;
};

class FunctionTransform final : public IFunction
{
public:
    std::string getName() const override { return "transform"; }
    bool useDefaultImplementationForNulls() const override { return false; }
    std::vector<size_t> getArgumentsThatAreAlwaysConstant() const override { return {1, 2}; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        if (arguments.size() != 3 && arguments.size() != 4)
            throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH,
                            "Number of arguments for function transform doesn't match: passed {}, should be 3 or 4", arguments.size());
        const auto * from = dynamic_cast<const DataTypeArray *>(arguments[1].type.get());
        const auto * to = dynamic_cast<const DataTypeArray *>(arguments[2].type.get());
        if (!from || !to)
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "{}", kSignature);
        if (arguments[1].column && arguments[2].column && constantArray(arguments[1], 1)->size() != constantArray(arguments[2], 2)->size())
            throw Exception(ErrorCodes::BAD_ARGUMENTS, "Second and third arguments of function transform must be arrays of same size");
        supertypeOr43({removeNullable(arguments[0].type), from->getNestedType()});
        if (arguments.size() == 4)
            return supertypeOr43({to->getNestedType(), arguments[3].type});
        /// Without a default, the values of `to` take x's place: they must share a type with x.
        supertypeOr43({removeNullable(arguments[0].type), to->getNestedType()});
        return arguments[0].type;
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const override
    {
        ColumnPtr x = arguments[0].column->convertToFullColumnIfConst();
        DataTypePtr x_type = removeNullable(arguments[0].type);
        const PodArray<UInt8> * null_map = nullptr;
        if (const auto * nullable = dynamic_cast<const ColumnNullable *>(x.get()))
        {
            null_map = &nullable->getNullMapData();
            x = nullable->getNestedColumnPtr();
        }
        ColumnPtr from = constantArray(arguments[1], 1);
        ColumnPtr to = constantArray(arguments[2], 2);
        if (from->size() != to->size())
            throw Exception(ErrorCodes::BAD_ARGUMENTS, "Second and third arguments of function transform must be arrays of same size");

        /// x and `from` compared as values of their common type.
        const auto & from_type = static_cast<const DataTypeArray &>(*arguments[1].type).getNestedType();
        DataTypePtr compared_type = removeNullable(getLeastSupertype({x_type, from_type}));
        ColumnPtr x_compared = castColumn(x, x_type, compared_type);
        ColumnPtr from_compared = castColumn(from, from_type, compared_type);
        ValueKeys from_keys(*from_compared);
        std::unordered_map<std::string_view, UInt64> position_of;
        for (size_t i = 0; i < from_compared->size(); ++i)
            position_of.emplace(from_keys.at(i), i);

        /// The result gathers from `to` followed by the defaults (x itself without a default).
        const auto & to_type = static_cast<const DataTypeArray &>(*arguments[2].type).getNestedType();
        auto sources = result_type->createColumn();
        sources->insertRangeFrom(*castColumn(to, to_type, result_type), 0, to->size());
        bool default_is_constant = false;
        if (arguments.size() == 4)
        {
            default_is_constant = arguments[3].column && arguments[3].column->isConst();
            ColumnPtr defaults = default_is_constant ? static_cast<const ColumnConst &>(*arguments[3].column).getDataColumnPtr() : arguments[3].column;
            ColumnPtr converted = castColumn(defaults, arguments[3].type, result_type);
            sources->insertRangeFrom(*converted, 0, converted->size());
        }
        else
            sources->insertRangeFrom(*arguments[0].column->convertToFullColumnIfConst(), 0, rows);

        ValueKeys x_keys(*x_compared);
        Permutation positions(rows);
        UInt64 first_default = to->size();
        for (size_t row = 0; row < rows; ++row)
        {
            UInt64 position = first_default + (default_is_constant ? 0 : row);
            if (!null_map || !(*null_map)[row])
                if (auto it = position_of.find(x_keys.at(row)); it != position_of.end())
                    position = it->second;
            positions[row] = position;
        }
        return sources->permute(positions, 0);
    }
};
}

void registerFunctionTransform(FunctionFactory & factory)
{
    factory.registerFunction("transform", [](const FunctionContext &) { return std::make_shared<FunctionTransform>(); });
}
}
