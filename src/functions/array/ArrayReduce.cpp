// arrayReduce('agg', arr, ...): an aggregate function from the aggregate factory applied to each
// row's arrays, as if their elements were rows ('quantile(0.5)' passes parameters). One state
// is built, filled from the row's element range and read back per row.
#include "aggregates/AggregateFunctionFactory.h"
#include "base/Arena.h"
#include "columns/ColumnArray.h"
#include "functions/FunctionHelpers.h"
#include "functions/registerFunctions.h"
#include "sql/ASTFunction.h"
#include "sql/ASTIdentifier.h"
#include "sql/ASTLiteral.h"
#include "sql/Parser.h"
#include "types/DataTypeArray.h"

namespace datastore::functions
{
namespace
{
class FunctionArrayReduce final : public IFunction
{
public:
    std::string getName() const override { return "arrayReduce"; }
    std::vector<size_t> getArgumentsThatAreAlwaysConstant() const override { return {0}; }
    /// Nullable elements go to the aggregate function, which skips NULLs itself.
    bool useDefaultImplementationForNulls() const override { return false; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        return resolve(arguments)->getResultType();
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const override
    {
        aggregates::AggregateFunctionPtr function = resolve(arguments);
        Columns holders;
        std::vector<const IColumn *> elements;
        for (size_t i = 1; i < arguments.size(); ++i)
        {
            holders.push_back(arguments[i].column->convertToFullColumnIfConst());
            const auto & array = holders.back()->assertCast<ColumnArray>();
            if (array.getOffsets() != holders[0]->assertCast<ColumnArray>().getOffsets())
                throw Exception(ErrorCodes::SIZES_OF_ARRAYS_DONT_MATCH, "All arrays must be of the same size");
            elements.push_back(&array.getData());
        }
        const auto & array = holders[0]->assertCast<ColumnArray>();
        Arena arena;
        char * place = arena.alloc(function->sizeOfData(), function->alignOfData());
        auto result = result_type->createColumn();
        result->reserve(rows);
        for (size_t row = 0; row < rows; ++row)
        {
            function->create(place);
            try
            {
                function->addRangeSinglePlace(array.offsetAt(row), array.getOffsets()[row], place, elements.data(), &arena);
                function->insertResultInto(place, *result, &arena);
            }
            catch (...)
            {
                function->destroy(place);
                throw;
            }
            function->destroy(place);
        }
        return result;
    }

private:
    static aggregates::AggregateFunctionPtr resolve(const ColumnsWithTypeAndName & arguments)
    {
        if (arguments.size() < 2)
            throw Exception(ErrorCodes::TOO_FEW_ARGUMENTS_FOR_FUNCTION,
                            "Number of arguments for function arrayReduce doesn't match: passed {}, should be at least 2", arguments.size());
        if (arguments[0].type->getTypeId() != TypeIndex::String || !arguments[0].column || !arguments[0].column->isConst())
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                            "First argument for function arrayReduce must be constant string: name of aggregate function");
        DataTypes element_types;
        for (size_t i = 1; i < arguments.size(); ++i)
        {
            const auto * array = arguments[i].type->as<DataTypeArray>();
            if (!array)
                throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Argument {} for function arrayReduce must be an array but it has type {}",
                                i, arguments[i].type->getName());
            element_types.push_back(array->getNestedType());
        }
        /// 'quantile(0.5)' names the function with its parameters.
        std::string text(constantData(*arguments[0].column).getDataAt(0));
        sql::ASTPtr ast = sql::parseExpression(text);
        std::string name;
        Array parameters;
        if (const auto * identifier = ast->as<sql::ASTIdentifier>())
            name = identifier->name();
        else if (const auto * call = ast->as<sql::ASTFunction>())
        {
            name = call->name;
            for (const auto & parameter : call->argumentList())
            {
                const auto * literal = parameter->as<sql::ASTLiteral>();
                if (!literal)
                    throw Exception(ErrorCodes::BAD_ARGUMENTS, "Parameters to aggregate functions must be literals. Got parameter '{}'", text);
                parameters.push_back(literal->value);
            }
        }
        else
            throw Exception(ErrorCodes::BAD_ARGUMENTS, "Aggregate function name '{}' is not valid", text);
        return aggregates::AggregateFunctionFactory::instance().get(name, element_types, parameters);
    }
};
}

void registerFunctionArrayReduce(FunctionFactory & factory)
{
    factory.registerFunction("arrayReduce", makeCreator<FunctionArrayReduce>());
}
}
