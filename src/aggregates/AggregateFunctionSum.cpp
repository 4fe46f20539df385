// sum(x): integers into UInt64/Int64 (wrapping), floats into Float64, Decimal(P, S) into
// Decimal(38, S); sumWithOverflow(x) sums in the argument type itself, wrapping. Float batches are summed in 128 bytes of interleaved partial sums, as
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

/// `with_overflow`: the sum keeps the argument's own type (sumWithOverflow), else SumTraits' wider one.
template <bool with_overflow>
AggregateFunctionPtr createSum(const std::string & name, const DataTypes & arguments, const Array & parameters)
{
    assertNoParameters(name, parameters);
    assertUnary(name, arguments);
    AggregateFunctionPtr result;
    dispatchSummable(
        name,
        *arguments[0],
        [&](auto tag, auto is_decimal)
        {
            using T = typename decltype(tag)::Type;
            if constexpr (with_overflow)
                result = std::make_shared<AggregateFunctionSum<T, T>>(name, arguments, parameters, arguments[0]);
            else
            {
                using S = typename SumTraits<T, decltype(is_decimal)::value>::Type;
                result = std::make_shared<AggregateFunctionSum<T, S>>(
                    name, arguments, parameters, functions::typeByName(sumResultTypeName(*arguments[0])));
            }
        });
    return result;
}
}

void registerAggregateFunctionSum(AggregateFunctionFactory & factory)
{
    factory.registerFunction("sum", createSum<false>, {}, /*case_insensitive=*/true);
    factory.registerFunction("sumWithOverflow", createSum<true>);
}
}
