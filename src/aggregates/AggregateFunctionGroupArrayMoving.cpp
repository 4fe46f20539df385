// groupArrayMovingSum([N])(x) and groupArrayMovingAvg([N])(x): per row of the group, the sum
// (or the sum divided by N) of the last N values, N being the whole group without a
// parameter. As ClickHouse, the state is the running sums, and a window's sum is the
// difference of two of them, so float results round the same way. Sums are Int64/UInt64 for
// integers, Float64 for floats and Decimal(38, S) for decimals; averages are Float64 or
// Decimal(38, S) (divided with truncation). State: VarUInt count, then the running sums.
#include <optional>
#include <vector>

#include "aggregates/AggregateFunctionFactory.h"
#include "aggregates/AggregateFunctionHelpers.h"
#include "columns/ColumnArray.h"
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
template <typename Sum>
struct MovingData
{
    /// values[i]: the sum of the first i + 1 values.
    std::vector<Sum> running_sums;
    Sum sum{};
};

/// Integer sums wrap around as ClickHouse's do: they are added as unsigned numbers.
template <typename Sum>
struct Wrapping
{
    using Type = std::make_unsigned_t<Sum>;
};
template <>
struct Wrapping<Float64>
{
    using Type = Float64;
};
template <>
struct Wrapping<Int128>
{
    using Type = unsigned __int128;
};
template <typename Sum>
using WrappingOf = typename Wrapping<Sum>::Type;

template <typename Sum>
Sum addWrapping(Sum a, Sum b)
{
    return static_cast<Sum>(static_cast<WrappingOf<Sum>>(a) + static_cast<WrappingOf<Sum>>(b));
}

template <typename Sum>
Sum subtractWrapping(Sum a, Sum b)
{
    return static_cast<Sum>(static_cast<WrappingOf<Sum>>(a) - static_cast<WrappingOf<Sum>>(b));
}

/// T: the argument's storage; Sum: the running sums' (and the results') storage.
template <typename T, typename Sum, bool is_average>
class AggregateFunctionGroupArrayMoving final
    : public IAggregateFunctionDataHelper<MovingData<Sum>, AggregateFunctionGroupArrayMoving<T, Sum, is_average>>
{
    using Base = IAggregateFunctionDataHelper<MovingData<Sum>, AggregateFunctionGroupArrayMoving<T, Sum, is_average>>;
    using Base::data;

public:
    AggregateFunctionGroupArrayMoving(const DataTypes & arguments, const Array & parameters, std::optional<UInt64> window_size_,
                                      DataTypePtr element_type)
        : Base(arguments, parameters), window_size(window_size_), result_type(functions::typeByName("Array(" + element_type->getName() + ")"))
    {
    }

    std::string getName() const override { return is_average ? "groupArrayMovingAvg" : "groupArrayMovingSum"; }
    DataTypePtr getResultType() const override { return result_type; }
    /// The window only chooses what is reported: groupArrayMovingSumMerge(s) reads the states
    /// of groupArrayMovingSumState(N)(x) and reports with its own window.
    bool haveSameStateRepresentation(const IAggregateFunction & rhs) const override
    {
        return dynamic_cast<const AggregateFunctionGroupArrayMoving *>(&rhs) != nullptr;
    }

    void add(AggregateDataPtr place, const IColumn ** columns, size_t row, Arena *) const
    {
        auto & state = data(place);
        state.sum = addWrapping(state.sum, static_cast<Sum>(columns[0]->assertCast<ColumnVector<T>>().getData()[row]));
        state.running_sums.push_back(state.sum);
    }

    void merge(AggregateDataPtr place, ConstAggregateDataPtr rhs, Arena *) const override
    {
        auto & state = data(place);
        for (Sum value : data(rhs).running_sums)
            state.running_sums.push_back(addWrapping(value, state.sum));
        state.sum = addWrapping(state.sum, data(rhs).sum);
    }

    void serialize(ConstAggregateDataPtr place, WriteBuffer & out) const override
    {
        const auto & sums = data(place).running_sums;
        writeVarUInt(sums.size(), out);
        for (Sum value : sums)
            writeBinaryLittleEndian(value, out);
    }

    void deserialize(AggregateDataPtr place, ReadBuffer & in, Arena *) const override
    {
        auto & state = data(place);
        UInt64 size = 0;
        readVarUInt(size, in);
        state.running_sums.resize(size);
        for (Sum & value : state.running_sums)
            readBinaryLittleEndian(value, in);
        state.sum = size ? state.running_sums.back() : Sum{};
    }

    void insertResultInto(AggregateDataPtr place, IColumn & to, Arena *) const override
    {
        const auto & sums = data(place).running_sums;
        auto & array = static_cast<ColumnArray &>(to);
        auto & values = static_cast<ColumnVector<Sum> &>(array.getDataMutable());
        size_t window = window_size ? *window_size : sums.size();
        for (size_t i = 0; i < sums.size(); ++i)
        {
            Sum in_window = i < window ? sums[i] : subtractWrapping(sums[i], sums[i - window]);
            if constexpr (is_average)
                values.insertValue(in_window / static_cast<Sum>(window));
            else
                values.insertValue(in_window);
        }
        array.finishRow();
    }

private:
    std::optional<UInt64> window_size;
    DataTypePtr result_type;
};

std::optional<UInt64> parseWindowSize(const std::string & name, const Array & parameters)
{
    if (parameters.empty())
        return std::nullopt;
    if (parameters.size() != 1)
        throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Incorrect number of parameters for aggregate function {}, should be 0 or 1",
                        name);
    const Field & parameter = parameters[0];
    bool is_positive = (parameter.which() == Field::Which::UInt64 && parameter.get<UInt64>() > 0)
        || (parameter.which() == Field::Which::Int64 && parameter.get<Int64>() > 0);
    if (!is_positive)
        throw Exception(ErrorCodes::BAD_ARGUMENTS, "Parameter for aggregate function {} should be positive integer", name);
    return parameterToUInt64(parameter);
}

template <bool is_average>
AggregateFunctionPtr createGroupArrayMoving(const std::string & name, const DataTypes & arguments, const Array & parameters)
{
    assertUnary(name, arguments);
    std::optional<UInt64> window_size = parseWindowSize(name, parameters);
    const auto & argument = *arguments[0];
    TypeIndex type = argument.getTypeId();
    bool is_decimal = type == TypeIndex::Decimal32 || type == TypeIndex::Decimal64 || type == TypeIndex::Decimal128;
    bool is_number = functions::isNativeNumber(type) || type == TypeIndex::Int128 || type == TypeIndex::UInt128;
    if (!is_decimal && !is_number)
        throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Moving functions are not implemented for type {}", argument.getName());
    AggregateFunctionPtr result;
    functions::dispatchByStorage(
        type,
        [&](auto tag)
        {
            using T = typename decltype(tag)::Type;
            if (is_decimal)
            {
                auto element = functions::typeByName("Decimal(38, " + std::to_string(decimalScale(argument)) + ")");
                result = std::make_shared<AggregateFunctionGroupArrayMoving<T, Int128, is_average>>(arguments, parameters, window_size, element);
            }
            else if constexpr (std::is_floating_point_v<T> || is_average)
                result = std::make_shared<AggregateFunctionGroupArrayMoving<T, Float64, is_average>>(
                    arguments, parameters, window_size, functions::typeByName("Float64"));
            else if constexpr (std::is_same_v<T, Int128> || std::is_signed_v<T>)
                result = std::make_shared<AggregateFunctionGroupArrayMoving<T, Int64, false>>(
                    arguments, parameters, window_size, functions::typeByName("Int64"));
            else
                result = std::make_shared<AggregateFunctionGroupArrayMoving<T, UInt64, false>>(
                    arguments, parameters, window_size, functions::typeByName("UInt64"));
        });
    return result;
}
}

void registerAggregateFunctionGroupArrayMoving(AggregateFunctionFactory & factory)
{
    factory.registerFunction("groupArrayMovingSum", createGroupArrayMoving<false>);
    factory.registerFunction("groupArrayMovingAvg", createGroupArrayMoving<true>);
}
}
