// The default handling every function gets unless it opts out: LowCardinality arguments are
// expanded, NULLs are peeled off (the function runs on nested columns and the null maps are
// OR-ed into the result), and all-constant arguments are computed once on one row.
#include "functions/IFunction.h"

#include <algorithm>

#include "columns/ColumnConst.h"
#include "columns/ColumnNullable.h"
#include "functions/CastColumn.h"
#include "functions/FunctionHelpers.h"
#include "types/DataTypeFactory.h"
#include "types/DataTypeSimpleAggregateFunction.h"

namespace datastore::functions
{
namespace
{
ColumnsWithTypeAndName withoutLowCardinality(const ColumnsWithTypeAndName & arguments)
{
    ColumnsWithTypeAndName result = arguments;
    for (auto & argument : result)
    {
        if (!argument.type->isLowCardinality())
            continue;
        argument.type = removeLowCardinality(argument.type);
        if (!argument.column)
            continue;
        if (const auto * constant = argument.column->as<ColumnConst>())
            argument.column = ColumnConst::create(constant->getDataColumn().convertToFullColumnIfLowCardinality(), constant->size());
        else
            argument.column = argument.column->convertToFullColumnIfLowCardinality();
    }
    return result;
}

/// A SimpleAggregateFunction(f, T) column is a column of T: functions compute on T (the
/// result of s + 1 is plain T), except those that look at types themselves (toTypeName, CAST).
bool withoutSimpleAggregateFunction(ColumnsWithTypeAndName & arguments)
{
    bool changed = false;
    for (auto & argument : arguments)
        if (argument.type->getTypeId() == TypeIndex::SimpleAggregateFunction)
        {
            argument.type = removeSimpleAggregateFunction(argument.type);
            changed = true;
        }
    return changed;
}

bool hasLowCardinality(const ColumnsWithTypeAndName & arguments)
{
    for (const auto & argument : arguments)
        if (argument.type->isLowCardinality())
            return true;
    return false;
}

/// The argument with Nullable taken off its type and its column (constant or not).
ColumnWithTypeAndName withoutNullable(const ColumnWithTypeAndName & argument)
{
    ColumnWithTypeAndName result = argument;
    result.type = removeNullable(argument.type);
    if (!argument.column)
        return result;
    if (const auto * constant = argument.column->as<ColumnConst>())
        result.column = ColumnConst::create(removeNullable(constant->getDataColumn()).shared_from_this(), constant->size());
    else
        result.column = removeNullable(*argument.column).shared_from_this();
    return result;
}

bool anyOnlyNull(const ColumnsWithTypeAndName & arguments)
{
    for (const auto & argument : arguments)
        if (onlyNull(*argument.type))
            return true;
    return false;
}

bool anyNullable(const ColumnsWithTypeAndName & arguments)
{
    for (const auto & argument : arguments)
        if (argument.type->isNullable())
            return true;
    return false;
}

bool allConstant(const ColumnsWithTypeAndName & arguments)
{
    if (arguments.empty())
        return false;
    for (const auto & argument : arguments)
        if (!argument.column || !argument.column->isConst())
            return false;
    return true;
}

ColumnPtr executeWithoutNulls(const IFunction & function, const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows)
{
    if (function.useDefaultImplementationForConstants() && allConstant(arguments))
    {
        ColumnsWithTypeAndName one_row = arguments;
        auto remain_constant = function.getArgumentsThatAreAlwaysConstant();
        for (size_t i = 0; i < one_row.size(); ++i)
        {
            /// Arguments the function reads as constants (a time zone, a precision) stay so, one row long.
            bool keep = std::find(remain_constant.begin(), remain_constant.end(), i) != remain_constant.end();
            const auto & constant = one_row[i].column->assertCast<ColumnConst>();
            one_row[i].column = keep ? ColumnConst::create(constant.getDataColumnPtr(), 1) : constant.getDataColumnPtr();
        }
        ColumnPtr value = function.execute(one_row, result_type, 1);
        value = value->convertToFullColumnIfConst();
        return ColumnConst::create(value, rows);
    }
    return function.execute(arguments, result_type, rows);
}

ColumnPtr orNullMaps(const ColumnPtr & left, const PodArray<UInt8> & right, size_t rows)
{
    auto merged = ColumnUInt8::create(rows);
    auto & merged_data = merged->getData();
    const auto & left_data = left->assertCast<ColumnUInt8>().getData();
    for (size_t i = 0; i < rows; ++i)
        merged_data[i] = left_data[i] | right[i];
    return merged;
}

/// Runs the function on the rows that are not NULL only and spreads the results back (NULL
/// rows get an arbitrary value under the null map). Used when the values under NULLs (0, '')
/// make the function throw: intDiv(1, NULL), toUInt8(NULL::Nullable(String)).
ColumnPtr executeOnNotNullRows(
    const IFunction & function, const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, const PodArray<UInt8> & null_map, size_t rows)
{
    Filter keep(rows);
    Permutation spread(rows);
    size_t kept = 0;
    for (size_t i = 0; i < rows; ++i)
    {
        keep[i] = !null_map[i];
        spread[i] = null_map[i] ? 0 : kept;
        kept += keep[i];
    }
    ColumnsWithTypeAndName kept_arguments = arguments;
    for (auto & argument : kept_arguments)
        argument.column = argument.column->isConst() ? ColumnConst::create(argument.column->assertCast<ColumnConst>().getDataColumnPtr(), kept)
                                                     : argument.column->filter(keep, static_cast<ssize_t>(kept));
    ColumnPtr result = executeWithoutNulls(function, kept_arguments, result_type, kept)->convertToFullColumnIfConst();
    return result->permute(spread, 0);
}

ColumnPtr executeWithNulls(const IFunction & function, const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows)
{
    if (anyOnlyNull(arguments))
        return result_type->createColumnConst(rows, Field());
    if (!anyNullable(arguments))
        return executeWithoutNulls(function, arguments, result_type, rows);

    /// Rows NULL in any argument; a NULL constant makes every row NULL.
    ColumnPtr null_map;
    ColumnsWithTypeAndName nested_arguments;
    nested_arguments.reserve(arguments.size());
    for (const auto & argument : arguments)
    {
        if (argument.type->isNullable())
        {
            if (const auto * constant = argument.column->as<ColumnConst>())
            {
                if (constant->isNullAt(0))
                    return result_type->createColumnConst(rows, Field());
            }
            else
            {
                const auto & map = argument.column->assertCast<ColumnNullable>().getNullMapColumnPtr();
                null_map = null_map ? orNullMaps(null_map, map->assertCast<ColumnUInt8>().getData(), rows) : map;
            }
        }
        nested_arguments.push_back(argument.type->isNullable() ? withoutNullable(argument) : argument);
    }

    DataTypePtr nested_type = removeNullable(result_type);
    ColumnPtr nested_result;
    try
    {
        nested_result = executeWithoutNulls(function, nested_arguments, nested_type, rows);
    }
    catch (const Exception &)
    {
        if (!null_map)
            throw;
        const auto & nulls = null_map->assertCast<ColumnUInt8>().getData();
        size_t null_rows = 0;
        for (UInt8 is_null : nulls)
            null_rows += is_null;
        if (null_rows == 0)
            throw;
        if (null_rows == rows)
            return result_type->createColumnConst(rows, Field());
        nested_result = executeOnNotNullRows(function, nested_arguments, nested_type, nulls, rows);
    }
    if (!result_type->isNullable())
        return nested_result;
    if (nested_result->isNullable())
        null_map = null_map ? null_map : ColumnUInt8::create(rows, 0);
    if (!null_map)
    {
        if (const auto * constant = nested_result->as<ColumnConst>())
            return ColumnConst::create(ColumnNullable::create(constant->getDataColumnPtr()), rows);
        return ColumnNullable::create(nested_result);
    }
    nested_result = nested_result->convertToFullColumnIfConst();
    /// A function returning Nullable itself (toUInt8OrNull): its own NULLs join the arguments'.
    if (const auto * nullable = nested_result->as<ColumnNullable>())
        return ColumnNullable::create(nullable->getNestedColumnPtr(), orNullMaps(null_map, nullable->getNullMapData(), rows));
    return ColumnNullable::create(nested_result, null_map);
}
}

/// As ClickHouse: a function of one LowCardinality column (the other arguments constant)
/// returns LowCardinality too, when its result type may be one: upper(browser), browser = 'x'.
static bool returnsLowCardinality(const ColumnsWithTypeAndName & arguments)
{
    bool has_low_cardinality_column = false;
    for (const auto & argument : arguments)
    {
        bool is_constant = argument.column && argument.column->isConst();
        if (argument.type->isLowCardinality() && !is_constant)
            has_low_cardinality_column = true;
        else if (!is_constant)
            return false;
    }
    return has_low_cardinality_column;
}

static DataTypePtr tryMakeLowCardinality(const DataTypePtr & type)
{
    if (type->isLowCardinality())
        return type;
    try
    {
        return DataTypeFactory::instance().get("LowCardinality(" + type->getName() + ")");
    }
    catch (const Exception &)
    {
        return type;
    }
}

DataTypePtr resolveFunctionReturnType(const IFunction & function, const ColumnsWithTypeAndName & arguments)
{
    if (ColumnsWithTypeAndName plain = arguments; function.useDefaultImplementationForLowCardinality() && withoutSimpleAggregateFunction(plain))
        return resolveFunctionReturnType(function, plain);
    if (function.useDefaultImplementationForLowCardinality() && hasLowCardinality(arguments))
    {
        DataTypePtr type = resolveFunctionReturnType(function, withoutLowCardinality(arguments));
        return returnsLowCardinality(arguments) ? tryMakeLowCardinality(type) : type;
    }

    if (function.useDefaultImplementationForNulls())
    {
        if (anyOnlyNull(arguments))
            return makeNullable(typeByName("Nothing"));
        if (anyNullable(arguments))
        {
            ColumnsWithTypeAndName nested_arguments;
            nested_arguments.reserve(arguments.size());
            for (const auto & argument : arguments)
                nested_arguments.push_back(withoutNullable(argument));
            return makeNullable(function.getReturnType(nested_arguments));
        }
    }
    return function.getReturnType(arguments);
}

ColumnPtr executeFunction(const IFunction & function, const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows)
{
    if (ColumnsWithTypeAndName plain = arguments; function.useDefaultImplementationForLowCardinality() && withoutSimpleAggregateFunction(plain))
        return executeFunction(function, plain, result_type, rows);
    if (function.useDefaultImplementationForLowCardinality() && hasLowCardinality(arguments))
    {
        if (!result_type->isLowCardinality())
            return executeFunction(function, withoutLowCardinality(arguments), result_type, rows);
        DataTypePtr plain_type = removeLowCardinality(result_type);
        ColumnPtr plain = executeFunction(function, withoutLowCardinality(arguments), plain_type, rows)->convertToFullColumnIfConst();
        return castColumn(plain, plain_type, result_type);
    }
    if (function.useDefaultImplementationForNulls())
        return executeWithNulls(function, arguments, result_type, rows);
    return executeWithoutNulls(function, arguments, result_type, rows);
}
}
