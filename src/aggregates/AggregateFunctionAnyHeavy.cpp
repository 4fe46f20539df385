// anyHeavy(x): a frequent value by the Misra-Gries "heavy hitter" vote (one candidate and a
// counter): a value that fills more than half of the rows is found, otherwise some value.
// State: the candidate in the single-value form of min/max, then the counter as UInt64 LE.
#include "aggregates/AggregateFunctionFactory.h"
#include "aggregates/AggregateFunctionHelpers.h"
#include "aggregates/SingleValueDispatch.h"

namespace datastore::aggregates
{
namespace
{
template <typename Data>
struct IsInlineNumber : std::false_type
{
};
template <typename T>
struct IsInlineNumber<SingleValueFixed<T>> : std::true_type
{
};

/// Equality as ClickHouse's: numbers by ==, so a NaN never matches; other values by their ordering.
template <typename Data>
bool holds(const Data & state, const IColumn & column, size_t row)
{
    if (!state.has())
        return false;
    if constexpr (IsInlineNumber<Data>::value)
        return Data::at(column, row) == state.value;
    else
        return !state.isLess(column, row) && !state.isGreater(column, row);
}

template <typename Data>
bool holds(const Data & state, const Data & other)
{
    if (!state.has())
        return false;
    if constexpr (IsInlineNumber<Data>::value)
        return other.value == state.value;
    else
        return !state.isLess(other) && !state.isGreater(other);
}

template <typename Data>
struct AnyHeavyData
{
    Data candidate;
    UInt64 counter = 0;
};

template <typename Data>
class AggregateFunctionAnyHeavy final : public IAggregateFunctionDataHelper<AnyHeavyData<Data>, AggregateFunctionAnyHeavy<Data>>
{
    using Base = IAggregateFunctionDataHelper<AnyHeavyData<Data>, AggregateFunctionAnyHeavy<Data>>;
    using Base::data;

public:
    using Base::Base;

    std::string getName() const override { return "anyHeavy"; }
    DataTypePtr getResultType() const override { return this->argument_types[0]; }
    bool allocatesMemoryInArena() const override { return Data::uses_arena; }

    void add(AggregateDataPtr place, const IColumn ** columns, size_t row, Arena * arena) const
    {
        auto & state = data(place);
        if (holds(state.candidate, *columns[0], row))
            ++state.counter;
        else if (state.counter == 0)
        {
            state.candidate.set(*columns[0], row, arena);
            state.counter = 1;
        }
        else
            --state.counter;
    }

    /// The candidate with more votes wins, keeping the margin.
    void merge(AggregateDataPtr place, ConstAggregateDataPtr rhs_place, Arena * arena) const override
    {
        auto & state = data(place);
        const auto & rhs = data(rhs_place);
        if (!rhs.candidate.has())
            return;
        if (holds(state.candidate, rhs.candidate))
            state.counter += rhs.counter;
        else if (!state.candidate.has() || state.counter < rhs.counter)
        {
            state.candidate.set(rhs.candidate, arena);
            state.counter = rhs.counter - state.counter;
        }
        else
            state.counter -= rhs.counter;
    }

    void serialize(ConstAggregateDataPtr place, WriteBuffer & out) const override
    {
        data(place).candidate.write(out, *this->argument_types[0]);
        writeBinaryLittleEndian(data(place).counter, out);
    }
    void deserialize(AggregateDataPtr place, ReadBuffer & in, Arena * arena) const override
    {
        data(place).candidate.read(in, *this->argument_types[0], arena);
        readBinaryLittleEndian(data(place).counter, in);
    }
    void insertResultInto(AggregateDataPtr place, IColumn & to, Arena *) const override { data(place).candidate.insertResultInto(to); }
};

AggregateFunctionPtr createAnyHeavy(const std::string & name, const DataTypes & arguments, const Array & parameters)
{
    assertNoParameters(name, parameters);
    assertUnary(name, arguments);
    AggregateFunctionPtr result;
    auto create = [&](auto tag)
    {
        using Data = typename decltype(tag)::Type;
        result = std::make_shared<AggregateFunctionAnyHeavy<Data>>(arguments, parameters);
    };
    /// Every column compares its rows, so any type can vote as a one-row column.
    if (!dispatchComparableSingleValue(*arguments[0], create))
        create(functions::TypeTag<SingleValueColumn>{});
    return result;
}
}

void registerAggregateFunctionAnyHeavy(AggregateFunctionFactory & factory)
{
    factory.registerFunction("anyHeavy", createAnyHeavy);
}
}
