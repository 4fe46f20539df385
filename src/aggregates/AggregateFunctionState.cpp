// The -State combinator and its registration: the nested function runs unchanged, and its
// state is copied out into the result column when the group is done.
#include "aggregates/AggregateFunctionState.h"

#include "aggregates/AggregateFunctionCombinatorFactory.h"
#include "aggregates/AggregateFunctionMerge.h"
#include "aggregates/IAggregateFunctionWithStateType.h"
#include "columns/ColumnAggregateFunction.h"
#include "types/DataTypeAggregateFunction.h"

namespace datastore::aggregates
{
namespace
{
DataTypePtr stateType(const AggregateFunctionPtr & nested, const DataTypes & arguments, const Array & parameters)
{
    if (const auto * merge = dynamic_cast<const AggregateFunctionMerge *>(nested.get()))
        return merge->getStateType();
    if (const auto * with_state_type = dynamic_cast<const IAggregateFunctionWithStateType *>(nested.get()))
        if (auto type = with_state_type->getStateType())
            return type;
    return std::make_shared<DataTypeAggregateFunction>(nested, arguments, parameters);
}
}

AggregateFunctionState::AggregateFunctionState(AggregateFunctionPtr nested_, const DataTypes & arguments, const Array & parameters)
    : AggregateFunctionNestedState(std::move(nested_), arguments, parameters), result_type(stateType(nested, arguments, parameters))
{
}

void AggregateFunctionState::insertResultInto(AggregateDataPtr place, IColumn & to, Arena *) const
{
    static_cast<ColumnAggregateFunction &>(to).insertCopyOf(place);
}

namespace
{
class AggregateFunctionCombinatorState final : public IAggregateFunctionCombinator
{
public:
    std::string getName() const override { return "State"; }

    AggregateFunctionPtr transformAggregateFunction(
        const AggregateFunctionPtr & nested, const AggregateFunctionProperties &, const DataTypes & arguments, const Array & parameters) const override
    {
        return std::make_shared<AggregateFunctionState>(nested, arguments, parameters);
    }
};
}

void registerAggregateFunctionCombinatorState(AggregateFunctionCombinatorFactory & factory)
{
    factory.registerCombinator(std::make_shared<AggregateFunctionCombinatorState>());
}
}
