// avg(x): Float64 mean. The numerator accumulates like sum (Decimal into Decimal128), the
// denominator counts rows; an empty input gives nan as in ClickHouse. State: the numerator
// little-endian, then the row count as a VarUInt.
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
struct AvgData
{
    S numerator{};
    UInt64 denominator = 0;
};

template <typename T, typename S>
class AggregateFunctionAvg final : public IAggregateFunctionDataHelper<AvgData<S>, AggregateFunctionAvg<T, S>>
{
    using Base = IAggregateFunctionDataHelper<AvgData<S>, AggregateFunctionAvg<T, S>>;
    using Base::data;

public:
    /// `scale` is the Decimal scale of the argument (0 for plain numbers).
    AggregateFunctionAvg(const DataTypes & arguments, const Array & parameters, UInt32 scale)
        : Base(arguments, parameters), scale_multiplier(multiplierFor(scale))
    {
    }

    std::string getName() const override { return "avg"; }
    DataTypePtr getResultType() const override { return functions::typeByName("Float64"); }

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

    Float64 scale_multiplier;
};
}

void registerAggregateFunctionAvg(AggregateFunctionFactory & factory)
{
    factory.registerFunction(
        "avg",
        [](const std::string & name, const DataTypes & arguments, const Array & parameters) -> AggregateFunctionPtr
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
                    using S = typename SumTraits<T, decltype(is_decimal)::value>::Type;
                    UInt32 scale = decltype(is_decimal)::value ? decimalScale(*arguments[0]) : 0;
                    result = std::make_shared<AggregateFunctionAvg<T, S>>(arguments, parameters, scale);
                });
            return result;
        },
        {},
        /*case_insensitive=*/true);
}
}
