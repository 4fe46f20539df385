// Aggregation per key: the core of sumMap/minMap/maxMap and of the -Map combinator. Each
// distinct key of a group gets one nested state per value column (sum, min, avg...); the
// result lists keys in ascending order with each nested result. Keys and values come from
// a Map argument, a Tuple of arrays, or separate key and value arrays.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "aggregates/IAggregateFunction.h"

namespace datastore::aggregates
{
struct PerKeyOptions
{
    enum class Input
    {
        Map,
        Tuple,
        Arrays,
    };
    Input input = Input::Arrays;
    /// Result as Map(K, V) rather than Tuple(Array(K), Array(V1), ...).
    bool map_result = false;
    /// sumMap: keys whose values are all zero are left out of the result.
    bool skip_zero_values = false;
    /// sumMap's state over arrays: each key followed by its values, integers widened to 64
    /// bits and floats to Float64 as ClickHouse's Field keeps them, rather than by the nested
    /// states (the -Map combinator's state, and sumMap's over a Map).
    bool serialize_values = false;
    /// sumMapFiltered: only these keys (each in its arena form, sorted) are aggregated; unset: all.
    std::optional<std::vector<std::string>> keys_to_keep;
};

class AggregateFunctionPerKey final : public IAggregateFunction
{
public:
    /// `key_type`: the keys' type; `value_types`: the value element types as they arrive;
    /// `nested`: one function per value column, over the value type converted to
    /// `nested->getArgumentTypes()[0]` (sumMap sums UInt8 values as UInt64).
    AggregateFunctionPerKey(
        std::string name_,
        const DataTypes & arguments,
        const Array & parameters,
        DataTypePtr key_type_,
        DataTypes value_types_,
        std::vector<AggregateFunctionPtr> nested_,
        PerKeyOptions options_);

    std::string getName() const override { return name; }
    DataTypePtr getResultType() const override { return result_type; }

    size_t sizeOfData() const override;
    size_t alignOfData() const override;
    void create(AggregateDataPtr place) const override;
    void destroy(AggregateDataPtr place) const noexcept override;
    bool allocatesMemoryInArena() const override { return true; }

    void add(AggregateDataPtr place, const IColumn ** columns, size_t row, Arena * arena) const override;
    void addBatch(
        size_t rows, AggregateDataPtr * places, size_t place_offset, const IColumn ** columns, Arena * arena, const UInt8 * mask) const override;
    void addBatchSinglePlace(size_t rows, AggregateDataPtr place, const IColumn ** columns, Arena * arena, const UInt8 * mask) const override;
    void merge(AggregateDataPtr place, ConstAggregateDataPtr rhs, Arena * arena) const override;
    void serialize(ConstAggregateDataPtr place, WriteBuffer & out) const override;
    void deserialize(AggregateDataPtr place, ReadBuffer & in, Arena * arena) const override;
    void insertResultInto(AggregateDataPtr place, IColumn & to, Arena * arena) const override;

private:
    struct Batch;
    /// The key and value element columns of rows [0, rows), values converted for the nested functions.
    Batch splitBatch(const IColumn ** columns, size_t rows) const;
    void addRow(AggregateDataPtr place, const Batch & batch, size_t row, Arena * arena) const;
    /// The nested states of `key` (arena form), created on first sight; `copy_key` when the
    /// key's bytes are not already in this state's arena.
    AggregateDataPtr statesFor(AggregateDataPtr place, std::string_view key, Arena * arena, bool copy_key) const;

    std::string name;
    DataTypePtr key_type;
    DataTypes value_types;
    std::vector<AggregateFunctionPtr> nested;
    /// Offset of each nested state within a key's block of states.
    std::vector<size_t> state_offsets;
    size_t states_size = 0;
    size_t states_align = 1;
    PerKeyOptions options;
    /// The type each value is written in when options.serialize_values.
    DataTypes serialized_value_types;
    DataTypePtr result_type;
};
}
