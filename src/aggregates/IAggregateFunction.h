// An aggregate function works on opaque states ("places") that live in the aggregation
// arena: the aggregator creates a state per group, feeds it whole batches of rows, merges
// states computed by different threads, and finally writes each state's result into a column.
// Batches are one virtual call each; IAggregateFunctionHelper turns them into plain loops.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "columns/IColumn.h"
#include "types/IDataType.h"

namespace datastore
{
class Arena;
class ReadBuffer;
class WriteBuffer;
}

namespace datastore::aggregates
{
using AggregateDataPtr = char *;
using ConstAggregateDataPtr = const char *;

class IAggregateFunction
{
public:
    IAggregateFunction(DataTypes argument_types_, Array parameters_)
        : argument_types(std::move(argument_types_)), parameters(std::move(parameters_))
    {
    }
    virtual ~IAggregateFunction() = default;

    virtual std::string getName() const = 0;
    virtual DataTypePtr getResultType() const = 0;
    const DataTypes & getArgumentTypes() const { return argument_types; }
    const Array & getParameters() const { return parameters; }

    virtual size_t sizeOfData() const = 0;
    virtual size_t alignOfData() const = 0;
    /// Constructs a fresh state at `place` (sizeOfData() bytes, aligned).
    virtual void create(AggregateDataPtr place) const = 0;
    virtual void destroy(AggregateDataPtr place) const noexcept = 0;
    virtual bool hasTrivialDestructor() const { return false; }
    /// True if states keep pointers into the arena passed to add/merge (strings, arrays).
    virtual bool allocatesMemoryInArena() const { return false; }

    /// Adds row `row` of `columns` (one per argument) to the state.
    virtual void add(AggregateDataPtr place, const IColumn ** columns, size_t row, Arena * arena) const = 0;
    /// Adds rows [0, rows) to states places[i] + place_offset; rows whose mask byte is 0 are skipped (mask may be null).
    virtual void addBatch(
        size_t rows, AggregateDataPtr * places, size_t place_offset, const IColumn ** columns, Arena * arena, const UInt8 * mask) const = 0;
    /// Adds rows [0, rows) to one state.
    virtual void addBatchSinglePlace(size_t rows, AggregateDataPtr place, const IColumn ** columns, Arena * arena, const UInt8 * mask) const = 0;

    /// Adds rows [begin, end) to one state: the rows a window frame gained.
    virtual void addRangeSinglePlace(size_t begin, size_t end, AggregateDataPtr place, const IColumn ** columns, Arena * arena) const
    {
        for (size_t i = begin; i < end; ++i)
            add(place, columns, i, arena);
    }

    /// Folds the state `rhs` into `place`.
    virtual void merge(AggregateDataPtr place, ConstAggregateDataPtr rhs, Arena * arena) const = 0;
    /// Makes the fresh state `place` a copy of `from` (a -State result taken from the
    /// aggregation). Merging into the empty state does that, but a state whose hash set shows
    /// its layout (uniqExact, groupUniqArray) copies it as is: ClickHouse hands over the state
    /// itself, so the layout it serializes is the one the rows were added in.
    virtual void copyFrom(AggregateDataPtr place, ConstAggregateDataPtr from, Arena * arena) const { merge(place, from, arena); }

    /// State in ClickHouse's binary form, for AggregateFunction columns and -State.
    virtual void serialize(ConstAggregateDataPtr place, WriteBuffer & out) const = 0;
    virtual void deserialize(AggregateDataPtr place, ReadBuffer & in, Arena * arena) const = 0;

    /// Appends the final value of the state to `to` (a column of getResultType()).
    virtual void insertResultInto(AggregateDataPtr place, IColumn & to, Arena * arena) const = 0;

    /// The batch forms of merge, insertResultInto and destroy, over `places[i] + place_offset`:
    /// one virtual call per group of states when GROUP BY merges threads' tables and emits its result.
    virtual void mergeBatch(size_t rows, AggregateDataPtr * places, size_t place_offset, const AggregateDataPtr * rhs, Arena * arena) const
    {
        for (size_t i = 0; i < rows; ++i)
            merge(places[i] + place_offset, rhs[i] + place_offset, arena);
    }
    virtual void insertResultIntoBatch(size_t rows, AggregateDataPtr * places, size_t place_offset, IColumn & to, Arena * arena) const
    {
        for (size_t i = 0; i < rows; ++i)
            insertResultInto(places[i] + place_offset, to, arena);
    }
    virtual void destroyBatch(size_t rows, AggregateDataPtr * places, size_t place_offset) const noexcept
    {
        for (size_t i = 0; i < rows; ++i)
            destroy(places[i] + place_offset);
    }

    /// Whether states of `rhs` can be merged into this function's (-Merge over a stored
    /// AggregateFunction type): the same function with the same parameters, unless the
    /// parameters only choose what is reported at the end (quantile levels).
    virtual bool haveSameStateRepresentation(const IAggregateFunction & rhs) const
    {
        return getName() == rhs.getName() && parameters == rhs.parameters;
    }

protected:
    DataTypes argument_types;
    Array parameters;
};

using AggregateFunctionPtr = std::shared_ptr<const IAggregateFunction>;

/// CRTP base: implements the batch methods as loops over Derived::add, which the compiler inlines.
template <typename Derived>
class IAggregateFunctionHelper : public IAggregateFunction
{
public:
    using IAggregateFunction::IAggregateFunction;

    void addBatch(
        size_t rows, AggregateDataPtr * places, size_t place_offset, const IColumn ** columns, Arena * arena, const UInt8 * mask) const override
    {
        const auto & self = static_cast<const Derived &>(*this);
        if (mask)
        {
            for (size_t i = 0; i < rows; ++i)
                if (mask[i])
                    self.Derived::add(places[i] + place_offset, columns, i, arena);
        }
        else
        {
            for (size_t i = 0; i < rows; ++i)
                self.Derived::add(places[i] + place_offset, columns, i, arena);
        }
    }

    void addBatchSinglePlace(size_t rows, AggregateDataPtr place, const IColumn ** columns, Arena * arena, const UInt8 * mask) const override
    {
        const auto & self = static_cast<const Derived &>(*this);
        if (mask)
        {
            for (size_t i = 0; i < rows; ++i)
                if (mask[i])
                    self.Derived::add(place, columns, i, arena);
        }
        else
        {
            for (size_t i = 0; i < rows; ++i)
                self.Derived::add(place, columns, i, arena);
        }
    }

    void addRangeSinglePlace(size_t begin, size_t end, AggregateDataPtr place, const IColumn ** columns, Arena * arena) const override
    {
        const auto & self = static_cast<const Derived &>(*this);
        for (size_t i = begin; i < end; ++i)
            self.Derived::add(place, columns, i, arena);
    }

    /// The states of a group are scattered over the arena: each is prefetched a few rows ahead.
    void mergeBatch(size_t rows, AggregateDataPtr * places, size_t place_offset, const AggregateDataPtr * rhs, Arena * arena) const override
    {
        const auto & self = static_cast<const Derived &>(*this);
        for (size_t i = 0; i < rows; ++i)
        {
            if (i + kPrefetchDistance < rows)
            {
                __builtin_prefetch(places[i + kPrefetchDistance] + place_offset);
                __builtin_prefetch(rhs[i + kPrefetchDistance] + place_offset);
            }
            self.Derived::merge(places[i] + place_offset, rhs[i] + place_offset, arena);
        }
    }

    void insertResultIntoBatch(size_t rows, AggregateDataPtr * places, size_t place_offset, IColumn & to, Arena * arena) const override
    {
        const auto & self = static_cast<const Derived &>(*this);
        for (size_t i = 0; i < rows; ++i)
        {
            if (i + kPrefetchDistance < rows)
                __builtin_prefetch(places[i + kPrefetchDistance] + place_offset);
            self.Derived::insertResultInto(places[i] + place_offset, to, arena);
        }
    }

    void destroyBatch(size_t rows, AggregateDataPtr * places, size_t place_offset) const noexcept override
    {
        const auto & self = static_cast<const Derived &>(*this);
        for (size_t i = 0; i < rows; ++i)
            self.Derived::destroy(places[i] + place_offset);
    }

private:
    static constexpr size_t kPrefetchDistance = 8;
};

/// IAggregateFunctionHelper with the state type Data: create/destroy/size come from Data.
template <typename Data, typename Derived>
class IAggregateFunctionDataHelper : public IAggregateFunctionHelper<Derived>
{
public:
    using IAggregateFunctionHelper<Derived>::IAggregateFunctionHelper;

    static Data & data(AggregateDataPtr place) { return *reinterpret_cast<Data *>(place); }
    static const Data & data(ConstAggregateDataPtr place) { return *reinterpret_cast<const Data *>(place); }

    size_t sizeOfData() const override { return sizeof(Data); }
    size_t alignOfData() const override { return alignof(Data); }
    void create(AggregateDataPtr place) const override { new (place) Data; }
    void destroy(AggregateDataPtr place) const noexcept override { data(place).~Data(); }
    bool hasTrivialDestructor() const override { return std::is_trivially_destructible_v<Data>; }
};
}
