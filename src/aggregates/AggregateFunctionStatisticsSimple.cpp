// varPop, varSamp, stddevPop, stddevSamp, covarPop, covarSamp and corr with ClickHouse's
// formulas: raw power sums (count, sum x, sum x^2, ...) in the result type, combined at the
// end, so the last digits (and the cancellation on large offsets) are ClickHouse's. Float32
// arguments accumulate and answer in Float32, everything else in Float64; a Decimal enters as
// its Float64 value. State: the sums as little-endian floats, count first (ClickHouse's POD layout).
#include <cmath>
#include <limits>

#include "aggregates/AggregateFunctionFactory.h"
#include "aggregates/AggregateFunctionHelpers.h"
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
bool isDecimalType(TypeIndex type)
{
    return type == TypeIndex::Decimal32 || type == TypeIndex::Decimal64 || type == TypeIndex::Decimal128;
}

enum class Statistic
{
    VarPop,
    VarSamp,
    StddevPop,
    StddevSamp,
    CovarPop,
    CovarSamp,
    Corr,
};

constexpr bool isTwoArgument(Statistic statistic)
{
    return statistic == Statistic::CovarPop || statistic == Statistic::CovarSamp || statistic == Statistic::Corr;
}

/// count, sum x, sum x^2 (one argument); count, sum x, sum y, sum xy (covar); and sum x^2, sum y^2 too (corr).
constexpr size_t momentCount(Statistic statistic)
{
    if (statistic == Statistic::Corr)
        return 6;
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
            m[2] += x * x;
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

    R result() const
    {
        constexpr R nan = std::numeric_limits<R>::quiet_NaN();
        switch (statistic)
        {
            case Statistic::VarPop:
            case Statistic::StddevPop:
            {
                if (m[0] == 0)
                    return nan;
                /// Rounding can take the difference a little below zero; ClickHouse clamps it.
                R variance = std::max(R{}, (m[2] - m[1] * m[1] / m[0]) / m[0]);
                return statistic == Statistic::StddevPop ? std::sqrt(variance) : variance;
            }
            case Statistic::VarSamp:
            case Statistic::StddevSamp:
            {
                if (m[0] <= 1)
                    return nan;
                R variance = std::max(R{}, (m[2] - m[1] * m[1] / m[0]) / (m[0] - 1));
                return statistic == Statistic::StddevSamp ? std::sqrt(variance) : variance;
            }
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
        , x_divisor(decimalDivisor(*arguments[0]))
        , y_divisor(arguments.size() > 1 ? decimalDivisor(*arguments[1]) : 1)
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
    /// 10^S for a Decimal(P, S) argument, whose stored integer is divided by it; 1 otherwise.
    static R decimalDivisor(const IDataType & type)
    {
        return isDecimalType(type.getTypeId()) ? static_cast<R>(std::pow(10.0, decimalScale(type))) : R{1};
    }

    DataTypePtr result_type;
    R x_divisor;
    R y_divisor;
};

/// Calls f(TypeTag<Storage>{}) for a plain number or Decimal type; ILLEGAL_TYPE_OF_ARGUMENT otherwise.
template <typename F>
void dispatchNumber(const std::string & name, const IDataType & type, F && f)
{
    if (!functions::isNativeNumber(type.getTypeId()) && !isDecimalType(type.getTypeId()))
        throwIllegalArgumentType(name, type);
    functions::dispatchByStorage(type.getTypeId(), f);
}

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
    dispatchNumber(
        name,
        *arguments[0],
        [&](auto x_tag)
        {
            using X = typename decltype(x_tag)::Type;
            if constexpr (!isTwoArgument(statistic))
            {
                using R = std::conditional_t<std::is_same_v<X, Float32>, Float32, Float64>;
                result = std::make_shared<AggregateFunctionStatistic<X, X, R, statistic>>(arguments, parameters);
            }
            else
                dispatchNumber(
                    name,
                    *arguments[1],
                    [&](auto y_tag)
                    {
                        using Y = typename decltype(y_tag)::Type;
                        using R = std::conditional_t<std::is_same_v<X, Float32> && std::is_same_v<Y, Float32>, Float32, Float64>;
                        result = std::make_shared<AggregateFunctionStatistic<X, Y, R, statistic>>(arguments, parameters);
                    });
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
