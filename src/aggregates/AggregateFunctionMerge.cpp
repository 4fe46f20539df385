// The -Merge combinator and its registration: each row's state is merged into the group's.
#include "aggregates/AggregateFunctionMerge.h"

#include "aggregates/AggregateFunctionCombinatorFactory.h"
#include "base/Exception.h"
#include "columns/ColumnAggregateFunction.h"
#include "types/DataTypeAggregateFunction.h"

namespace datastore::aggregates
{
namespace
{
const DataTypeAggregateFunction & stateTypeOf(const DataTypes & arguments)
{
    if (arguments.size() != 1)
        throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Incorrect number of arguments for aggregate function with Merge suffix");
    const auto * type = arguments[0]->as<DataTypeAggregateFunction>();
    if (!type)
        throw Exception(
            ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
            "Illegal type {} of argument for aggregate function with Merge suffix. It must be AggregateFunction(...)",
            arguments[0]->getName());
    return *type;
}

const ColumnAggregateFunction::Data & statesOf(const IColumn * column)
{
    return column->assertCast<ColumnAggregateFunction>().getData();
}
}

AggregateFunctionMerge::AggregateFunctionMerge(AggregateFunctionPtr nested_, const DataTypes & arguments, const Array & parameters)
    : AggregateFunctionNestedState(std::move(nested_), arguments, parameters)
{
    const auto & state_type = stateTypeOf(arguments);
    if (!nested->haveSameStateRepresentation(*state_type.getFunction()))
        throw Exception(
            ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
            "Illegal type {} of argument for aggregate function with Merge suffix because it corresponds to different aggregate function: "
            "{} instead of {}",
            state_type.getName(), state_type.getFunctionName(),
            DataTypeAggregateFunction(nested, state_type.getArgumentTypes(), parameters).getFunctionName());
}

void AggregateFunctionMerge::add(AggregateDataPtr place, const IColumn ** columns, size_t row, Arena * arena) const
{
    nested->merge(place, statesOf(columns[0])[row], arena);
}

void AggregateFunctionMerge::addBatch(
    size_t rows, AggregateDataPtr * places, size_t place_offset, const IColumn ** columns, Arena * arena, const UInt8 * mask) const
{
    const auto & states = statesOf(columns[0]);
    for (size_t i = 0; i < rows; ++i)
        if (!mask || mask[i])
            nested->merge(places[i] + place_offset, states[i], arena);
}

void AggregateFunctionMerge::addBatchSinglePlace(size_t rows, AggregateDataPtr place, const IColumn ** columns, Arena * arena, const UInt8 * mask) const
{
    const auto & states = statesOf(columns[0]);
    for (size_t i = 0; i < rows; ++i)
        if (!mask || mask[i])
            nested->merge(place, states[i], arena);
}

namespace
{
class AggregateFunctionCombinatorMerge final : public IAggregateFunctionCombinator
{
public:
    std::string getName() const override { return "Merge"; }

    /// The nested function is made over the state type's own arguments.
    DataTypes transformArguments(const DataTypes & arguments) const override { return stateTypeOf(arguments).getArgumentTypes(); }

    AggregateFunctionPtr transformAggregateFunction(
        const AggregateFunctionPtr & nested, const AggregateFunctionProperties &, const DataTypes & arguments, const Array & parameters) const override
    {
        return std::make_shared<AggregateFunctionMerge>(nested, arguments, parameters);
    }
};
}

void registerAggregateFunctionCombinatorMerge(AggregateFunctionCombinatorFactory & factory)
{
    factory.registerCombinator(std::make_shared<AggregateFunctionCombinatorMerge>());
}
}
