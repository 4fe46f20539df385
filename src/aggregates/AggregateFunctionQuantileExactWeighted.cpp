// quantileExactWeighted(level)(x, weight), quantilesExactWeighted(levels...)(x, weight) and
// medianExactWeighted: the exact quantile where each value counts `weight` times, in the
// argument's type. As ClickHouse, the weights of equal values add up, the values are sorted,
// and the answer is the first value whose running weight reaches ceil(total * level), the
// total summed in Float64. NaN is skipped. State: VarUInt count, then (value, UInt64 weight)
// pairs, ClickHouse's HashMap layout.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <unordered_map>
#include <vector>

#include "aggregates/AggregateFunctionFactory.h"
#include "aggregates/AggregateFunctionHelpers.h"
#include "aggregates/QuantileResult.h"
#include "columns/ColumnVector.h"
#include "functions/FunctionHelpers.h"
#include "io/ReadBuffer.h"
#include "io/ReadHelpers.h"
#include "io/WriteBuffer.h"
#include "io/WriteHelpers.h"

namespace datastore::aggregates
{
namespace
{
/// Floats are keyed by their bits, so -0 and 0 stay apart as in ClickHouse's map.
template <typename T>
struct WeightedValueHash
{
    size_t operator()(T value) const
    {
        UInt64 bits = 0;
        std::memcpy(&bits, &value, std::min(sizeof(T), sizeof(bits)));
        if constexpr (sizeof(T) > sizeof(UInt64))
        {
            UInt64 high = 0;
            std::memcpy(&high, reinterpret_cast<const char *>(&value) + sizeof(UInt64), sizeof(high));
            bits ^= high * 0x9E3779B97F4A7C15ULL;
        }
        return std::hash<UInt64>{}(bits);
    }
};

template <typename T>
struct WeightedData
{
    std::unordered_map<T, UInt64, WeightedValueHash<T>> weights;
};

template <typename T>
class AggregateFunctionQuantileExactWeighted final
    : public IAggregateFunctionDataHelper<WeightedData<T>, AggregateFunctionQuantileExactWeighted<T>>
{
    using Base = IAggregateFunctionDataHelper<WeightedData<T>, AggregateFunctionQuantileExactWeighted<T>>;
    using Base::data;

public:
    AggregateFunctionQuantileExactWeighted(std::string name_, const DataTypes & arguments, const Array & parameters, std::vector<Float64> levels_,
                                           bool returns_many_)
        : Base(arguments, parameters)
        , name(std::move(name_))
        , levels(std::move(levels_))
        , returns_many(returns_many_)
        , weight_type(arguments[1]->getTypeId())
        , result_type(returns_many ? functions::typeByName("Array(" + arguments[0]->getName() + ")") : arguments[0])
    {
    }

    std::string getName() const override { return name; }
    DataTypePtr getResultType() const override { return result_type; }
    bool haveSameStateRepresentation(const IAggregateFunction & rhs) const override
    {
        return dynamic_cast<const AggregateFunctionQuantileExactWeighted *>(&rhs) != nullptr;
    }

    void add(AggregateDataPtr place, const IColumn ** columns, size_t row, Arena *) const
    {
        T value = columns[0]->assertCast<ColumnVector<T>>().getData()[row];
        if constexpr (std::is_floating_point_v<T>)
            if (std::isnan(value))
                return;
        data(place).weights[value] += integerAsUInt64(*columns[1], weight_type, row);
    }

    void merge(AggregateDataPtr place, ConstAggregateDataPtr rhs, Arena *) const override
    {
        auto & weights = data(place).weights;
        for (const auto & [value, weight] : data(rhs).weights)
            weights[value] += weight;
    }

    void serialize(ConstAggregateDataPtr place, WriteBuffer & out) const override
    {
        const auto & weights = data(place).weights;
        writeVarUInt(weights.size(), out);
        for (const auto & [value, weight] : weights)
        {
            writeBinaryLittleEndian(value, out);
            writeBinaryLittleEndian(weight, out);
        }
    }

    void deserialize(AggregateDataPtr place, ReadBuffer & in, Arena *) const override
    {
        UInt64 size = 0;
        readVarUInt(size, in);
        auto & weights = data(place).weights;
        for (UInt64 i = 0; i < size; ++i)
        {
            T value{};
            UInt64 weight = 0;
            readBinaryLittleEndian(value, in);
            readBinaryLittleEndian(weight, in);
            weights[value] += weight;
        }
    }

    void insertResultInto(AggregateDataPtr place, IColumn & to, Arena *) const override
    {
        std::vector<std::pair<T, UInt64>> sorted(data(place).weights.begin(), data(place).weights.end());
        std::sort(sorted.begin(), sorted.end(), [](const auto & a, const auto & b) { return a.first < b.first; });
        Float64 total = 0;
        for (const auto & pair : sorted)
            total += static_cast<Float64>(pair.second);
        insertQuantileResult<T>(to, levels, returns_many, [&](Float64 level) { return valueAt(sorted, total, level); });
    }

private:
    static T valueAt(const std::vector<std::pair<T, UInt64>> & sorted, Float64 total, Float64 level)
    {
        /// No value: NaN, which an integer type reads as 0.
        if (sorted.empty())
        {
            if constexpr (std::is_floating_point_v<T>)
                return std::numeric_limits<T>::quiet_NaN();
            else
                return T{};
        }
        Float64 threshold = std::ceil(total * level);
        Float64 accumulated = 0;
        for (const auto & [value, weight] : sorted)
        {
            accumulated += static_cast<Float64>(weight);
            if (accumulated >= threshold)
                return value;
        }
        return sorted.back().first;
    }

    std::string name;
    std::vector<Float64> levels;
    bool returns_many;
    TypeIndex weight_type;
    DataTypePtr result_type;
};

template <bool returns_many>
AggregateFunctionPtr createQuantileExactWeighted(const std::string & name, const DataTypes & arguments, const Array & parameters)
{
    std::vector<Float64> levels = quantileLevelsAndArguments(name, arguments, parameters, true, returns_many);
    TypeIndex type = arguments[0]->getTypeId();
    AggregateFunctionPtr result;
    if (type != TypeIndex::Bool)
        functions::dispatchByStorage(
            type,
            [&](auto tag)
            {
                using T = typename decltype(tag)::Type;
                result = std::make_shared<AggregateFunctionQuantileExactWeighted<T>>(name, arguments, parameters, levels, returns_many);
            });
    if (!result)
        throwIllegalArgumentType(name, *arguments[0]);
    return result;
}
}

void registerAggregateFunctionQuantileExactWeighted(AggregateFunctionFactory & factory)
{
    factory.registerFunction("quantileExactWeighted", createQuantileExactWeighted<false>);
    factory.registerFunction("quantilesExactWeighted", createQuantileExactWeighted<true>);
    factory.registerAlias("medianExactWeighted", "quantileExactWeighted");
}
}
