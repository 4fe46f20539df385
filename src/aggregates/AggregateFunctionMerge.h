// The -Merge combinator: uniqMerge(s) folds the states of an AggregateFunction(uniq, T)
// column into one and finishes it as uniq would; the state is uniq's.
#pragma once

#include "aggregates/AggregateFunctionNestedState.h"

namespace datastore::aggregates
{
class AggregateFunctionMerge final : public AggregateFunctionNestedState
{
public:
    /// `nested` must keep its state as the argument's AggregateFunction type does; throws
    /// ILLEGAL_TYPE_OF_ARGUMENT otherwise.
    AggregateFunctionMerge(AggregateFunctionPtr nested_, const DataTypes & arguments, const Array & parameters);

    std::string getName() const override { return nested->getName() + "Merge"; }
    DataTypePtr getResultType() const override { return nested->getResultType(); }
    /// The AggregateFunction type of the states merged.
    const DataTypePtr & getStateType() const { return argument_types[0]; }

    void add(AggregateDataPtr place, const IColumn ** columns, size_t row, Arena * arena) const override;
    void addBatch(
        size_t rows, AggregateDataPtr * places, size_t place_offset, const IColumn ** columns, Arena * arena, const UInt8 * mask) const override;
    void addBatchSinglePlace(size_t rows, AggregateDataPtr place, const IColumn ** columns, Arena * arena, const UInt8 * mask) const override;
    void insertResultInto(AggregateDataPtr place, IColumn & to, Arena * arena) const override { nested->insertResultInto(place, to, arena); }
};
}
