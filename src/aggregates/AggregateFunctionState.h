// The -State combinator: sumState(x) aggregates as sum does but returns the state itself, a
// value of type AggregateFunction(sum, T), for a table to store and -Merge to finish later.
#pragma once

#include "aggregates/AggregateFunctionNestedState.h"

namespace datastore::aggregates
{
class AggregateFunctionState final : public AggregateFunctionNestedState
{
public:
    AggregateFunctionState(AggregateFunctionPtr nested_, const DataTypes & arguments, const Array & parameters);

    std::string getName() const override { return nested->getName() + "State"; }
    /// AggregateFunction(nested, arguments...); over -Merge (uniqMergeState) the type merged,
    /// since the state is the same.
    DataTypePtr getResultType() const override { return result_type; }

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
    /// Appends a copy of the state to the ColumnAggregateFunction `to`.
    void insertResultInto(AggregateDataPtr place, IColumn & to, Arena * arena) const override;

private:
    DataTypePtr result_type;
};
}
