// The Null combinator ClickHouse applies implicitly when an argument is Nullable: rows where
// any argument is NULL are skipped, and the nested function sees the plain nested columns.
// Unless the function returns a default over only NULLs (count, uniq), the result is
// Nullable and is NULL when no row got through; a flag byte before the state records that.
#pragma once

#include "aggregates/IAggregateFunction.h"

namespace datastore::aggregates
{
class AggregateFunctionNull final : public IAggregateFunction
{
public:
    AggregateFunctionNull(AggregateFunctionPtr nested_, const DataTypes & arguments, const Array & parameters, bool result_is_nullable_);

    std::string getName() const override { return nested->getName(); }
    DataTypePtr getResultType() const override;

    size_t sizeOfData() const override { return prefix_size + nested->sizeOfData(); }
    size_t alignOfData() const override { return nested->alignOfData(); }
    void create(AggregateDataPtr place) const override;
    void destroy(AggregateDataPtr place) const noexcept override { nested->destroy(place + prefix_size); }
    bool hasTrivialDestructor() const override { return nested->hasTrivialDestructor(); }
    bool allocatesMemoryInArena() const override { return nested->allocatesMemoryInArena(); }

    void add(AggregateDataPtr place, const IColumn ** columns, size_t row, Arena * arena) const override;
    void addBatch(
        size_t rows, AggregateDataPtr * places, size_t place_offset, const IColumn ** columns, Arena * arena, const UInt8 * mask) const override;
    void addBatchSinglePlace(size_t rows, AggregateDataPtr place, const IColumn ** columns, Arena * arena, const UInt8 * mask) const override;
    void merge(AggregateDataPtr place, ConstAggregateDataPtr rhs, Arena * arena) const override;
    void serialize(ConstAggregateDataPtr place, WriteBuffer & out) const override;
    void deserialize(AggregateDataPtr place, ReadBuffer & in, Arena * arena) const override;
    void insertResultInto(AggregateDataPtr place, IColumn & to, Arena * arena) const override;

private:
    /// Rows that are not NULL in any argument (and pass `mask`), as a byte mask.
    PodArray<UInt8> nonNullRows(size_t rows, const IColumn ** columns, const UInt8 * mask) const;
    /// Arguments with Nullable taken off, for the nested function.
    std::vector<const IColumn *> nestedColumns(const IColumn ** columns) const;

    AggregateFunctionPtr nested;
    bool result_is_nullable;
    /// Bytes before the nested state: the "has a non-NULL row" flag, padded to the nested alignment.
    size_t prefix_size;
};
}
