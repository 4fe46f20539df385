// min, max, any and anyLast: one kept value per group, chosen by comparison or by order of
// arrival; the result type is the argument type.
#include "aggregates/AggregateFunctionFactory.h"
#include "aggregates/AggregateFunctionHelpers.h"
#include "aggregates/SingleValueDispatch.h"

namespace datastore::aggregates
{
namespace
{
enum class Choice
{
    Min,
    Max,
    Any,
    AnyLast,
};

template <typename Data, Choice choice>
class AggregateFunctionSingleValue final : public IAggregateFunctionDataHelper<Data, AggregateFunctionSingleValue<Data, choice>>
{
    using Base = IAggregateFunctionDataHelper<Data, AggregateFunctionSingleValue<Data, choice>>;
    using Base::data;

public:
    AggregateFunctionSingleValue(std::string name_, const DataTypes & arguments, const Array & parameters)
        : Base(arguments, parameters), name(std::move(name_))
    {
    }

    std::string getName() const override { return name; }
    DataTypePtr getResultType() const override { return this->argument_types[0]; }
    bool allocatesMemoryInArena() const override { return Data::uses_arena; }

    void add(AggregateDataPtr place, const IColumn ** columns, size_t row, Arena * arena) const
    {
        Data & state = data(place);
        if constexpr (choice == Choice::Min)
        {
            if (!state.has() || state.isLess(*columns[0], row))
                state.set(*columns[0], row, arena);
        }
        else if constexpr (choice == Choice::Max)
        {
            if (!state.has() || state.isGreater(*columns[0], row))
                state.set(*columns[0], row, arena);
        }
        else if constexpr (choice == Choice::Any)
        {
            if (!state.has())
                state.set(*columns[0], row, arena);
        }
        else
            state.set(*columns[0], row, arena);
    }

    void addBatchSinglePlace(size_t rows, AggregateDataPtr place, const IColumn ** columns, Arena * arena, const UInt8 * mask) const override
    {
        /// any and anyLast need one row, not a pass over all of them.
        if constexpr (choice == Choice::Any)
        {
            for (size_t i = 0; i < rows && !data(place).has(); ++i)
                if (!mask || mask[i])
                    add(place, columns, i, arena);
        }
        else if constexpr (choice == Choice::AnyLast)
        {
            for (size_t i = rows; i > 0; --i)
                if (!mask || mask[i - 1])
                {
                    add(place, columns, i - 1, arena);
                    break;
                }
        }
        else
            Base::addBatchSinglePlace(rows, place, columns, arena, mask);
    }

    void merge(AggregateDataPtr place, ConstAggregateDataPtr rhs_place, Arena * arena) const override
    {
        Data & state = data(place);
        const Data & rhs = data(rhs_place);
        if (!rhs.has())
            return;
        if constexpr (choice == Choice::Min)
        {
            if (!state.has() || state.isLess(rhs))
                state.set(rhs, arena);
        }
        else if constexpr (choice == Choice::Max)
        {
            if (!state.has() || state.isGreater(rhs))
                state.set(rhs, arena);
        }
        else if constexpr (choice == Choice::Any)
        {
            if (!state.has())
                state.set(rhs, arena);
        }
        else
            state.set(rhs, arena);
    }

    void serialize(ConstAggregateDataPtr place, WriteBuffer & out) const override { data(place).write(out, *this->argument_types[0]); }
    void deserialize(AggregateDataPtr place, ReadBuffer & in, Arena * arena) const override
    {
        data(place).read(in, *this->argument_types[0], arena);
    }
    void insertResultInto(AggregateDataPtr place, IColumn & to, Arena *) const override { data(place).insertResultInto(to); }

private:
    std::string name;
};

template <Choice choice>
AggregateFunctionPtr createSingleValue(const std::string & name, const DataTypes & arguments, const Array & parameters)
{
    assertNoParameters(name, parameters);
    assertUnary(name, arguments);
    AggregateFunctionPtr result;
    auto create = [&](auto tag)
    {
        using Data = typename decltype(tag)::Type;
        result = std::make_shared<AggregateFunctionSingleValue<Data, choice>>(name, arguments, parameters);
    };
    if constexpr (choice == Choice::Min || choice == Choice::Max)
    {
        if (!dispatchOrderedSingleValue(*arguments[0], create))
            throwIllegalArgumentType(name, *arguments[0]);
    }
    else
        dispatchAnySingleValue(*arguments[0], create);
    return result;
}
}

void registerAggregateFunctionsSingleValue(AggregateFunctionFactory & factory)
{
    factory.registerFunction("min", createSingleValue<Choice::Min>, {}, /*case_insensitive=*/true);
    factory.registerFunction("max", createSingleValue<Choice::Max>, {}, /*case_insensitive=*/true);
    factory.registerFunction("any", createSingleValue<Choice::Any>);
    factory.registerFunction("anyLast", createSingleValue<Choice::AnyLast>);
    factory.registerAlias("first_value", "any");
    factory.registerAlias("last_value", "anyLast");
}
}
