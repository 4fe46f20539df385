// The -ForEach combinator: sumForEach(arr) aggregates arrays element-wise, position i of every
// row's array into the i-th nested state, and returns an Array of the nested results (as long
// as the longest array seen). With several arguments a row's arrays must have equal lengths.
// The state holds an arena array of pointers to nested states, which therefore never move.
// Serialized as ClickHouse does: the count as an 8-byte little-endian integer, then each state.
#include "aggregates/AggregateFunctionCombinatorFactory.h"
#include "aggregates/AggregateFunctionHelpers.h"
#include "base/Arena.h"
#include "base/Exception.h"
#include "columns/ColumnArray.h"
#include "functions/FunctionHelpers.h"
#include "io/ReadBuffer.h"
#include "io/ReadHelpers.h"
#include "io/WriteBuffer.h"
#include "io/WriteHelpers.h"

namespace datastore::aggregates
{
namespace
{
/// ClickHouse's bound on arrays built from states.
constexpr UInt64 max_array_size = 0xFFFFFF;

struct ForEachData
{
    size_t size = 0;
    size_t capacity = 0;
    AggregateDataPtr * states = nullptr;
};

class AggregateFunctionForEach final : public IAggregateFunctionDataHelper<ForEachData, AggregateFunctionForEach>
{
public:
    AggregateFunctionForEach(AggregateFunctionPtr nested_, const DataTypes & arguments, const Array & parameters)
        : IAggregateFunctionDataHelper(arguments, parameters)
        , nested(std::move(nested_))
        , result_type(functions::typeByName("Array(" + nested->getResultType()->getName() + ")"))
    {
    }

    std::string getName() const override { return nested->getName() + "ForEach"; }
    DataTypePtr getResultType() const override { return result_type; }
    bool allocatesMemoryInArena() const override { return true; }
    bool hasTrivialDestructor() const override { return nested->hasTrivialDestructor(); }

    void destroy(AggregateDataPtr place) const noexcept override
    {
        const auto & state = data(place);
        for (size_t i = 0; i < state.size; ++i)
            nested->destroy(state.states[i]);
    }

    void add(AggregateDataPtr place, const IColumn ** columns, size_t row, Arena * arena) const
    {
        const auto & first = static_cast<const ColumnArray &>(*columns[0]);
        size_t begin = row == 0 ? 0 : first.getOffsets()[row - 1];
        size_t end = first.getOffsets()[row];
        for (size_t arg = 1; arg < argument_types.size(); ++arg)
        {
            const auto & offsets = static_cast<const ColumnArray &>(*columns[arg]).getOffsets();
            if ((row == 0 ? 0 : offsets[row - 1]) != begin || offsets[row] != end)
                throw Exception(ErrorCodes::SIZES_OF_ARRAYS_DONT_MATCH, "Arrays passed to {} aggregate function have different sizes", getName());
        }
        std::vector<const IColumn *> elements(argument_types.size());
        for (size_t arg = 0; arg < elements.size(); ++arg)
            elements[arg] = &static_cast<const ColumnArray &>(*columns[arg]).getData();
        auto & state = ensureSize(place, end - begin, *arena);
        for (size_t i = begin; i < end; ++i)
            nested->add(state.states[i - begin], elements.data(), i, arena);
    }

    void merge(AggregateDataPtr place, ConstAggregateDataPtr rhs, Arena * arena) const override
    {
        const auto & other = data(rhs);
        auto & state = ensureSize(place, other.size, *arena);
        for (size_t i = 0; i < other.size; ++i)
            nested->merge(state.states[i], other.states[i], arena);
    }

    void serialize(ConstAggregateDataPtr place, WriteBuffer & out) const override
    {
        const auto & state = data(place);
        writeBinaryLittleEndian(static_cast<UInt64>(state.size), out);
        for (size_t i = 0; i < state.size; ++i)
            nested->serialize(state.states[i], out);
    }

    void deserialize(AggregateDataPtr place, ReadBuffer & in, Arena * arena) const override
    {
        UInt64 size = 0;
        readBinaryLittleEndian(size, in);
        /// A state from a client: its size is checked before anything is allocated for it.
        if (size > max_array_size)
            throw Exception(ErrorCodes::TOO_LARGE_ARRAY_SIZE, "Too large array size");
        auto & state = ensureSize(place, size, *arena);
        for (size_t i = 0; i < size; ++i)
            nested->deserialize(state.states[i], in, arena);
    }

    void insertResultInto(AggregateDataPtr place, IColumn & to, Arena * arena) const override
    {
        const auto & state = data(place);
        auto & array = static_cast<ColumnArray &>(to);
        for (size_t i = 0; i < state.size; ++i)
            nested->insertResultInto(state.states[i], array.getDataMutable(), arena);
        array.finishRow();
    }

private:
    /// Creates nested states up to `size`; the pointer array grows by doubling in the arena.
    ForEachData & ensureSize(AggregateDataPtr place, size_t size, Arena & arena) const
    {
        auto & state = data(place);
        if (size <= state.size)
            return state;
        if (size > state.capacity)
        {
            size_t capacity = std::max(size, state.capacity * 2);
            auto * states = reinterpret_cast<AggregateDataPtr *>(arena.alloc(capacity * sizeof(AggregateDataPtr), alignof(AggregateDataPtr)));
            std::copy(state.states, state.states + state.size, states);
            state.states = states;
            state.capacity = capacity;
        }
        for (; state.size < size; ++state.size)
        {
            AggregateDataPtr nested_place = arena.alloc(nested->sizeOfData(), nested->alignOfData());
            nested->create(nested_place);
            state.states[state.size] = nested_place;
        }
        return state;
    }

    AggregateFunctionPtr nested;
    DataTypePtr result_type;
};

class AggregateFunctionCombinatorForEach final : public IAggregateFunctionCombinator
{
public:
    std::string getName() const override { return "ForEach"; }

    DataTypes transformArguments(const DataTypes & arguments) const override
    {
        return arrayElementTypes(arguments, "ForEach");
    }

    AggregateFunctionPtr transformAggregateFunction(
        const AggregateFunctionPtr & nested, const AggregateFunctionProperties &, const DataTypes & arguments, const Array & parameters) const override
    {
        return std::make_shared<AggregateFunctionForEach>(nested, arguments, parameters);
    }
};
}

void registerAggregateFunctionCombinatorForEach(AggregateFunctionCombinatorFactory & factory)
{
    factory.registerCombinator(std::make_shared<AggregateFunctionCombinatorForEach>());
}
}
