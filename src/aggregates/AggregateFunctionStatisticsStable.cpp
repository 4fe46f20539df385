// varPopStable, varSampStable, stddevPopStable, stddevSampStable, covarPopStable,
// covarSampStable and corrStable: ClickHouse's numerically stable forms, which keep a running
// mean and sum of squared deviations (Welford) in Float64 instead of raw power sums, and merge
// two states with the parallel form of the update. Too few rows give +inf, as ClickHouse.
// State: count as VarUInt, then the Float64 means and co-moments (ClickHouse's order).
#include <cmath>
#include <limits>

#include "aggregates/AggregateFunctionFactory.h"
#include "aggregates/AggregateFunctionHelpers.h"
#include "aggregates/NumericArgument.h"
#include "columns/ColumnVector.h"
#include "io/ReadBuffer.h"
#include "io/ReadHelpers.h"
#include "io/WriteBuffer.h"
#include "io/WriteHelpers.h"

namespace datastore::aggregates
{
namespace
{
enum class StableStatistic
{
    VarPop,
    VarSamp,
    StddevPop,
    StddevSamp,
    CovarPop,
    CovarSamp,
    Corr,
};

constexpr bool isTwoArgument(StableStatistic statistic)
{
    return statistic == StableStatistic::CovarPop || statistic == StableStatistic::CovarSamp || statistic == StableStatistic::Corr;
}

const char * stableStatisticName(StableStatistic statistic)
{
    switch (statistic)
    {
        case StableStatistic::VarPop: return "varPopStable";
        case StableStatistic::VarSamp: return "varSampStable";
        case StableStatistic::StddevPop: return "stddevPopStable";
        case StableStatistic::StddevSamp: return "stddevSampStable";
        case StableStatistic::CovarPop: return "covarPopStable";
        case StableStatistic::CovarSamp: return "covarSampStable";
        case StableStatistic::Corr: return "corrStable";
    }
    return "";
}

/// ClickHouse merges two means as a weighted average when the counts are large and within
/// 0.1% of each other, and by the delta form otherwise; the choice shows in the last digits.
bool areComparable(UInt64 a, UInt64 b)
{
    if (a == 0 || b == 0)
        return false;
    UInt64 low = std::min(a, b);
    UInt64 high = std::max(a, b);
    return 1 - static_cast<Float64>(low) / static_cast<Float64>(high) < 0.001 && low > 10000;
}

/// The mean of the rows of two states.
Float64 mergedMean(UInt64 count, Float64 mean, UInt64 rhs_count, Float64 rhs_mean)
{
    auto total = static_cast<Float64>(count + rhs_count);
    if (areComparable(count, rhs_count))
        return (static_cast<Float64>(rhs_count) * rhs_mean + static_cast<Float64>(count) * mean) / total;
    return rhs_mean + (mean - rhs_mean) * (static_cast<Float64>(count) / total);
}

/// n1 * n2 / (n1 + n2): the weight of the product of the two means' difference in a merged moment.
Float64 mergeFactor(UInt64 count, UInt64 rhs_count)
{
    return static_cast<Float64>(count * rhs_count) / static_cast<Float64>(count + rhs_count);
}

/// Running mean and sum of squared deviations of one variable.
struct VarianceMoments
{
    UInt64 count = 0;
    Float64 mean = 0;
    Float64 m2 = 0;

    void add(Float64 x, Float64)
    {
        Float64 delta = x - mean;
        ++count;
        mean += delta / static_cast<Float64>(count);
        m2 += delta * (x - mean);
    }

    void merge(const VarianceMoments & rhs)
    {
        if (count + rhs.count == 0)
            return;
        Float64 factor = mergeFactor(count, rhs.count);
        Float64 delta = mean - rhs.mean;
        mean = mergedMean(count, mean, rhs.count, rhs.mean);
        m2 += rhs.m2 + delta * delta * factor;
        count += rhs.count;
    }

    void write(WriteBuffer & out) const
    {
        writeVarUInt(count, out);
        writeBinaryLittleEndian(mean, out);
        writeBinaryLittleEndian(m2, out);
    }
    void read(ReadBuffer & in)
    {
        readVarUInt(count, in);
        readBinaryLittleEndian(mean, in);
        readBinaryLittleEndian(m2, in);
    }
};

/// Running means and co-moment of two variables; with `with_marginals` (corr) each one's
/// sum of squared deviations too.
template <bool with_marginals>
struct CovarianceMoments
{
    UInt64 count = 0;
    Float64 x_mean = 0;
    Float64 y_mean = 0;
    Float64 co_moment = 0;
    Float64 x_m2 = 0;
    Float64 y_m2 = 0;

    void add(Float64 x, Float64 y)
    {
        Float64 x_delta = x - x_mean;
        Float64 y_delta = y - y_mean;
        Float64 old_y_mean = y_mean;
        ++count;
        x_mean += x_delta / static_cast<Float64>(count);
        y_mean += y_delta / static_cast<Float64>(count);
        co_moment += (x - x_mean) * (y - old_y_mean);
        if constexpr (with_marginals)
        {
            x_m2 += x_delta * (x - x_mean);
            y_m2 += y_delta * (y - y_mean);
        }
    }

    void merge(const CovarianceMoments & rhs)
    {
        if (count + rhs.count == 0)
            return;
        Float64 factor = mergeFactor(count, rhs.count);
        Float64 x_delta = x_mean - rhs.x_mean;
        Float64 y_delta = y_mean - rhs.y_mean;
        x_mean = mergedMean(count, x_mean, rhs.count, rhs.x_mean);
        y_mean = mergedMean(count, y_mean, rhs.count, rhs.y_mean);
        co_moment += rhs.co_moment + x_delta * y_delta * factor;
        count += rhs.count;
        if constexpr (with_marginals)
        {
            x_m2 += rhs.x_m2 + x_delta * x_delta * factor;
            y_m2 += rhs.y_m2 + y_delta * y_delta * factor;
        }
    }

    void write(WriteBuffer & out) const
    {
        writeVarUInt(count, out);
        writeBinaryLittleEndian(x_mean, out);
        writeBinaryLittleEndian(y_mean, out);
        writeBinaryLittleEndian(co_moment, out);
        if constexpr (with_marginals)
        {
            writeBinaryLittleEndian(x_m2, out);
            writeBinaryLittleEndian(y_m2, out);
        }
    }
    void read(ReadBuffer & in)
    {
        readVarUInt(count, in);
        readBinaryLittleEndian(x_mean, in);
        readBinaryLittleEndian(y_mean, in);
        readBinaryLittleEndian(co_moment, in);
        if constexpr (with_marginals)
        {
            readBinaryLittleEndian(x_m2, in);
            readBinaryLittleEndian(y_m2, in);
        }
    }
};

template <StableStatistic statistic>
using StableMoments = std::conditional_t<
    isTwoArgument(statistic),
    CovarianceMoments<statistic == StableStatistic::Corr>,
    VarianceMoments>;

template <StableStatistic statistic>
Float64 stableResult(const StableMoments<statistic> & moments)
{
    constexpr bool is_sample = statistic == StableStatistic::VarSamp || statistic == StableStatistic::StddevSamp
        || statistic == StableStatistic::CovarSamp || statistic == StableStatistic::Corr;
    if (moments.count < (is_sample ? 2 : 1))
        return std::numeric_limits<Float64>::infinity();
    auto count = static_cast<Float64>(moments.count);
    if constexpr (statistic == StableStatistic::Corr)
        return moments.co_moment / std::sqrt(moments.x_m2 * moments.y_m2);
    else if constexpr (isTwoArgument(statistic))
        return moments.co_moment / (is_sample ? count - 1 : count);
    else
    {
        Float64 variance = moments.m2 / (is_sample ? count - 1 : count);
        return statistic == StableStatistic::StddevPop || statistic == StableStatistic::StddevSamp ? std::sqrt(variance) : variance;
    }
}

template <typename X, typename Y, StableStatistic statistic>
class AggregateFunctionStableStatistic final
    : public IAggregateFunctionDataHelper<StableMoments<statistic>, AggregateFunctionStableStatistic<X, Y, statistic>>
{
    using Base = IAggregateFunctionDataHelper<StableMoments<statistic>, AggregateFunctionStableStatistic<X, Y, statistic>>;
    using Base::data;

public:
    AggregateFunctionStableStatistic(const DataTypes & arguments, const Array & parameters)
        : Base(arguments, parameters)
        , result_type(functions::typeByName("Float64"))
        , x_divisor(decimalDivisor<Float64>(*arguments[0]))
        , y_divisor(arguments.size() > 1 ? decimalDivisor<Float64>(*arguments[1]) : 1)
    {
    }

    std::string getName() const override { return stableStatisticName(statistic); }
    DataTypePtr getResultType() const override { return result_type; }

    void add(AggregateDataPtr place, const IColumn ** columns, size_t row, Arena *) const
    {
        auto x = static_cast<Float64>(static_cast<const ColumnVector<X> &>(*columns[0]).getData()[row]) / x_divisor;
        Float64 y = 0;
        if constexpr (isTwoArgument(statistic))
            y = static_cast<Float64>(static_cast<const ColumnVector<Y> &>(*columns[1]).getData()[row]) / y_divisor;
        data(place).add(x, y);
    }

    void merge(AggregateDataPtr place, ConstAggregateDataPtr rhs, Arena *) const override { data(place).merge(data(rhs)); }
    void serialize(ConstAggregateDataPtr place, WriteBuffer & out) const override { data(place).write(out); }
    void deserialize(AggregateDataPtr place, ReadBuffer & in, Arena *) const override { data(place).read(in); }
    void insertResultInto(AggregateDataPtr place, IColumn & to, Arena *) const override
    {
        static_cast<ColumnVector<Float64> &>(to).insertValue(stableResult<statistic>(data(place)));
    }

private:
    DataTypePtr result_type;
    Float64 x_divisor;
    Float64 y_divisor;
};

template <StableStatistic statistic>
AggregateFunctionPtr createStableStatistic(const std::string & name, const DataTypes & arguments, const Array & parameters)
{
    assertNoParameters(name, parameters);
    if constexpr (isTwoArgument(statistic))
        assertBinary(name, arguments);
    else
        assertUnary(name, arguments);
    AggregateFunctionPtr result;
    dispatchNumberArguments<isTwoArgument(statistic)>(
        name,
        arguments,
        [&](auto x_tag, auto y_tag)
        {
            using X = typename decltype(x_tag)::Type;
            using Y = typename decltype(y_tag)::Type;
            result = std::make_shared<AggregateFunctionStableStatistic<X, Y, statistic>>(arguments, parameters);
        });
    return result;
}
}

void registerAggregateFunctionsStatisticsStable(AggregateFunctionFactory & factory)
{
    factory.registerFunction("varPopStable", createStableStatistic<StableStatistic::VarPop>);
    factory.registerFunction("varSampStable", createStableStatistic<StableStatistic::VarSamp>);
    factory.registerFunction("stddevPopStable", createStableStatistic<StableStatistic::StddevPop>);
    factory.registerFunction("stddevSampStable", createStableStatistic<StableStatistic::StddevSamp>);
    factory.registerFunction("covarPopStable", createStableStatistic<StableStatistic::CovarPop>);
    factory.registerFunction("covarSampStable", createStableStatistic<StableStatistic::CovarSamp>);
    factory.registerFunction("corrStable", createStableStatistic<StableStatistic::Corr>);
}
}
