// argMin(arg, val) and argMax(arg, val): the arg of the row with the smallest/largest val
// (the first such row wins ties). The arg is kept in its generic arena form, so any type
// works; val must be comparable (numbers, dates, decimals, UUID, String).
#include "aggregates/AggregateFunctionFactory.h"
#include "aggregates/AggregateFunctionHelpers.h"
#include "aggregates/SingleValueDispatch.h"

namespace datastore::aggregates
{
namespace
{
template <typename ValueData>
struct ArgMinMaxData
{
    SingleValueGeneric result;
    ValueData value;
};

template <typename ValueData, bool is_max>
class AggregateFunctionArgMinMax final
    : public IAggregateFunctionDataHelper<ArgMinMaxData<ValueData>, AggregateFunctionArgMinMax<ValueData, is_max>>
{
    using Base = IAggregateFunctionDataHelper<ArgMinMaxData<ValueData>, AggregateFunctionArgMinMax<ValueData, is_max>>;
    using Base::data;

public:
    using Base::Base;

    std::string getName() const override { return is_max ? "argMax" : "argMin"; }
    DataTypePtr getResultType() const override { return this->argument_types[0]; }
    bool allocatesMemoryInArena() const override { return true; }

    void add(AggregateDataPtr place, const IColumn ** columns, size_t row, Arena * arena) const
    {
        auto & state = data(place);
        if (!state.value.has() || (is_max ? state.value.isGreater(*columns[1], row) : state.value.isLess(*columns[1], row)))
        {
            state.value.set(*columns[1], row, arena);
            state.result.set(*columns[0], row, arena);
        }
    }

    void merge(AggregateDataPtr place, ConstAggregateDataPtr rhs_place, Arena * arena) const override
    {
        auto & state = data(place);
        const auto & rhs = data(rhs_place);
        if (!rhs.value.has())
            return;
        if (!state.value.has() || (is_max ? state.value.isGreater(rhs.value) : state.value.isLess(rhs.value)))
        {
            state.value.set(rhs.value, arena);
            state.result.set(rhs.result, arena);
        }
    }

    void serialize(ConstAggregateDataPtr place, WriteBuffer & out) const override
    {
        data(place).result.write(out, *this->argument_types[0]);
        data(place).value.write(out, *this->argument_types[1]);
    }
    void deserialize(AggregateDataPtr place, ReadBuffer & in, Arena * arena) const override
    {
        data(place).result.read(in, *this->argument_types[0], arena);
        data(place).value.read(in, *this->argument_types[1], arena);
    }
    void insertResultInto(AggregateDataPtr place, IColumn & to, Arena *) const override { data(place).result.insertResultInto(to); }
};

template <bool is_max>
AggregateFunctionPtr createArgMinMax(const std::string & name, const DataTypes & arguments, const Array & parameters)
{
    assertNoParameters(name, parameters);
    assertBinary(name, arguments);
    AggregateFunctionPtr result;
    bool comparable = dispatchOrderedSingleValue(
        *arguments[1],
        [&](auto tag)
        {
            using ValueData = typename decltype(tag)::Type;
            result = std::make_shared<AggregateFunctionArgMinMax<ValueData, is_max>>(arguments, parameters);
        });
    if (!comparable)
        throw Exception(
            ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
            "Illegal type {} of second argument of aggregate function {}",
            arguments[1]->getName(),
            name);
    return result;
}
}

void registerAggregateFunctionsArgMinMax(AggregateFunctionFactory & factory)
{
    factory.registerFunction("argMin", createArgMinMax<false>);
    factory.registerFunction("argMax", createArgMinMax<true>);
}
}
