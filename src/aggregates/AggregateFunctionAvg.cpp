// avg(x): Float64 mean. The numerator accumulates like sum (Decimal into Decimal128), the
// denominator counts rows; an empty input gives nan as in ClickHouse. sumCount(x) keeps the
// same state and returns it: Tuple(sum's type, UInt64). State: the numerator little-endian,
// then the row count as a VarUInt.
#include "aggregates/AggregateFunctionFactory.h"
#include "aggregates/SumTraits.h"
#include "columns/ColumnTuple.h"
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
struct AvgData
{
    S numerator{};
    UInt64 denominator = 0;
};

template <typename T, typename S, bool is_sum_count>
class AggregateFunctionAvg final : public IAggregateFunctionDataHelper<AvgData<S>, AggregateFunctionAvg<T, S, is_sum_count>>
{
    using Base = IAggregateFunctionDataHelper<AvgData<S>, AggregateFunctionAvg<T, S, is_sum_count>>;
    using Base::data;

public:
    /// `scale` is the Decimal scale of the argument (0 for plain numbers).
    AggregateFunctionAvg(const DataTypes & arguments, const Array & parameters, UInt32 scale)
        : Base(arguments, parameters)
        , result_type(functions::typeByName(is_sum_count ? "Tuple(" + sumResultTypeName(*arguments[0]) + ", UInt64)" : "Float64"))
        , scale_multiplier(multiplierFor(scale))
    {
    }

    std::string getName() const override { return is_sum_count ? "sumCount" : "avg"; }
    DataTypePtr getResultType() const override { return result_type; }

    void add(AggregateDataPtr place, const IColumn ** columns, size_t row, Arena *) const
    {
        T value = columns[0]->assertCast<ColumnVector<T>>().getData()[row];
        auto & state = data(place);
        state.numerator = addWrapping(state.numerator, static_cast<S>(value));
        ++state.denominator;
    }

    void merge(AggregateDataPtr place, ConstAggregateDataPtr rhs, Arena *) const override
    {
        data(place).numerator = addWrapping(data(place).numerator, data(rhs).numerator);
        data(place).denominator += data(rhs).denominator;
    }
    void serialize(ConstAggregateDataPtr place, WriteBuffer & out) const override
    {
        writeBinaryLittleEndian(data(place).numerator, out);
        writeVarUInt(data(place).denominator, out);
    }
    void deserialize(AggregateDataPtr place, ReadBuffer & in, Arena *) const override
    {
        readBinaryLittleEndian(data(place).numerator, in);
        readVarUInt(data(place).denominator, in);
    }
    void insertResultInto(AggregateDataPtr place, IColumn & to, Arena *) const override
    {
        const auto & state = data(place);
        if constexpr (is_sum_count)
        {
            auto & tuple = static_cast<ColumnTuple &>(to);
            static_cast<ColumnVector<S> &>(tuple.getColumnMutable(0)).insertValue(state.numerator);
            static_cast<ColumnUInt64 &>(tuple.getColumnMutable(1)).insertValue(state.denominator);
            return;
        }
        Float64 numerator = static_cast<Float64>(state.numerator) / scale_multiplier;
        static_cast<ColumnFloat64 &>(to).insertValue(numerator / static_cast<Float64>(state.denominator));
    }

private:
    static Float64 multiplierFor(UInt32 scale)
    {
        Int128 multiplier = 1;
        for (UInt32 i = 0; i < scale; ++i)
            multiplier *= 10;
        return static_cast<Float64>(multiplier);
    }

    DataTypePtr result_type;
    Float64 scale_multiplier;
};

template <bool is_sum_count>
AggregateFunctionPtr createAvg(const std::string & name, const DataTypes & arguments, const Array & parameters)
{
    return createSummable(
        name,
        arguments,
        parameters,
        [&](auto tag, auto is_decimal) -> AggregateFunctionPtr
        {
            using T = typename decltype(tag)::Type;
            using S = typename SumTraits<T, decltype(is_decimal)::value>::Type;
            UInt32 scale = decltype(is_decimal)::value ? decimalScale(*arguments[0]) : 0;
            return std::make_shared<AggregateFunctionAvg<T, S, is_sum_count>>(arguments, parameters, scale);
        });
}
}

void registerAggregateFunctionAvg(AggregateFunctionFactory & factory)
{
    factory.registerFunction("avg", createAvg<false>, {}, /*case_insensitive=*/true);
    /// Over all-NULL Nullable input it gives (0, 0): a Tuple cannot be Nullable.
    factory.registerFunction("sumCount", createAvg<true>);
}
}
