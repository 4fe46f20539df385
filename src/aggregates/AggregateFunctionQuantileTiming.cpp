// quantileTiming(level)(x), quantilesTiming(levels...)(x) and their -Weighted forms (x,
// weight): quantiles of times in milliseconds from ClickHouse's QuantileTiming
// (QuantileTimingData.h), as Float32. Negative and NaN values are skipped; fractions are
// truncated.
#include <cmath>

#include "aggregates/AggregateFunctionFactory.h"
#include "aggregates/AggregateFunctionHelpers.h"
#include "aggregates/QuantileResult.h"
#include "aggregates/QuantileTimingData.h"
#include "columns/ColumnVector.h"
#include "functions/FunctionHelpers.h"

namespace datastore::aggregates
{
namespace
{
/// T: the argument's storage type.
template <typename T, bool is_weighted>
class AggregateFunctionQuantileTiming final
    : public IAggregateFunctionDataHelper<QuantileTimingData, AggregateFunctionQuantileTiming<T, is_weighted>>
{
    using Base = IAggregateFunctionDataHelper<QuantileTimingData, AggregateFunctionQuantileTiming<T, is_weighted>>;
    using Base::data;

public:
    AggregateFunctionQuantileTiming(std::string name_, const DataTypes & arguments, const Array & parameters, std::vector<Float64> levels_,
                                    bool returns_many_)
        : Base(arguments, parameters)
        , name(std::move(name_))
        , levels(std::move(levels_))
        , returns_many(returns_many_)
        , weight_type(is_weighted ? arguments[1]->getTypeId() : TypeIndex::Nothing)
        , result_type(functions::typeByName(returns_many ? "Array(Float32)" : "Float32"))
    {
    }

    std::string getName() const override { return name; }
    DataTypePtr getResultType() const override { return result_type; }
    /// The levels only choose what is reported (quantilesTimingMerge(0.9) reads quantileTimingState states).
    bool haveSameStateRepresentation(const IAggregateFunction & rhs) const override
    {
        return dynamic_cast<const AggregateFunctionQuantileTiming *>(&rhs) != nullptr;
    }

    void add(AggregateDataPtr place, const IColumn ** columns, size_t row, Arena *) const
    {
        T value = static_cast<const ColumnVector<T> &>(*columns[0]).getData()[row];
        if constexpr (std::is_floating_point_v<T>)
            if (std::isnan(value))
                return;
        if constexpr (std::is_signed_v<T>)
            if (value < 0)
                return;
        if constexpr (is_weighted)
            data(place).add(static_cast<UInt64>(value), integerAsUInt64(*columns[1], weight_type, row));
        else
            data(place).add(static_cast<UInt64>(value));
    }

    void merge(AggregateDataPtr place, ConstAggregateDataPtr rhs, Arena *) const override { data(place).merge(data(rhs)); }
    void serialize(ConstAggregateDataPtr place, WriteBuffer & out) const override { data(place).write(out); }
    void deserialize(AggregateDataPtr place, ReadBuffer & in, Arena *) const override { data(place).read(in); }

    void insertResultInto(AggregateDataPtr place, IColumn & to, Arena *) const override
    {
        insertQuantileResult<Float32>(to, levels, returns_many, [&](Float64 level) { return data(place).get(level); });
    }

private:
    std::string name;
    std::vector<Float64> levels;
    bool returns_many;
    TypeIndex weight_type;
    DataTypePtr result_type;
};

template <bool is_weighted, bool returns_many>
AggregateFunctionPtr createQuantileTiming(const std::string & name, const DataTypes & arguments, const Array & parameters)
{
    std::vector<Float64> levels = quantileLevelsAndArguments(name, arguments, parameters, is_weighted, returns_many);
    TypeIndex type = arguments[0]->getTypeId();
    AggregateFunctionPtr result;
    bool is_supported = functions::isNativeNumber(type) || type == TypeIndex::Date || type == TypeIndex::DateTime;
    if (is_supported && type != TypeIndex::UInt128 && type != TypeIndex::Int128)
        functions::dispatchByStorage(type, [&](auto tag)
        {
            using T = typename decltype(tag)::Type;
            result = std::make_shared<AggregateFunctionQuantileTiming<T, is_weighted>>(name, arguments, parameters, levels, returns_many);
        });
    if (!result)
        throwIllegalArgumentType(name, *arguments[0]);
    return result;
}
}

void registerAggregateFunctionQuantileTiming(AggregateFunctionFactory & factory)
{
    factory.registerFunction("quantileTiming", createQuantileTiming<false, false>);
    factory.registerFunction("quantilesTiming", createQuantileTiming<false, true>);
    factory.registerFunction("quantileTimingWeighted", createQuantileTiming<true, false>);
    factory.registerFunction("quantilesTimingWeighted", createQuantileTiming<true, true>);
    factory.registerAlias("medianTiming", "quantileTiming");
    factory.registerAlias("medianTimingWeighted", "quantileTimingWeighted");
}
}
