// quantileTDigest(level)(x), quantilesTDigest(levels...)(x) and their -Weighted forms (x,
// weight): quantiles from ClickHouse's t-digest (TDigestData.h). Numbers answer in Float32;
// Date and DateTime in their own type (NaN-free: an empty group gives 0 there).
#include <cmath>

#include "aggregates/AggregateFunctionFactory.h"
#include "aggregates/AggregateFunctionHelpers.h"
#include "aggregates/QuantileResult.h"
#include "aggregates/TDigestData.h"
#include "columns/ColumnVector.h"
#include "functions/FunctionHelpers.h"

namespace datastore::aggregates
{
namespace
{
/// T: the argument's storage; Result: Float32, or T for dates.
template <typename T, typename Result, bool is_weighted>
class AggregateFunctionQuantileTDigest final
    : public IAggregateFunctionDataHelper<TDigestData, AggregateFunctionQuantileTDigest<T, Result, is_weighted>>
{
    using Base = IAggregateFunctionDataHelper<TDigestData, AggregateFunctionQuantileTDigest<T, Result, is_weighted>>;
    using Base::data;

public:
    AggregateFunctionQuantileTDigest(std::string name_, const DataTypes & arguments, const Array & parameters, std::vector<Float64> levels_,
                                     bool returns_many_, const DataTypePtr & value_type)
        : Base(arguments, parameters)
        , name(std::move(name_))
        , levels(std::move(levels_))
        , returns_many(returns_many_)
        , weight_type(is_weighted ? arguments[1]->getTypeId() : TypeIndex::Nothing)
        , result_type(returns_many ? functions::typeByName("Array(" + value_type->getName() + ")") : value_type)
    {
    }

    std::string getName() const override { return name; }
    DataTypePtr getResultType() const override { return result_type; }
    /// The levels only choose what is reported.
    bool haveSameStateRepresentation(const IAggregateFunction & rhs) const override
    {
        return dynamic_cast<const AggregateFunctionQuantileTDigest *>(&rhs) != nullptr;
    }

    void add(AggregateDataPtr place, const IColumn ** columns, size_t row, Arena *) const
    {
        T value = static_cast<const ColumnVector<T> &>(*columns[0]).getData()[row];
        UInt64 weight = 1;
        if constexpr (is_weighted)
            weight = integerAsUInt64(*columns[1], weight_type, row);
        data(place).add(static_cast<Float32>(value), weight);
    }

    void merge(AggregateDataPtr place, ConstAggregateDataPtr rhs, Arena *) const override { data(place).merge(data(rhs)); }
    void serialize(ConstAggregateDataPtr place, WriteBuffer & out) const override { data(place).write(out); }
    void deserialize(AggregateDataPtr place, ReadBuffer & in, Arena *) const override { data(place).read(in); }

    void insertResultInto(AggregateDataPtr place, IColumn & to, Arena *) const override
    {
        insertQuantileResult<Result>(to, levels, returns_many, [&](Float64 level) { return valueAt(data(place), level); });
    }

private:
    static Result valueAt(TDigestData & digest, Float64 level)
    {
        if (digest.empty())
        {
            if constexpr (std::is_floating_point_v<Result>)
                return std::numeric_limits<Result>::quiet_NaN();
            else
                return Result{};
        }
        Float32 value = digest.get(level);
        if constexpr (std::is_floating_point_v<Result>)
            return value;
        else
        {
            if (!std::isfinite(value) || value < 0 || value > static_cast<Float32>(std::numeric_limits<Result>::max()))
                throw Exception(ErrorCodes::DECIMAL_OVERFLOW, "Numeric overflow");
            return static_cast<Result>(value);
        }
    }

    std::string name;
    std::vector<Float64> levels;
    bool returns_many;
    TypeIndex weight_type;
    DataTypePtr result_type;
};

template <bool is_weighted, bool returns_many>
AggregateFunctionPtr createQuantileTDigest(const std::string & name, const DataTypes & arguments, const Array & parameters)
{
    std::vector<Float64> levels = quantileLevelsAndArguments(name, arguments, parameters, is_weighted, returns_many);
    const DataTypePtr & argument = arguments[0];
    TypeIndex type = argument->getTypeId();
    AggregateFunctionPtr result;
    if (type == TypeIndex::Date)
        result = std::make_shared<AggregateFunctionQuantileTDigest<UInt16, UInt16, is_weighted>>(name, arguments, parameters, levels, returns_many, argument);
    else if (type == TypeIndex::DateTime)
        result = std::make_shared<AggregateFunctionQuantileTDigest<UInt32, UInt32, is_weighted>>(name, arguments, parameters, levels, returns_many, argument);
    else if (functions::isNativeNumber(type) && type != TypeIndex::UInt128 && type != TypeIndex::Int128)
        functions::dispatchByStorage(type, [&](auto tag)
        {
            using T = typename decltype(tag)::Type;
            result = std::make_shared<AggregateFunctionQuantileTDigest<T, Float32, is_weighted>>(
                name, arguments, parameters, levels, returns_many, functions::typeByName("Float32"));
        });
    if (!result)
        throwIllegalArgumentType(name, *argument);
    return result;
}
}

void registerAggregateFunctionQuantileTDigest(AggregateFunctionFactory & factory)
{
    factory.registerFunction("quantileTDigest", createQuantileTDigest<false, false>);
    factory.registerFunction("quantilesTDigest", createQuantileTDigest<false, true>);
    factory.registerFunction("quantileTDigestWeighted", createQuantileTDigest<true, false>);
    factory.registerFunction("quantilesTDigestWeighted", createQuantileTDigest<true, true>);
    factory.registerAlias("medianTDigest", "quantileTDigest");
    factory.registerAlias("medianTDigestWeighted", "quantileTDigestWeighted");
}
}
