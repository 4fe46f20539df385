// The -State combinator: sumState(x) aggregates as sum does but returns the state itself, a
// value of type AggregateFunction(sum, T), for a table to store and -Merge to finish later.
#pragma once

#include "aggregates/IAggregateFunction.h"

namespace datastore::aggregates
{
class AggregateFunctionState final : public IAggregateFunction
{
public:
    AggregateFunctionState(AggregateFunctionPtr nested_, const DataTypes & arguments, const Array & parameters);

    std::string getName() const override { return nested->getName() + "State"; }
    /// AggregateFunction(nested, arguments...); over -Merge (uniqMergeState) the type merged,
    /// since the state is the same.
    DataTypePtr getResultType() const override { return result_type; }

    size_t sizeOfData() const override { return nested->sizeOfData(); }
    size_t alignOfData() const override { return nested->alignOfData(); }
    void create(AggregateDataPtr place) const override { nested->create(place); }
    void destroy(AggregateDataPtr place) const noexcept override { nested->destroy(place); }
    bool hasTrivialDestructor() const override { return nested->hasTrivialDestructor(); }
    bool allocatesMemoryInArena() const override { return nested->allocatesMemoryInArena(); }

    void add(AggregateDataPtr place, const IColumn ** columns, size_t row, Arena * arena) const override
    {
        nested->add(place, columns, row, arena);
    }
    void addBatch(
        size_t rows, AggregateDataPtr * places, size_t place_offset, const IColumn ** columns, Arena * arena, const UInt8 * mask) const override
    {
        nested->addBatch(rows, places, place_offset, columns, arena, mask);
    }
    void addBatchSinglePlace(size_t rows, AggregateDataPtr place, const IColumn ** columns, Arena * arena, const UInt8 * mask) const override
    {
        nested->addBatchSinglePlace(rows, place, columns, arena, mask);
    }
    void addRangeSinglePlace(size_t begin, size_t end, AggregateDataPtr place, const IColumn ** columns, Arena * arena) const override
    {
        nested->addRangeSinglePlace(begin, end, place, columns, arena);
    }
    void merge(AggregateDataPtr place, ConstAggregateDataPtr rhs, Arena * arena) const override { nested->merge(place, rhs, arena); }
    void serialize(ConstAggregateDataPtr place, WriteBuffer & out) const override { nested->serialize(place, out); }
    void deserialize(AggregateDataPtr place, ReadBuffer & in, Arena * arena) const override { nested->deserialize(place, in, arena); }
    /// Appends a copy of the state to the ColumnAggregateFunction `to`.
    void insertResultInto(AggregateDataPtr place, IColumn & to, Arena * arena) const override;

private:
    AggregateFunctionPtr nested;
    DataTypePtr result_type;
};
}
