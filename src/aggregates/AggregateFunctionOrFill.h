// The -OrNull and -OrDefault combinators: sumOrNull gives NULL and sumOrDefault the type's
// default where no row was added (ClickHouse's own empty results, such as nan for avg, are
// replaced). A flag byte after the nested state records whether a row came; states serialize
// as the nested state followed by that byte, as in ClickHouse.
#pragma once

#include <optional>

#include "aggregates/IAggregateFunction.h"

namespace datastore::aggregates
{
class AggregateFunctionOrFill final : public IAggregateFunction
{
public:
    /// `use_null`: -OrNull (the result becomes Nullable where the type allows it), else -OrDefault.
    AggregateFunctionOrFill(AggregateFunctionPtr nested_, const DataTypes & arguments, const Array & parameters, bool use_null_);

    std::string getName() const override { return nested->getName() + (use_null ? "OrNull" : "OrDefault"); }
    DataTypePtr getResultType() const override { return result_type; }

    size_t sizeOfData() const override { return flag_offset + 1; }
    size_t alignOfData() const override { return nested->alignOfData(); }
    void create(AggregateDataPtr place) const override;
    void destroy(AggregateDataPtr place) const noexcept override { nested->destroy(place); }
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
    /// Rows that reach the nested function: in `mask`, NULL in no argument (NULL rows are
    /// skipped by the Null combinator inside, and must not count as a value either), and
    /// with a true condition when the nested function is -If (sumIfOrNull).
    PodArray<UInt8> countedRows(size_t rows, const IColumn ** columns, const UInt8 * mask) const;

    AggregateFunctionPtr nested;
    bool use_null;
    /// Whether the result gets a Nullable wrapper here (not when nested already returns one, or for Array results).
    bool wraps_nullable;
    DataTypePtr result_type;
    size_t flag_offset;
    /// The condition argument of a nested -If.
    std::optional<size_t> condition_position;
};
}
