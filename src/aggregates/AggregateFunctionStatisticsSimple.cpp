// varPop, varSamp, stddevPop, stddevSamp, skewPop, skewSamp, kurtPop, kurtSamp, covarPop,
// covarSamp and corr with ClickHouse's formulas: raw power sums (count, sum x, sum x^2, ...,
// up to x^4 for kurtosis) in the result type, combined at the
// end, so the last digits (and the cancellation on large offsets) are ClickHouse's. Float32
// arguments accumulate and answer in Float32, everything else in Float64; a Decimal enters as
// its Float64 value. State: the sums as little-endian floats, count first (ClickHouse's POD layout).
#include <cmath>
#include <limits>

#include "aggregates/AggregateFunctionFactory.h"
#include "aggregates/AggregateFunctionHelpers.h"
#include "aggregates/NumericArgument.h"
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
enum class Statistic
{
    VarPop,
    VarSamp,
    StddevPop,
    StddevSamp,
    SkewPop,
    SkewSamp,
    KurtPop,
    KurtSamp,
    CovarPop,
    CovarSamp,
    Corr,
};

constexpr bool isTwoArgument(Statistic statistic)
{
    return statistic == Statistic::CovarPop || statistic == Statistic::CovarSamp || statistic == Statistic::Corr;
}

/// count, sum x, sum x^2 (one argument, and sum x^3, sum x^4 for skewness and kurtosis);
/// count, sum x, sum y, sum xy (covar); and sum x^2, sum y^2 too (corr).
constexpr size_t momentCount(Statistic statistic)
{
    if (statistic == Statistic::Corr)
        return 6;
    if (statistic == Statistic::SkewPop || statistic == Statistic::SkewSamp)
        return 4;
    if (statistic == Statistic::KurtPop || statistic == Statistic::KurtSamp)
        return 5;
    return isTwoArgument(statistic) ? 4 : 3;
}

const char * statisticName(Statistic statistic)
{
    switch (statistic)
    {
        case Statistic::VarPop: return "varPop";
        case Statistic::VarSamp: return "varSamp";
        case Statistic::StddevPop: return "stddevPop";
        case Statistic::StddevSamp: return "stddevSamp";
        case Statistic::SkewPop: return "skewPop";
        case Statistic::SkewSamp: return "skewSamp";
        case Statistic::KurtPop: return "kurtPop";
        case Statistic::KurtSamp: return "kurtSamp";
        case Statistic::CovarPop: return "covarPop";
        case Statistic::CovarSamp: return "covarSamp";
        case Statistic::Corr: return "corr";
    }
    return "";
}

template <typename R, Statistic statistic>
struct Moments
{
    R m[momentCount(statistic)]{};

    void add(R x, R y)
    {
        m[0] += 1;
        m[1] += x;
        if constexpr (!isTwoArgument(statistic))
        {
            m[2] += x * x;
            if constexpr (momentCount(statistic) > 3)
                m[3] += x * x * x;
            if constexpr (momentCount(statistic) > 4)
                m[4] += x * x * x * x;
        }
        else
        {
            m[2] += y;
            m[3] += x * y;
            if constexpr (statistic == Statistic::Corr)
            {
                m[4] += x * x;
                m[5] += y * y;
            }
        }
    }

    /// The variance, NaN without enough rows; rounding can take it a little below zero,
    /// which ClickHouse clamps.
    R populationVariance() const
    {
        if (m[0] == 0)
            return std::numeric_limits<R>::quiet_NaN();
        return std::max(R{}, (m[2] - m[1] * m[1] / m[0]) / m[0]);
    }
    R sampleVariance() const
    {
        if (m[0] <= 1)
            return std::numeric_limits<R>::quiet_NaN();
        return std::max(R{}, (m[2] - m[1] * m[1] / m[0]) / (m[0] - 1));
    }

    /// The third and fourth central moments expanded over the power sums (Horner form in the
    /// mean), as ClickHouse evaluates them; one row gives exactly zero.
    R centralMoment3() const
    {
        if (m[0] == 1)
            return 0;
        return (m[3] - (3 * m[2] - 2 * m[1] * m[1] / m[0]) * m[1] / m[0]) / m[0];
    }
    R centralMoment4() const
    {
        if (m[0] == 1)
            return 0;
        return (m[4] - (4 * m[3] - (6 * m[2] - 3 * m[1] * m[1] / m[0]) * m[1] / m[0]) * m[1] / m[0]) / m[0];
    }

    /// Skewness and kurtosis divide in Float64 (ClickHouse's pow of a Float32 variance is a
    /// double), then round to R; a zero or undefined variance gives NaN.
    R skewness(R variance) const
    {
        if (!(variance > 0))
            return std::numeric_limits<R>::quiet_NaN();
        return static_cast<R>(centralMoment3() / std::pow(static_cast<Float64>(variance), 1.5));
    }
    R kurtosis(R variance) const
    {
        if (!(variance > 0))
            return std::numeric_limits<R>::quiet_NaN();
        return static_cast<R>(centralMoment4() / std::pow(static_cast<Float64>(variance), 2));
    }

    R result() const
    {
        constexpr R nan = std::numeric_limits<R>::quiet_NaN();
        switch (statistic)
        {
            case Statistic::VarPop:
                return populationVariance();
            case Statistic::StddevPop:
                return std::sqrt(populationVariance());
            case Statistic::VarSamp:
                return sampleVariance();
            case Statistic::StddevSamp:
                return std::sqrt(sampleVariance());
            case Statistic::SkewPop:
                return skewness(populationVariance());
            case Statistic::SkewSamp:
                return skewness(sampleVariance());
            case Statistic::KurtPop:
                return kurtosis(populationVariance());
            case Statistic::KurtSamp:
                return kurtosis(sampleVariance());
            case Statistic::CovarPop:
                if (m[0] == 0)
                    return nan;
                return (m[3] - m[1] * m[2] / m[0]) / m[0];
            case Statistic::CovarSamp:
                if (m[0] <= 1)
                    return nan;
                return (m[3] - m[1] * m[2] / m[0]) / (m[0] - 1);
            case Statistic::Corr:
                if (m[0] <= 1)
                    return nan;
                return (m[0] * m[3] - m[1] * m[2]) / std::sqrt((m[0] * m[4] - m[1] * m[1]) * (m[0] * m[5] - m[2] * m[2]));
        }
        return nan;
    }
};

template <typename X, typename Y, typename R, Statistic statistic>
class AggregateFunctionStatistic final
    : public IAggregateFunctionDataHelper<Moments<R, statistic>, AggregateFunctionStatistic<X, Y, R, statistic>>
{
    using Base = IAggregateFunctionDataHelper<Moments<R, statistic>, AggregateFunctionStatistic<X, Y, R, statistic>>;
    using Base::data;

public:
    AggregateFunctionStatistic(const DataTypes & arguments, const Array & parameters)
        : Base(arguments, parameters)
        , result_type(functions::typeByName(std::is_same_v<R, Float32> ? "Float32" : "Float64"))
        , x_divisor(decimalDivisor<R>(*arguments[0]))
        , y_divisor(arguments.size() > 1 ? decimalDivisor<R>(*arguments[1]) : 1)
    {
    }

    std::string getName() const override { return statisticName(statistic); }
    DataTypePtr getResultType() const override { return result_type; }

    void add(AggregateDataPtr place, const IColumn ** columns, size_t row, Arena *) const
    {
        R x = static_cast<R>(static_cast<const ColumnVector<X> &>(*columns[0]).getData()[row]);
        if (x_divisor != 1)
            x /= x_divisor;
        R y{};
        if constexpr (isTwoArgument(statistic))
        {
            y = static_cast<R>(static_cast<const ColumnVector<Y> &>(*columns[1]).getData()[row]);
            if (y_divisor != 1)
                y /= y_divisor;
        }
        data(place).add(x, y);
    }

    void merge(AggregateDataPtr place, ConstAggregateDataPtr rhs, Arena *) const override
    {
        for (size_t i = 0; i < momentCount(statistic); ++i)
            data(place).m[i] += data(rhs).m[i];
    }
    void serialize(ConstAggregateDataPtr place, WriteBuffer & out) const override
    {
        for (R moment : data(place).m)
            writeBinaryLittleEndian(moment, out);
    }
    void deserialize(AggregateDataPtr place, ReadBuffer & in, Arena *) const override
    {
        for (R & moment : data(place).m)
            readBinaryLittleEndian(moment, in);
    }
    void insertResultInto(AggregateDataPtr place, IColumn & to, Arena *) const override
    {
        static_cast<ColumnVector<R> &>(to).insertValue(data(place).result());
    }

private:
    DataTypePtr result_type;
    R x_divisor;
    R y_divisor;
};

template <Statistic statistic>
AggregateFunctionPtr createStatistic(const std::string & name, const DataTypes & arguments, const Array & parameters)
{
    assertNoParameters(name, parameters);
    if constexpr (isTwoArgument(statistic))
    {
        assertBinary(name, arguments);
        if (isDecimalType(arguments[0]->getTypeId()) || isDecimalType(arguments[1]->getTypeId()))
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal types {} and {} of arguments for aggregate function {}",
                            arguments[0]->getName(), arguments[1]->getName(), name);
    }
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
            /// Float32 stays Float32 only when every argument is Float32.
            using R = std::conditional_t<std::is_same_v<X, Float32> && std::is_same_v<Y, Float32>, Float32, Float64>;
            result = std::make_shared<AggregateFunctionStatistic<X, Y, R, statistic>>(arguments, parameters);
        });
    return result;
}
}

void registerAggregateFunctionsStatisticsSimple(AggregateFunctionFactory & factory)
{
    factory.registerFunction("varPop", createStatistic<Statistic::VarPop>);
    factory.registerFunction("varSamp", createStatistic<Statistic::VarSamp>);
    factory.registerFunction("stddevPop", createStatistic<Statistic::StddevPop>);
    factory.registerFunction("stddevSamp", createStatistic<Statistic::StddevSamp>);
    factory.registerFunction("skewPop", createStatistic<Statistic::SkewPop>);
    factory.registerFunction("skewSamp", createStatistic<Statistic::SkewSamp>);
    factory.registerFunction("kurtPop", createStatistic<Statistic::KurtPop>);
    factory.registerFunction("kurtSamp", createStatistic<Statistic::KurtSamp>);
    factory.registerFunction("covarPop", createStatistic<Statistic::CovarPop>);
    factory.registerFunction("covarSamp", createStatistic<Statistic::CovarSamp>);
    factory.registerFunction("corr", createStatistic<Statistic::Corr>, {}, /*case_insensitive=*/true);
    /// SQL standard spellings, as ClickHouse registers them.
    factory.registerAlias("VAR_POP", "varPop", true);
    factory.registerAlias("VAR_SAMP", "varSamp", true);
    factory.registerAlias("STDDEV_POP", "stddevPop", true);
    factory.registerAlias("STDDEV_SAMP", "stddevSamp", true);
    factory.registerAlias("COVAR_POP", "covarPop", true);
    factory.registerAlias("COVAR_SAMP", "covarSamp", true);
}
}
