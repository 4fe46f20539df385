// Base of combinators whose state is exactly the nested function's (-State, -Merge): the
// state's lifetime, merging and binary form all go to the nested function.
#pragma once

#include "aggregates/IAggregateFunction.h"

namespace datastore::aggregates
{
class AggregateFunctionNestedState : public IAggregateFunction
{
public:
    AggregateFunctionNestedState(AggregateFunctionPtr nested_, const DataTypes & arguments, const Array & parameters)
        : IAggregateFunction(arguments, parameters), nested(std::move(nested_))
    {
    }

    size_t sizeOfData() const override { return nested->sizeOfData(); }
    size_t alignOfData() const override { return nested->alignOfData(); }
    void create(AggregateDataPtr place) const override { nested->create(place); }
    void destroy(AggregateDataPtr place) const noexcept override { nested->destroy(place); }
    bool hasTrivialDestructor() const override { return nested->hasTrivialDestructor(); }
    bool allocatesMemoryInArena() const override { return nested->allocatesMemoryInArena(); }

    void merge(AggregateDataPtr place, ConstAggregateDataPtr rhs, Arena * arena) const override { nested->merge(place, rhs, arena); }
    void serialize(ConstAggregateDataPtr place, WriteBuffer & out) const override { nested->serialize(place, out); }
    void deserialize(AggregateDataPtr place, ReadBuffer & in, Arena * arena) const override { nested->deserialize(place, in, arena); }

protected:
    AggregateFunctionPtr nested;
};
}
