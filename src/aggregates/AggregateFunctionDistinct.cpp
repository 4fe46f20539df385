// The -Distinct combinator: sumDistinct(x) is sum over the distinct values (or distinct
// argument tuples). As in ClickHouse the state keeps only the set; the nested function runs
// once over the set when the result is taken, so nested states never see duplicates.
// State: VarUInt count, then each value: raw little-endian bytes for one number argument (in
// ClickHouse's hash set order), otherwise the RowBinary of its arguments.
#include <unordered_set>

#include "aggregates/AggregateFunctionCombinatorFactory.h"
#include "aggregates/ClickHouseHashSet.h"
#include "base/Arena.h"
#include "functions/FunctionHelpers.h"
#include "io/ReadBuffer.h"
#include "io/ReadHelpers.h"
#include "io/WriteBuffer.h"
#include "io/WriteHelpers.h"

namespace datastore::aggregates
{
namespace
{
/// One argument of a number type of up to 8 bytes: ClickHouse's hash set, so the nested
/// function sees the values in ClickHouse's order (groupArrayDistinct lists them so).
template <typename T>
struct DistinctNumberData
{
    ClickHouseHashSet set;

    void add(const IColumn ** columns, size_t row, Arena *) { set.insert(bitsOf(static_cast<const ColumnVector<T> &>(*columns[0]).getData()[row])); }
    void merge(const DistinctNumberData & rhs, Arena *)
    {
        rhs.set.forEach([&](UInt64 bits) { set.insert(bits); });
    }
    void serialize(WriteBuffer & out, const DataTypes &) const
    {
        writeVarUInt(set.size(), out);
        set.forEach([&](UInt64 bits) { writeBinaryLittleEndian(valueOf(bits), out); });
    }
    void deserialize(ReadBuffer & in, Arena *, const DataTypes &)
    {
        UInt64 size = 0;
        readVarUInt(size, in);
        for (UInt64 i = 0; i < size; ++i)
        {
            T value{};
            readBinaryLittleEndian(value, in);
            set.insert(bitsOf(value));
        }
    }
    size_t size() const { return set.size(); }
    void insertInto(std::vector<MutableColumnPtr> & columns) const
    {
        auto & values = static_cast<ColumnVector<T> &>(*columns[0]).getData();
        set.forEach([&](UInt64 bits) { values.push_back(valueOf(bits)); });
    }

    static T valueOf(UInt64 bits)
    {
        T value;
        std::memcpy(&value, &bits, sizeof(T));
        return value;
    }
};

/// Any other arguments: each distinct tuple in its arena form (the order is ours, not ClickHouse's).
struct DistinctGenericData
{
    std::unordered_set<std::string_view> values;

    void add(const IColumn ** columns, size_t row, Arena * arena, size_t arguments)
    {
        const char * begin = nullptr;
        std::string_view last;
        for (size_t arg = 0; arg < arguments; ++arg)
            last = columns[arg]->serializeValueIntoArena(row, *arena, begin);
        /// A repeated value leaves its bytes unused in the arena, which lives as long as the query.
        values.insert(std::string_view(begin, last.data() + last.size() - begin));
    }
    void merge(const DistinctGenericData & rhs, Arena * arena)
    {
        for (std::string_view value : rhs.values)
            if (!values.contains(value))
                values.insert(arena->insert(value));
    }
    /// Each value as the RowBinary of its arguments, read back through the types' checked
    /// readers: the arena form, decoded without bounds, must never come from a client.
    void serialize(WriteBuffer & out, const DataTypes & types) const
    {
        writeVarUInt(values.size(), out);
        std::vector<MutableColumnPtr> columns;
        for (const auto & type : types)
            columns.push_back(type->createColumn());
        insertInto(columns);
        for (size_t row = 0; row < values.size(); ++row)
            for (size_t arg = 0; arg < types.size(); ++arg)
                types[arg]->serializeBinary(*columns[arg], row, out);
    }
    void deserialize(ReadBuffer & in, Arena * arena, const DataTypes & types)
    {
        UInt64 size = 0;
        readVarUInt(size, in);
        std::vector<MutableColumnPtr> columns;
        for (const auto & type : types)
            columns.push_back(type->createColumn());
        for (UInt64 i = 0; i < size; ++i)
        {
            for (size_t arg = 0; arg < types.size(); ++arg)
                types[arg]->deserializeBinary(*columns[arg], in);
            const char * begin = nullptr;
            std::string_view last;
            for (const auto & column : columns)
                last = column->serializeValueIntoArena(column->size() - 1, *arena, begin);
            values.insert(std::string_view(begin, last.data() + last.size() - begin));
        }
    }
    size_t size() const { return values.size(); }
    void insertInto(std::vector<MutableColumnPtr> & columns) const
    {
        for (std::string_view value : values)
        {
            const char * position = value.data();
            for (auto & column : columns)
                position = column->deserializeAndInsertFromArena(position);
        }
    }
};

template <typename Data>
class AggregateFunctionDistinct final : public IAggregateFunctionDataHelper<Data, AggregateFunctionDistinct<Data>>
{
    using Base = IAggregateFunctionDataHelper<Data, AggregateFunctionDistinct<Data>>;
    using Base::data;

public:
    AggregateFunctionDistinct(AggregateFunctionPtr nested_, const DataTypes & arguments, const Array & parameters)
        : Base(arguments, parameters), nested(std::move(nested_))
    {
    }

    std::string getName() const override { return nested->getName() + "Distinct"; }
    DataTypePtr getResultType() const override { return nested->getResultType(); }
    bool allocatesMemoryInArena() const override { return true; }

    void add(AggregateDataPtr place, const IColumn ** columns, size_t row, Arena * arena) const
    {
        if constexpr (std::is_same_v<Data, DistinctGenericData>)
            data(place).add(columns, row, arena, this->argument_types.size());
        else
            data(place).add(columns, row, arena);
    }

    void merge(AggregateDataPtr place, ConstAggregateDataPtr rhs, Arena * arena) const override { data(place).merge(data(rhs), arena); }
    void serialize(ConstAggregateDataPtr place, WriteBuffer & out) const override { data(place).serialize(out, this->argument_types); }
    void deserialize(AggregateDataPtr place, ReadBuffer & in, Arena * arena) const override
    {
        data(place).deserialize(in, arena, this->argument_types);
    }

    void insertResultInto(AggregateDataPtr place, IColumn & to, Arena * arena) const override
    {
        const auto & state = data(place);
        std::vector<MutableColumnPtr> columns;
        for (const auto & type : this->argument_types)
            columns.push_back(type->createColumn());
        state.insertInto(columns);
        std::vector<const IColumn *> column_pointers;
        for (const auto & column : columns)
            column_pointers.push_back(column.get());

        AggregateDataPtr nested_place = arena->alloc(nested->sizeOfData(), nested->alignOfData());
        nested->create(nested_place);
        try
        {
            nested->addBatchSinglePlace(state.size(), nested_place, column_pointers.data(), arena, nullptr);
            nested->insertResultInto(nested_place, to, arena);
        }
        catch (...)
        {
            nested->destroy(nested_place);
            throw;
        }
        nested->destroy(nested_place);
    }

private:
    AggregateFunctionPtr nested;
};

class AggregateFunctionCombinatorDistinct final : public IAggregateFunctionCombinator
{
public:
    std::string getName() const override { return "Distinct"; }

    DataTypes transformArguments(const DataTypes & arguments) const override
    {
        if (arguments.empty())
            throw Exception(
                ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Incorrect number of arguments for aggregate function with Distinct suffix");
        return arguments;
    }

    AggregateFunctionPtr transformAggregateFunction(
        const AggregateFunctionPtr & nested, const AggregateFunctionProperties &, const DataTypes & arguments, const Array & parameters) const override
    {
        AggregateFunctionPtr result;
        if (arguments.size() == 1)
            functions::dispatchByStorage(
                arguments[0]->getTypeId(),
                [&](auto tag)
                {
                    using T = typename decltype(tag)::Type;
                    if constexpr (sizeof(T) <= sizeof(UInt64))
                        result = std::make_shared<AggregateFunctionDistinct<DistinctNumberData<T>>>(nested, arguments, parameters);
                });
        if (!result)
            result = std::make_shared<AggregateFunctionDistinct<DistinctGenericData>>(nested, arguments, parameters);
        return result;
    }
};
}

void registerAggregateFunctionCombinatorDistinct(AggregateFunctionCombinatorFactory & factory)
{
    factory.registerCombinator(std::make_shared<AggregateFunctionCombinatorDistinct>());
}
}
