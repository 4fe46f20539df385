// groupArraySample(N[, seed])(x): a uniform sample of N values by reservoir sampling, drawing
// from ClickHouse's generator (pcg32_fast) in the same order, so a seeded sample, its merges and
// its -State equal ClickHouse's. Without a seed each state is seeded at random. State: the
// values as groupArray writes them, the number of values seen (UInt64 LE), and the generator's
// text form as a length-prefixed string.
#include <optional>
#include <random>
#include <string_view>
#include <vector>

#include "aggregates/AggregateFunctionFactory.h"
#include "aggregates/AggregateFunctionHelpers.h"
#include "aggregates/ArenaValueList.h"
#include "aggregates/Pcg32Fast.h"
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
struct ReservoirData
{
    /// Each kept value in its arena form.
    std::vector<std::string_view> values;
    UInt64 total_values = 0;
    Pcg32Fast rng;

    /// One more value seen: kept while there is room, else it replaces a random slot with
    /// probability N / seen. `take` puts the value into the arena only if it is kept.
    template <typename Take>
    void offer(size_t limit, Take && take)
    {
        ++total_values;
        if (values.size() < limit)
            values.push_back(take());
        else if (UInt64 slot = rng.below(total_values); slot < limit)
            values[slot] = take();
    }

    void shuffle()
    {
        for (size_t i = 1; i < values.size(); ++i)
            std::swap(values[i], values[rng.below(i + 1)]);
    }
};

class AggregateFunctionGroupArraySample final : public IAggregateFunctionDataHelper<ReservoirData, AggregateFunctionGroupArraySample>
{
public:
    AggregateFunctionGroupArraySample(const DataTypes & arguments, const Array & parameters, UInt64 limit_, std::optional<UInt64> seed_)
        : IAggregateFunctionDataHelper(arguments, parameters)
        , limit(limit_)
        , seed(seed_)
        , result_type(functions::typeByName("Array(" + arguments[0]->getName() + ")"))
    {
    }

    std::string getName() const override { return "groupArraySample"; }
    DataTypePtr getResultType() const override { return result_type; }
    bool allocatesMemoryInArena() const override { return true; }

    void create(AggregateDataPtr place) const override
    {
        auto * state = new (place) ReservoirData;
        state->rng.seed(seed ? *seed : randomSeed());
    }

    void add(AggregateDataPtr place, const IColumn ** columns, size_t row, Arena * arena) const
    {
        data(place).offer(
            limit,
            [&]
            {
                const char * begin = nullptr;
                return columns[0]->serializeValueIntoArena(row, *arena, begin);
            });
    }

    /// ClickHouse's three cases: a small right side is offered value by value; a small left
    /// side is offered into a copy of the right one; two full reservoirs mix slot by slot.
    void merge(AggregateDataPtr place, ConstAggregateDataPtr rhs_place, Arena * arena) const override
    {
        auto & state = data(place);
        const auto & rhs = data(rhs_place);
        if (rhs.values.empty())
            return;
        if (rhs.total_values <= limit)
        {
            for (std::string_view value : rhs.values)
                state.offer(limit, [&] { return arena->insert(value); });
        }
        else if (state.total_values <= limit)
        {
            std::vector<std::string_view> own = std::move(state.values);
            state.values.clear();
            for (std::string_view value : rhs.values)
                state.values.push_back(arena->insert(value));
            state.total_values = rhs.total_values;
            for (std::string_view value : own)
                state.offer(limit, [&] { return value; });
        }
        else
        {
            state.shuffle();
            state.total_values += rhs.total_values;
            for (size_t i = 0; i < limit; ++i)
                if (state.rng.below(state.total_values) < rhs.total_values)
                    state.values[i] = arena->insert(rhs.values[i]);
        }
    }

    /// A -State result is the state itself, generator included (a merge would leave the fresh
    /// state's generator as it was).
    void copyFrom(AggregateDataPtr place, ConstAggregateDataPtr from, Arena * arena) const override
    {
        auto & state = data(place);
        const auto & source = data(from);
        state.values.clear();
        for (std::string_view value : source.values)
            state.values.push_back(arena->insert(value));
        state.total_values = source.total_values;
        state.rng = source.rng;
    }

    void serialize(ConstAggregateDataPtr place, WriteBuffer & out) const override
    {
        const auto & state = data(place);
        writeArenaValues(state.values, *argument_types[0], out);
        writeBinaryLittleEndian(state.total_values, out);
        writeStringBinary(state.rng.toText(), out);
    }

    void deserialize(AggregateDataPtr place, ReadBuffer & in, Arena * arena) const override
    {
        auto & state = data(place);
        auto column = readValuesColumn(*argument_types[0], in);
        if (column->size() > limit)
            throw Exception(ErrorCodes::TOO_LARGE_ARRAY_SIZE, "Too large array size {} (maximum: {})", column->size(), limit);
        state.values.clear();
        for (size_t i = 0; i < column->size(); ++i)
        {
            const char * begin = nullptr;
            state.values.push_back(column->serializeValueIntoArena(i, *arena, begin));
        }
        readBinaryLittleEndian(state.total_values, in);
        std::string rng_text;
        readStringBinary(rng_text, in);
        state.rng.fromText(rng_text);
    }

    void insertResultInto(AggregateDataPtr place, IColumn & to, Arena *) const override
    {
        insertArenaValuesAsArray(data(place).values, to);
    }

private:
    static UInt64 randomSeed()
    {
        thread_local std::mt19937_64 generator{std::random_device{}()};
        return generator();
    }

    UInt64 limit;
    std::optional<UInt64> seed;
    DataTypePtr result_type;
};

/// A positive integer parameter; BAD_ARGUMENTS otherwise.
UInt64 positiveParameter(const std::string & name, const Field & parameter)
{
    if (const auto * value = parameter.tryGet<UInt64>(); value && *value > 0)
        return *value;
    if (const auto * value = parameter.tryGet<Int64>(); value && *value > 0)
        return static_cast<UInt64>(*value);
    throw Exception(ErrorCodes::BAD_ARGUMENTS, "Parameter for aggregate function {} should be positive number", name);
}

AggregateFunctionPtr createGroupArraySample(const std::string & name, const DataTypes & arguments, const Array & parameters)
{
    assertUnary(name, arguments);
    if (parameters.size() != 1 && parameters.size() != 2)
        throw Exception(
            ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Incorrect number of parameters for aggregate function {}, should be 1 or 2", name);
    UInt64 limit = positiveParameter(name, parameters[0]);
    std::optional<UInt64> seed;
    if (parameters.size() == 2)
        seed = positiveParameter(name, parameters[1]);
    return std::make_shared<AggregateFunctionGroupArraySample>(arguments, parameters, limit, seed);
}
}

void registerAggregateFunctionGroupArraySample(AggregateFunctionFactory & factory)
{
    factory.registerFunction("groupArraySample", createGroupArraySample);
}
}
