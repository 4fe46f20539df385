// arrayFold((acc, x, ...) -> body, arr, ..., initial): the accumulator starts at `initial` and
// becomes the body's result for each element in turn. The lambda still runs vectorized: step k
// evaluates it once over the k-th elements of every row whose arrays are longer than k. Rows are
// ordered longest first, so the rows still folding at any step are a prefix of that order.
#include <numeric>

#include "columns/ColumnArray.h"
#include "functions/FunctionHelpers.h"
#include "functions/IHigherOrderFunction.h"
#include "functions/registerFunctions.h"
#include "types/DataTypeArray.h"

namespace datastore::functions
{
namespace
{
class FunctionArrayFold final : public IHigherOrderFunction
{
public:
    std::string getName() const override { return "arrayFold"; }

    /// `arguments`: the arrays, then the initial accumulator. The lambda takes the accumulator
    /// first, then one element of each array.
    DataTypes getLambdaArgumentTypes(const ColumnsWithTypeAndName & arguments, size_t parameter_count) const override
    {
        if (arguments.size() < 2)
            throw Exception(ErrorCodes::TOO_FEW_ARGUMENTS_FOR_FUNCTION,
                            "Function arrayFold requires as arguments a lambda function, at least one array and an accumulator");
        DataTypes types{arguments.back().type};
        for (size_t i = 0; i + 1 < arguments.size(); ++i)
        {
            const auto * array = arguments[i].type->as<DataTypeArray>();
            if (!array)
                throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Argument {} of function arrayFold must be of type Array, found {} instead",
                                i + 2, arguments[i].type->getName());
            types.push_back(removeLowCardinality(array->getNestedType()));
        }
        if (parameter_count != types.size())
        {
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                            "First argument of function arrayFold must be a lambda function with {} arguments, found Function({}) instead",
                            types.size(), lambdaSignature(parameter_count));
        }
        return types;
    }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        if (!lambda)
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "First argument for function arrayFold must be a lambda function");
        const DataTypePtr & accumulator = arguments[arguments.size() - captured_count - 1].type;
        DataTypePtr body = lambda->getResultType();
        if (!body->equals(*accumulator))
            throw Exception(ErrorCodes::TYPE_MISMATCH,
                            "Return type of lambda function must be the same as the accumulator type, inferred return type of lambda: {}, "
                            "inferred type of accumulator: {}",
                            body->getName(), accumulator->getName());
        return accumulator;
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        size_t array_count = arguments.size() - captured_count - 1;
        std::vector<const ColumnArray *> arrays;
        Columns holders;
        for (size_t i = 0; i < array_count; ++i)
        {
            holders.push_back(arguments[i].column->convertToFullColumnIfConst());
            arrays.push_back(&holders.back()->assertCast<ColumnArray>());
        }
        for (const auto * array : arrays)
            for (size_t row = 0; row < rows; ++row)
                if (array->getOffsets()[row] != arrays[0]->getOffsets()[row])
                    throw Exception(ErrorCodes::SIZES_OF_ARRAYS_DONT_MATCH, "Arrays passed to arrayFold must have equal size");

        /// Longest arrays first; `order[j]` is the row in position j.
        Permutation order(rows);
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return arrays[0]->sizeAt(a) > arrays[0]->sizeAt(b); });
        size_t longest = rows ? arrays[0]->sizeAt(order[0]) : 0;

        ColumnPtr accumulator = arguments[array_count].column->convertToFullColumnIfConst()->permute(order, rows);
        Columns captured;
        for (size_t i = array_count + 1; i < arguments.size(); ++i)
            captured.push_back(arguments[i].column->convertToFullColumnIfConst()->permute(order, rows));
        std::vector<ColumnPtr> elements;
        for (const auto * array : arrays)
            elements.push_back(array->getDataPtr()->convertToFullColumnIfLowCardinality());

        size_t active = rows;
        Permutation positions;
        for (size_t step = 0; step < longest; ++step)
        {
            while (active > 0 && arrays[0]->sizeAt(order[active - 1]) <= step)
                --active;
            positions.resize(active);
            for (size_t j = 0; j < active; ++j)
                positions[j] = arrays[0]->offsetAt(order[j]) + step;
            Columns parameters{accumulator->cut(0, active)};
            for (const auto & element : elements)
                parameters.push_back(element->permute(positions, active));
            Columns step_captured;
            for (const auto & column : captured)
                step_captured.push_back(column->cut(0, active));
            ColumnPtr folded = lambda->execute(parameters, step_captured, active)->convertToFullColumnIfConst();
            auto next = folded->cloneEmpty();
            next->reserve(rows);
            next->insertRangeFrom(*folded, 0, active);
            next->insertRangeFrom(*accumulator, active, rows - active);
            accumulator = std::move(next);
        }

        Permutation back(rows);
        for (size_t j = 0; j < rows; ++j)
            back[order[j]] = j;
        return accumulator->permute(back, rows);
    }
};
}

void registerFunctionArrayFold(FunctionFactory & factory)
{
    factory.registerFunction("arrayFold", makeCreator<FunctionArrayFold>());
}
}
