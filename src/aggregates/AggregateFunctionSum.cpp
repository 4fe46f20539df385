// sum(x): integers into UInt64/Int64 (wrapping), floats into Float64, Decimal(P, S) into
// Decimal(38, S); sumWithOverflow(x) sums in the argument type itself, wrapping; sumKahan(x)
// sums numbers in Float64 with Kahan's compensation (state: sum, then compensation) and
// Decimals as sum does. Float batches are summed in 128 bytes of interleaved partial sums, as
// ClickHouse does, so totals round the same way. State: the raw sum, little-endian.
#include "aggregates/AggregateFunctionFactory.h"
#include "aggregates/SumTraits.h"
#include "columns/ColumnVector.h"
#include "io/ReadBuffer.h"
#include "io/ReadHelpers.h"
#include "io/WriteBuffer.h"
#include "io/WriteHelpers.h"

namespace datastore::aggregates
{
namespace
{
template <typename S>
struct SumData
{
    S sum{};

    template <typename T>
    void addMany(const T * values, size_t rows, const UInt8 * mask)
    {
        if constexpr (std::is_floating_point_v<S>)
        {
            /// Interleaved lanes: the compiler may not reassociate float additions itself.
            constexpr size_t lanes = 128 / sizeof(S);
            S partial[lanes]{};
            size_t unrolled_end = rows / lanes * lanes;
            size_t i = 0;
            for (; i < unrolled_end; i += lanes)
                for (size_t lane = 0; lane < lanes; ++lane)
                    if (!mask || mask[i + lane])
                        partial[lane] += static_cast<S>(values[i + lane]);
            for (size_t lane = 0; lane < lanes; ++lane)
                sum += partial[lane];
            S tail{};
            for (; i < rows; ++i)
                if (!mask || mask[i])
                    tail += static_cast<S>(values[i]);
            sum += tail;
        }
        else
        {
            S local{};
            if (mask)
            {
                for (size_t i = 0; i < rows; ++i)
                    local = addWrapping(local, mask[i] ? static_cast<S>(values[i]) : S{});
            }
            else
            {
                for (size_t i = 0; i < rows; ++i)
                    local = addWrapping(local, static_cast<S>(values[i]));
            }
            sum = addWrapping(sum, local);
        }
    }
};

template <typename T, typename S>
class AggregateFunctionSum final : public IAggregateFunctionDataHelper<SumData<S>, AggregateFunctionSum<T, S>>
{
    using Base = IAggregateFunctionDataHelper<SumData<S>, AggregateFunctionSum<T, S>>;
    using Base::data;

public:
    AggregateFunctionSum(std::string name_, const DataTypes & arguments, const Array & parameters, DataTypePtr result_type_)
        : Base(arguments, parameters), name(std::move(name_)), result_type(std::move(result_type_))
    {
    }

    std::string getName() const override { return name; }
    DataTypePtr getResultType() const override { return result_type; }

    void add(AggregateDataPtr place, const IColumn ** columns, size_t row, Arena *) const
    {
        T value = columns[0]->assertCast<ColumnVector<T>>().getData()[row];
        data(place).sum = addWrapping(data(place).sum, static_cast<S>(value));
    }

    void addBatchSinglePlace(size_t rows, AggregateDataPtr place, const IColumn ** columns, Arena *, const UInt8 * mask) const override
    {
        data(place).addMany(columns[0]->assertCast<ColumnVector<T>>().getData().data(), rows, mask);
    }

    void merge(AggregateDataPtr place, ConstAggregateDataPtr rhs, Arena *) const override
    {
        data(place).sum = addWrapping(data(place).sum, data(rhs).sum);
    }
    void serialize(ConstAggregateDataPtr place, WriteBuffer & out) const override { writeBinaryLittleEndian(data(place).sum, out); }
    void deserialize(AggregateDataPtr place, ReadBuffer & in, Arena *) const override { readBinaryLittleEndian(data(place).sum, in); }
    void insertResultInto(AggregateDataPtr place, IColumn & to, Arena *) const override
    {
        static_cast<ColumnVector<S> &>(to).insertValue(data(place).sum);
    }

private:
    std::string name;
    DataTypePtr result_type;
};

/// Float64 sum and the rounding error its additions lost, added back in the next step.
struct KahanSumData
{
    Float64 sum = 0;
    Float64 compensation = 0;

    static void add(Float64 value, Float64 & to_sum, Float64 & to_compensation)
    {
        Float64 compensated = value - to_compensation;
        Float64 new_sum = to_sum + compensated;
        to_compensation = (new_sum - to_sum) - compensated;
        to_sum = new_sum;
    }

    /// ClickHouse's merge of two compensated sums; the grouping of the terms is deliberate.
    void merge(Float64 from_sum, Float64 from_compensation)
    {
        Float64 raw_sum = sum + from_sum;
        Float64 rhs_compensated = raw_sum - sum;
        Float64 compensations = ((from_sum - rhs_compensated) + (sum - (raw_sum - rhs_compensated))) + compensation + from_compensation;
        sum = raw_sum + compensations;
        compensation = compensations - (sum - raw_sum);
    }

    /// A batch runs in four interleaved compensated sums merged at the end, then the tail: the
    /// order ClickHouse adds in, so the rounding is the same.
    template <typename T>
    void addMany(const T * values, size_t rows, const UInt8 * mask)
    {
        constexpr size_t lanes = 4;
        Float64 sums[lanes]{};
        Float64 compensations[lanes]{};
        size_t unrolled_end = rows / lanes * lanes;
        size_t i = 0;
        for (; i < unrolled_end; i += lanes)
            for (size_t lane = 0; lane < lanes; ++lane)
                if (!mask || mask[i + lane])
                    add(static_cast<Float64>(values[i + lane]), sums[lane], compensations[lane]);
        for (size_t lane = 0; lane < lanes; ++lane)
            merge(sums[lane], compensations[lane]);
        for (; i < rows; ++i)
            if (!mask || mask[i])
                add(static_cast<Float64>(values[i]), sum, compensation);
    }
};

template <typename T>
class AggregateFunctionSumKahan final : public IAggregateFunctionDataHelper<KahanSumData, AggregateFunctionSumKahan<T>>
{
    using Base = IAggregateFunctionDataHelper<KahanSumData, AggregateFunctionSumKahan<T>>;
    using Base::data;

public:
    using Base::Base;

    std::string getName() const override { return "sumKahan"; }
    DataTypePtr getResultType() const override { return functions::typeByName("Float64"); }

    void add(AggregateDataPtr place, const IColumn ** columns, size_t row, Arena *) const
    {
        auto & state = data(place);
        KahanSumData::add(static_cast<Float64>(columns[0]->assertCast<ColumnVector<T>>().getData()[row]), state.sum, state.compensation);
    }

    void addBatchSinglePlace(size_t rows, AggregateDataPtr place, const IColumn ** columns, Arena *, const UInt8 * mask) const override
    {
        data(place).addMany(columns[0]->assertCast<ColumnVector<T>>().getData().data(), rows, mask);
    }

    void merge(AggregateDataPtr place, ConstAggregateDataPtr rhs, Arena *) const override
    {
        data(place).merge(data(rhs).sum, data(rhs).compensation);
    }
    void serialize(ConstAggregateDataPtr place, WriteBuffer & out) const override
    {
        writeBinaryLittleEndian(data(place).sum, out);
        writeBinaryLittleEndian(data(place).compensation, out);
    }
    void deserialize(AggregateDataPtr place, ReadBuffer & in, Arena *) const override
    {
        readBinaryLittleEndian(data(place).sum, in);
        readBinaryLittleEndian(data(place).compensation, in);
    }
    void insertResultInto(AggregateDataPtr place, IColumn & to, Arena *) const override
    {
        static_cast<ColumnFloat64 &>(to).insertValue(data(place).sum);
    }
};

enum class SumKind
{
    Sum,
    WithOverflow,
    Kahan,
};

/// WithOverflow: the sum keeps the argument's own type; Kahan: compensated Float64 (a Decimal
/// sums as by sum); Sum: SumTraits' wider type.
template <SumKind kind>
AggregateFunctionPtr createSum(const std::string & name, const DataTypes & arguments, const Array & parameters)
{
    return createSummable(
        name,
        arguments,
        parameters,
        [&](auto tag, auto is_decimal) -> AggregateFunctionPtr
        {
            using T = typename decltype(tag)::Type;
            if constexpr (kind == SumKind::WithOverflow)
                return std::make_shared<AggregateFunctionSum<T, T>>(name, arguments, parameters, arguments[0]);
            else if constexpr (kind == SumKind::Kahan && !decltype(is_decimal)::value)
                return std::make_shared<AggregateFunctionSumKahan<T>>(arguments, parameters);
            else
            {
                using S = typename SumTraits<T, decltype(is_decimal)::value>::Type;
                return std::make_shared<AggregateFunctionSum<T, S>>(
                    name, arguments, parameters, functions::typeByName(sumResultTypeName(*arguments[0])));
            }
        });
}
}

void registerAggregateFunctionSum(AggregateFunctionFactory & factory)
{
    factory.registerFunction("sum", createSum<SumKind::Sum>, {}, /*case_insensitive=*/true);
    factory.registerFunction("sumWithOverflow", createSum<SumKind::WithOverflow>);
    factory.registerFunction("sumKahan", createSum<SumKind::Kahan>);
}
}
