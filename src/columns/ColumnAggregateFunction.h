// The column of an AggregateFunction(f, T...) type: one pointer per row to a state of f.
// A state never changes once it is in a column, so filter, permute, cut and inserts from
// another column share states instead of copying them; the states live in AggregateStatePools
// that every column holding one of them keeps alive, and a pool destroys its states last.
#pragma once

#include "aggregates/IAggregateFunction.h"
#include "base/Arena.h"
#include "columns/IColumn.h"

namespace datastore
{
/// An arena of states of one function and the list of states made in it, destroyed with it.
/// Only the column that created the pool adds states to it; others only read them.
class AggregateStatePool
{
public:
    explicit AggregateStatePool(aggregates::AggregateFunctionPtr function_) : function(std::move(function_)) {}
    AggregateStatePool(const AggregateStatePool &) = delete;
    ~AggregateStatePool();

    /// A fresh state of the function, owned by the pool.
    aggregates::AggregateDataPtr createState();
    Arena & getArena() { return arena; }
    size_t allocatedBytes() const { return arena.allocatedBytes(); }

private:
    aggregates::AggregateFunctionPtr function;
    Arena arena;
    std::vector<aggregates::AggregateDataPtr> states;
};

class ColumnAggregateFunction final : public IColumn
{
public:
    using Data = PodArray<aggregates::AggregateDataPtr>;

    explicit ColumnAggregateFunction(aggregates::AggregateFunctionPtr function_) : function(std::move(function_)) {}
    static std::shared_ptr<ColumnAggregateFunction> create(aggregates::AggregateFunctionPtr function)
    {
        return std::make_shared<ColumnAggregateFunction>(std::move(function));
    }

    const aggregates::AggregateFunctionPtr & getFunction() const { return function; }
    /// States by row; read-only: a state may be shared with other columns.
    const Data & getData() const { return data; }

    /// Appends a fresh state for the caller to fill (add, merge or deserialize into) before
    /// anyone else sees the column; `arena` is where that state may keep its strings.
    aggregates::AggregateDataPtr insertNewState(Arena *& arena);
    /// Appends a copy of the state at `place` (the caller keeps and destroys its own).
    void insertCopyOf(aggregates::ConstAggregateDataPtr place);
    /// Appends a state read in ClickHouse's binary state format.
    void insertDeserialized(ReadBuffer & in);
    /// Writes row n's state in ClickHouse's binary state format.
    void serializeState(size_t n, WriteBuffer & out) const;
    std::string serializeStateToString(size_t n) const;
    /// Appends the final value of row n's state to `to` (a column of the function's result type).
    void insertResultInto(size_t n, IColumn & to) const;

    std::string getName() const override;
    size_t size() const override { return data.size(); }
    size_t byteSize() const override;
    size_t allocatedBytes() const override;
    MutableColumnPtr cloneEmpty() const override { return create(function); }

    /// A state as a Field is its serialized bytes (a String), as ClickHouse shows it.
    Field operator[](size_t n) const override { return Field(serializeStateToString(n)); }
    void insert(const Field & value) override;

    void insertFrom(const IColumn & src, size_t n) override;
    void insertRangeFrom(const IColumn & src, size_t start, size_t length) override;
    void insertDefault() override;
    void popBack(size_t n) override { data.pop_back(n); }
    void reserve(size_t n) override { data.reserve(n); }

    ColumnPtr filter(const Filter & filter, ssize_t result_size_hint) const override;
    ColumnPtr permute(const Permutation & perm, size_t limit) const override;
    ColumnPtr replicate(const PodArray<UInt64> & offsets) const override;

    /// States have no order: every row compares equal, as in ClickHouse.
    int compareAt(size_t, size_t, const IColumn &, int) const override { return 0; }

    void updateHashes(RowHashes & hashes) const override;
    std::string_view serializeValueIntoArena(size_t n, Arena & arena, const char *& begin) const override;
    const char * deserializeAndInsertFromArena(const char * pos) override;

private:
    /// An empty column of the same function that shares this column's pools.
    std::shared_ptr<ColumnAggregateFunction> cloneSharingPools() const;
    /// Keeps `source`'s pools alive for states taken from it.
    void sharePoolsOf(const ColumnAggregateFunction & source);
    const ColumnAggregateFunction & checkSameFunction(const IColumn & src) const;
    AggregateStatePool & ownPool();

    aggregates::AggregateFunctionPtr function;
    Data data;
    /// Every pool a row's state may live in; own_pool, if any, is among them.
    std::vector<std::shared_ptr<AggregateStatePool>> pools;
    std::shared_ptr<AggregateStatePool> own_pool;
};
}
