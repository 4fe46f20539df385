// The -If combinator: sumIf(x, cond) is sum over the rows where the last argument (UInt8,
// possibly Nullable; NULL counts as false) is non-zero. The state is the nested state.
#pragma once

#include "aggregates/IAggregateFunction.h"

namespace datastore::aggregates
{
class AggregateFunctionIf final : public IAggregateFunction
{
public:
    /// The last argument is the UInt8 condition (the combinator checked its type).
    AggregateFunctionIf(AggregateFunctionPtr nested_, const DataTypes & arguments, const Array & parameters);

    std::string getName() const override { return nested->getName() + "If"; }
    DataTypePtr getResultType() const override { return nested->getResultType(); }

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

    size_t conditionPosition() const { return condition_position; }

    /// Rows whose condition is true (and that pass `mask`), as a byte mask.
    static PodArray<UInt8> conditionMask(size_t rows, const IColumn & condition, const UInt8 * mask);

private:

    AggregateFunctionPtr nested;
    size_t condition_position;
};
}
