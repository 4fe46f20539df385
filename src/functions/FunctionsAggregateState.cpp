// finalizeAggregation(state) finishes each row's aggregate state into its value;
// initializeAggregation('f', x...) aggregates each row alone: with a -State function it makes
// the states an AggregatingMergeTree insert needs from plain values.
#include "aggregates/AggregateFunctionFactory.h"
#include "base/Arena.h"
#include "columns/ColumnAggregateFunction.h"
#include "functions/FunctionHelpers.h"
#include "functions/registerFunctions.h"
#include "types/DataTypeAggregateFunction.h"

namespace datastore::functions
{
namespace
{
class FunctionFinalizeAggregation final : public IFunction
{
public:
    std::string getName() const override { return "finalizeAggregation"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 1);
        const auto * type = arguments[0].type->as<DataTypeAggregateFunction>();
        if (!type)
            throw Exception(
                ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                "Argument for function 'finalizeAggregation' must have type AggregateFunction - state of aggregate function. Got '{}' "
                "instead",
                arguments[0].type->getName());
        return type->getFunction()->getResultType();
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const override
    {
        const auto & states = arguments[0].column->assertCast<ColumnAggregateFunction>();
        auto result = result_type->createColumn();
        result->reserve(rows);
        for (size_t row = 0; row < rows; ++row)
            states.insertResultInto(row, *result);
        return result;
    }
};

class FunctionInitializeAggregation final : public IFunction
{
public:
    std::string getName() const override { return "initializeAggregation"; }
    /// The aggregate function sees NULLs itself (sumState(Nullable) keeps its flag byte).
    bool useDefaultImplementationForNulls() const override { return false; }
    std::vector<size_t> getArgumentsThatAreAlwaysConstant() const override { return {0}; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        if (arguments.size() < 2)
            throw Exception(ErrorCodes::BAD_ARGUMENTS, "Function initializeAggregation requires at least 2 arguments");
        const auto & name = arguments[0];
        if (name.type->getTypeId() != TypeIndex::String || !name.column || !name.column->isConst())
            throw Exception(
                ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                "First argument for function initializeAggregation must be constant string: name of aggregate function");
        std::string function_name = constantData(*name.column)[0].get<std::string>();
        DataTypes argument_types;
        for (size_t i = 1; i < arguments.size(); ++i)
            argument_types.push_back(arguments[i].type);
        function = aggregates::AggregateFunctionFactory::instance().get(function_name, argument_types, {});
        return function->getResultType();
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const override
    {
        Columns holders;
        std::vector<const IColumn *> columns;
        for (size_t i = 1; i < arguments.size(); ++i)
        {
            holders.push_back(arguments[i].column->convertToFullColumnIfConst());
            columns.push_back(holders.back().get());
        }
        /// One state per row, filled by one batch call.
        Arena arena;
        PodArray<aggregates::AggregateDataPtr> places(rows);
        size_t created = 0;
        auto result = result_type->createColumn();
        try
        {
            for (; created < rows; ++created)
            {
                places[created] = arena.alloc(function->sizeOfData(), function->alignOfData());
                function->create(places[created]);
            }
            function->addBatch(rows, places.data(), 0, columns.data(), &arena, nullptr);
            for (size_t row = 0; row < rows; ++row)
                function->insertResultInto(places[row], *result, &arena);
        }
        catch (...)
        {
            destroy(places, created);
            throw;
        }
        destroy(places, created);
        return result;
    }

private:
    void destroy(const PodArray<aggregates::AggregateDataPtr> & places, size_t count) const noexcept
    {
        for (size_t i = 0; i < count; ++i)
            function->destroy(places[i]);
    }

    /// Resolved by getReturnType, once per call site before any execute.
    mutable aggregates::AggregateFunctionPtr function;
};
}

void registerFunctionsAggregateState(FunctionFactory & factory)
{
    factory.registerFunction("finalizeAggregation", makeCreator<FunctionFinalizeAggregation>());
    factory.registerFunction("initializeAggregation", makeCreator<FunctionInitializeAggregation>());
}
}
