// if(cond, then, else) and multiIf(cond1, then1, cond2, then2, ..., else): the branches are
// cast to their least supertype and rows are picked by the condition (a NULL condition is
// false). multiIf is evaluated as nested ifs from the last branch to the first.
#include "columns/ColumnNullable.h"
#include "functions/CastColumn.h"
#include "functions/FunctionFactory.h"
#include "functions/FunctionHelpers.h"
#include "functions/registerFunctions.h"
#include "types/getLeastSupertype.h"

namespace datastore::functions
{
namespace
{
void checkCondition(const std::string & name, const IDataType & type)
{
    TypeIndex id = removeNullable(type.shared_from_this())->getTypeId();
    if (id != TypeIndex::UInt8 && id != TypeIndex::Bool && id != TypeIndex::Nothing)
        throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type {} of first argument (condition) of function {}. Must be UInt8",
                        type.getName(), name);
}

/// One byte per row, 1 where the condition holds (NULL counts as false).
PodArray<UInt8> conditionValues(const ColumnWithTypeAndName & condition, size_t rows)
{
    PodArray<UInt8> values(rows, 0);
    if (onlyNull(*condition.type))
        return values;
    ColumnPtr column = condition.column->convertToFullColumnIfConst();
    const auto & data = removeNullable(*column).assertCast<ColumnUInt8>().getData();
    for (size_t i = 0; i < rows; ++i)
        values[i] = data[i] != 0;
    if (const auto * nullable = column->as<ColumnNullable>())
    {
        const auto & null_map = nullable->getNullMapData();
        for (size_t i = 0; i < rows; ++i)
            values[i] &= !null_map[i];
    }
    return values;
}

DataTypePtr branchesSupertype(const DataTypes & branches)
{
    bool all_null = true;
    for (const auto & type : branches)
        all_null = all_null && onlyNull(*type);
    if (all_null)
        return branches[0];
    return getLeastSupertype(branches);
}

class FunctionIf final : public IFunction
{
public:
    std::string getName() const override { return "if"; }
    bool useDefaultImplementationForNulls() const override { return false; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount("if", arguments.size(), 3);
        checkCondition("if", *arguments[0].type);
        return branchesSupertype({arguments[1].type, arguments[2].type});
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const override
    {
        ColumnPtr then = castColumn(arguments[1].column, arguments[1].type, result_type);
        ColumnPtr otherwise = castColumn(arguments[2].column, arguments[2].type, result_type);
        return selectRows(conditionValues(arguments[0], rows), then, otherwise);
    }
};

class FunctionMultiIf final : public IFunction
{
public:
    std::string getName() const override { return "multiIf"; }
    bool useDefaultImplementationForNulls() const override { return false; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        if (arguments.size() < 3 || arguments.size() % 2 == 0)
            throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Invalid number of arguments for function multiIf");
        DataTypes branches;
        for (size_t i = 0; i + 1 < arguments.size(); i += 2)
        {
            checkCondition("multiIf", *arguments[i].type);
            branches.push_back(arguments[i + 1].type);
        }
        branches.push_back(arguments.back().type);
        return branchesSupertype(branches);
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const override
    {
        ColumnPtr result = castColumn(arguments.back().column, arguments.back().type, result_type);
        for (size_t i = arguments.size() - 1; i >= 2; i -= 2)
        {
            const auto & condition = arguments[i - 2];
            const auto & branch = arguments[i - 1];
            result = selectRows(conditionValues(condition, rows), castColumn(branch.column, branch.type, result_type), result);
        }
        return result->convertToFullColumnIfConst();
    }
};
}

void registerFunctionIf(FunctionFactory & factory)
{
    factory.registerFunction("if", [](const FunctionContext &) { return std::make_shared<FunctionIf>(); },
                             FunctionFactory::CaseSensitiveness::CaseInsensitive);
    factory.registerFunction("multiIf", [](const FunctionContext &) { return std::make_shared<FunctionMultiIf>(); });
}
}
