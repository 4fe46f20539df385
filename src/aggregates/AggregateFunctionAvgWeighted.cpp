// avgWeighted(x, w): sum(x * w) / sum(w) as Float64, with ClickHouse's accumulator types:
// integers in UInt64/Int64 (wrapping), floats and 128-bit integers in Float64; the numerator
// takes the wider of the two argument accumulators (the weight's when they are as wide, so
// avgWeighted(1.5, 2) truncates 1.5 to an integer, as ClickHouse does). State: numerator
// little-endian, then the denominator as a VarUInt when unsigned, else little-endian.
#include "aggregates/AggregateFunctionFactory.h"
#include "aggregates/AggregateFunctionHelpers.h"
#include "aggregates/SumTraits.h"
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
/// The accumulator of one argument type: UInt64, Int64 or Float64.
template <typename T>
using WeightedFieldType = std::conditional_t<
    std::is_floating_point_v<T> || std::is_same_v<T, Int128> || std::is_same_v<T, UInt128>,
    Float64,
    std::conditional_t<std::is_signed_v<T>, Int64, UInt64>>;

template <typename N, typename D>
struct AvgWeightedData
{
    N numerator{};
    D denominator{};
};

template <typename V, typename W>
using NumeratorType = std::conditional_t<(sizeof(WeightedFieldType<V>) > sizeof(WeightedFieldType<W>)), WeightedFieldType<V>, WeightedFieldType<W>>;

/// a * b wrapping for integers, as ClickHouse's unchecked multiplication.
template <typename N>
N multiplyWrapping(N a, N b)
{
    if constexpr (std::is_floating_point_v<N>)
        return a * b;
    else
        return static_cast<N>(static_cast<UInt64>(a) * static_cast<UInt64>(b));
}

template <typename V, typename W>
class AggregateFunctionAvgWeighted final
    : public IAggregateFunctionDataHelper<AvgWeightedData<NumeratorType<V, W>, WeightedFieldType<W>>, AggregateFunctionAvgWeighted<V, W>>
{
    using N = NumeratorType<V, W>;
    using D = WeightedFieldType<W>;
    using Base = IAggregateFunctionDataHelper<AvgWeightedData<N, D>, AggregateFunctionAvgWeighted<V, W>>;
    using Base::data;

public:
    AggregateFunctionAvgWeighted(const DataTypes & arguments, const Array & parameters)
        : Base(arguments, parameters), result_type(functions::typeByName("Float64"))
    {
    }

    std::string getName() const override { return "avgWeighted"; }
    DataTypePtr getResultType() const override { return result_type; }

    void add(AggregateDataPtr place, const IColumn ** columns, size_t row, Arena *) const
    {
        V value = static_cast<const ColumnVector<V> &>(*columns[0]).getData()[row];
        W weight = static_cast<const ColumnVector<W> &>(*columns[1]).getData()[row];
        auto & state = data(place);
        state.numerator = addWrapping(state.numerator, multiplyWrapping(static_cast<N>(value), static_cast<N>(weight)));
        state.denominator = addWrapping(state.denominator, static_cast<D>(weight));
    }

    void merge(AggregateDataPtr place, ConstAggregateDataPtr rhs, Arena *) const override
    {
        data(place).numerator = addWrapping(data(place).numerator, data(rhs).numerator);
        data(place).denominator = addWrapping(data(place).denominator, data(rhs).denominator);
    }

    void serialize(ConstAggregateDataPtr place, WriteBuffer & out) const override
    {
        writeBinaryLittleEndian(data(place).numerator, out);
        if constexpr (std::is_unsigned_v<D>)
            writeVarUInt(data(place).denominator, out);
        else
            writeBinaryLittleEndian(data(place).denominator, out);
    }

    void deserialize(AggregateDataPtr place, ReadBuffer & in, Arena *) const override
    {
        readBinaryLittleEndian(data(place).numerator, in);
        if constexpr (std::is_unsigned_v<D>)
            readVarUInt(data(place).denominator, in);
        else
            readBinaryLittleEndian(data(place).denominator, in);
    }

    void insertResultInto(AggregateDataPtr place, IColumn & to, Arena *) const override
    {
        const auto & state = data(place);
        static_cast<ColumnFloat64 &>(to).insertValue(static_cast<Float64>(state.numerator) / static_cast<Float64>(state.denominator));
    }

private:
    DataTypePtr result_type;
};

AggregateFunctionPtr createAvgWeighted(const std::string & name, const DataTypes & arguments, const Array & parameters)
{
    assertNoParameters(name, parameters);
    assertBinary(name, arguments);
    if (!functions::isNativeNumber(arguments[0]->getTypeId()) || !functions::isNativeNumber(arguments[1]->getTypeId()))
        throw Exception(
            ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
            "Types {} and {} are non-conforming as arguments for aggregate function {}",
            arguments[0]->getName(),
            arguments[1]->getName(),
            name);
    AggregateFunctionPtr result;
    functions::dispatchByStorage(
        arguments[0]->getTypeId(),
        [&](auto value_tag)
        {
            functions::dispatchByStorage(
                arguments[1]->getTypeId(),
                [&](auto weight_tag)
                {
                    using V = typename decltype(value_tag)::Type;
                    using W = typename decltype(weight_tag)::Type;
                    result = std::make_shared<AggregateFunctionAvgWeighted<V, W>>(arguments, parameters);
                });
        });
    return result;
}
}

void registerAggregateFunctionAvgWeighted(AggregateFunctionFactory & factory)
{
    factory.registerFunction("avgWeighted", createAvgWeighted);
}
}
