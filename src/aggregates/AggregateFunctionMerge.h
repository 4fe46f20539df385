// The -Merge combinator: uniqMerge(s) folds the states of an AggregateFunction(uniq, T)
// column into one and finishes it as uniq would; the state is uniq's.
#pragma once

#include "aggregates/IAggregateFunction.h"

namespace datastore::aggregates
{
class AggregateFunctionMerge final : public IAggregateFunction
{
public:
    /// `nested` must keep its state as the argument's AggregateFunction type does; throws
    /// ILLEGAL_TYPE_OF_ARGUMENT otherwise.
    AggregateFunctionMerge(AggregateFunctionPtr nested_, const DataTypes & arguments, const Array & parameters);

    std::string getName() const override { return nested->getName() + "Merge"; }
    DataTypePtr getResultType() const override { return nested->getResultType(); }
    /// The AggregateFunction type of the states merged.
    const DataTypePtr & getStateType() const { return argument_types[0]; }

    size_t sizeOfData() const override { return nested->sizeOfData(); }
    size_t alignOfData() const override { return nested->alignOfData(); }
    void create(AggregateDataPtr place) const override { nested->create(place); }
    void destroy(AggregateDataPtr place) const noexcept override { nested->destroy(place); }
    bool hasTrivialDestructor() const override { return nested->hasTrivialDestructor(); }
    bool allocatesMemoryInArena() const override { return nested->allocatesMemoryInArena(); }

    void add(AggregateDataPtr place, const IColumn ** columns, size_t row, Arena * arena) const override;
    void addBatch(
        size_t rows, AggregateDataPtr * places, size_t place_offset, const IColumn ** columns, Arena * arena, const UInt8 * mask) const override;
    void addBatchSinglePlace(size_t rows, AggregateDataPtr place, const IColumn ** columns, Arena * arena, const UInt8 * mask) const override;
    void merge(AggregateDataPtr place, ConstAggregateDataPtr rhs, Arena * arena) const override { nested->merge(place, rhs, arena); }
    void serialize(ConstAggregateDataPtr place, WriteBuffer & out) const override { nested->serialize(place, out); }
    void deserialize(AggregateDataPtr place, ReadBuffer & in, Arena * arena) const override { nested->deserialize(place, in, arena); }
    void insertResultInto(AggregateDataPtr place, IColumn & to, Arena * arena) const override { nested->insertResultInto(place, to, arena); }

private:
    AggregateFunctionPtr nested;
};
}
