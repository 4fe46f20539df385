// quantile / quantiles / median (reservoir sampling) and quantileExact / quantilesExact /
// medianExact, as ClickHouse computes them. The sampler keeps the first 8192 values, then
// replaces a random slot with ClickHouse's generator (pcg32_fast seeded with 123456), so the
// same rows in the same order give the same sample and the same answer; the level is
// interpolated linearly between neighbouring sampled values. quantileExact keeps every value
// and returns the one at index floor(level * count) of the sorted values; quantileExactLow and
// quantileExactHigh differ at level 0.5 only, where they take the lower or upper median.
#include <algorithm>
#include <cmath>
#include <vector>

#include "aggregates/AggregateFunctionFactory.h"
#include "aggregates/AggregateFunctionHelpers.h"
#include "aggregates/QuantileResult.h"
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
/// pcg32_fast (PCG's mcg_xsh_rs_64_32): a multiplicative generator whose output is taken from
/// the state before each step.
class Pcg32Fast
{
public:
    static constexpr UInt64 multiplier = 6364136223846793005ULL;

    explicit Pcg32Fast(UInt64 seed) : state(seed | 3) {}

    UInt32 operator()()
    {
        UInt64 old = state;
        state *= multiplier;
        UInt32 shift = static_cast<UInt32>(old >> 61);
        old ^= old >> 22;
        return static_cast<UInt32>(old >> (22 + shift));
    }

    /// A number below `limit`, as ClickHouse's sampler draws it.
    UInt64 below(UInt64 limit)
    {
        if (limit <= 0xFFFFFFFFULL)
            return (*this)() % limit;
        UInt64 high = (*this)();
        UInt64 low = (*this)();
        return (high * 0x100000000ULL + low) % limit;
    }

    UInt64 state;
};

template <typename T>
bool isNaNValue(T value)
{
    if constexpr (std::is_floating_point_v<T>)
        return std::isnan(value);
    else
        return false;
}

/// Every value (quantileExact).
template <typename T>
struct ExactData
{
    std::vector<T> values;

    void insert(T value)
    {
        if (!isNaNValue(value))
            values.push_back(value);
    }
    void merge(const ExactData & rhs) { values.insert(values.end(), rhs.values.begin(), rhs.values.end()); }

    void write(WriteBuffer & out) const
    {
        writeVarUInt(values.size(), out);
        for (T value : values)
            writeBinaryLittleEndian(value, out);
    }
    void read(ReadBuffer & in)
    {
        UInt64 size = 0;
        readVarUInt(size, in);
        values.resize(size);
        for (T & value : values)
            readBinaryLittleEndian(value, in);
    }
};

/// ClickHouse's reservoir sampler (quantile).
template <typename T>
struct ReservoirData
{
    static constexpr UInt64 sample_count = 8192;

    std::vector<T> values;
    UInt64 total = 0;
    Pcg32Fast rng{123456};

    void insert(T value)
    {
        if (isNaNValue(value))
            return;
        ++total;
        if (values.size() < sample_count)
            values.push_back(value);
        else if (UInt64 slot = rng.below(total); slot < sample_count)
            values[slot] = value;
    }

    void merge(const ReservoirData & rhs)
    {
        if (rhs.total <= sample_count)
        {
            for (T value : rhs.values)
                insert(value);
        }
        else if (total <= sample_count)
        {
            std::vector<T> own = std::move(values);
            values = rhs.values;
            total = rhs.total;
            for (T value : own)
                insert(value);
        }
        else
        {
            /// Both are values of more rows than they hold: take every frequency'th slot from rhs.
            total += rhs.total;
            double frequency = static_cast<double>(total) / static_cast<double>(rhs.total);
            if (frequency * 2 >= static_cast<double>(sample_count))
            {
                UInt64 slot = rng.below(static_cast<UInt64>(frequency));
                if (slot < sample_count)
                    values[slot] = rhs.values[slot];
            }
            else
                for (double i = 0; i < static_cast<double>(sample_count); i += frequency)
                    values[static_cast<size_t>(i)] = rhs.values[static_cast<size_t>(i)];
        }
    }

    /// sample_count, total (UInt64 each), the generator as PCG prints it, then the values.
    void write(WriteBuffer & out) const
    {
        writeBinaryLittleEndian(sample_count, out);
        writeBinaryLittleEndian(total, out);
        writeStringBinary(std::to_string(Pcg32Fast::multiplier) + " 0 " + std::to_string(rng.state), out);
        for (T value : values)
            writeBinaryLittleEndian(value, out);
    }
    void read(ReadBuffer & in)
    {
        UInt64 stored_sample_count = 0;
        readBinaryLittleEndian(stored_sample_count, in);
        readBinaryLittleEndian(total, in);
        if (stored_sample_count != sample_count)
            throw Exception(ErrorCodes::INCORRECT_DATA, "Cannot read a quantile state of {} values", stored_sample_count);
        std::string rng_text;
        readStringBinary(rng_text, in);
        size_t last_space = rng_text.rfind(' ');
        rng.state = std::stoull(rng_text.substr(last_space == std::string::npos ? 0 : last_space + 1));
        values.resize(std::min(total, sample_count));
        for (T & value : values)
            readBinaryLittleEndian(value, in);
    }
};

enum class QuantileKind
{
    Reservoir,
    Exact,
    ExactLow,
    ExactHigh,
};

/// T: the argument's storage; Result: the storage of each result value.
template <typename T, typename Result, QuantileKind kind>
class AggregateFunctionQuantile final
    : public IAggregateFunctionDataHelper<
          std::conditional_t<kind == QuantileKind::Reservoir, ReservoirData<T>, ExactData<T>>,
          AggregateFunctionQuantile<T, Result, kind>>
{
    using Data = std::conditional_t<kind == QuantileKind::Reservoir, ReservoirData<T>, ExactData<T>>;
    using Base = IAggregateFunctionDataHelper<Data, AggregateFunctionQuantile<T, Result, kind>>;
    using Base::data;

public:
    AggregateFunctionQuantile(
        std::string name_, const DataTypes & arguments, const Array & parameters, std::vector<Float64> levels_, bool returns_many_,
        DataTypePtr value_type)
        : Base(arguments, parameters)
        , name(std::move(name_))
        , levels(std::move(levels_))
        , returns_many(returns_many_)
        , result_type(returns_many ? functions::typeByName("Array(" + value_type->getName() + ")") : value_type)
    {
    }

    std::string getName() const override { return name; }
    DataTypePtr getResultType() const override { return result_type; }
    /// The levels only choose what is reported: quantilesMerge(0.5)(s) and quantileMerge(s) read
    /// quantilesState(0.5, 0.9) states; the class fixes the sampler and the value type.
    bool haveSameStateRepresentation(const IAggregateFunction & rhs) const override
    {
        return dynamic_cast<const AggregateFunctionQuantile *>(&rhs) != nullptr;
    }

    void add(AggregateDataPtr place, const IColumn ** columns, size_t row, Arena *) const
    {
        data(place).insert(columns[0]->assertCast<ColumnVector<T>>().getData()[row]);
    }
    void merge(AggregateDataPtr place, ConstAggregateDataPtr rhs, Arena *) const override { data(place).merge(data(rhs)); }
    void serialize(ConstAggregateDataPtr place, WriteBuffer & out) const override { data(place).write(out); }
    void deserialize(AggregateDataPtr place, ReadBuffer & in, Arena *) const override { data(place).read(in); }

    void insertResultInto(AggregateDataPtr place, IColumn & to, Arena *) const override
    {
        auto & values = data(place).values;
        insertQuantileResult<Result>(to, levels, returns_many, [&](Float64 level) { return valueAt(values, level); });
    }

private:
    static Result valueAt(std::vector<T> & values, Float64 level)
    {
        if (values.empty())
            return emptyResult();
        if constexpr (kind != QuantileKind::Reservoir)
        {
            size_t n = level < 1 ? static_cast<size_t>(level * static_cast<double>(values.size())) : values.size() - 1;
            /// The median of an even count: the lower or the upper of the middle two.
            if (kind == QuantileKind::ExactLow && level == 0.5)
                n = values.size() % 2 ? values.size() / 2 : values.size() / 2 - 1;
            else if (kind == QuantileKind::ExactHigh && level == 0.5)
                n = values.size() / 2;
            std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(n), values.end());
            return static_cast<Result>(values[n]);
        }
        else
        {
            std::sort(values.begin(), values.end());
            double last = static_cast<double>(values.size() - 1);
            double index = std::max(0.0, std::min(last, level * last));
            size_t left = static_cast<size_t>(index);
            double interpolated = left + 1 == values.size()
                ? static_cast<double>(values[left])
                : static_cast<double>(values[left]) * (static_cast<double>(left + 1) - index)
                    + static_cast<double>(values[left + 1]) * (index - static_cast<double>(left));
            return static_cast<Result>(interpolated);
        }
    }

    /// NaN where the result is a float; 0 (ClickHouse's NaN cast to an integer) otherwise.
    static Result emptyResult()
    {
        if constexpr (std::is_floating_point_v<Result>)
            return std::numeric_limits<Result>::quiet_NaN();
        else
            return Result{};
    }

    std::string name;
    std::vector<Float64> levels;
    bool returns_many;
    DataTypePtr result_type;
};

template <QuantileKind kind, bool returns_many>
AggregateFunctionPtr createQuantile(const std::string & name, const DataTypes & arguments, const Array & parameters)
{
    assertUnary(name, arguments);
    std::vector<Float64> levels = quantileLevels(name, parameters, returns_many);
    const DataTypePtr & argument = arguments[0];
    TypeIndex type = argument->getTypeId();
    /// quantileExact answers in the argument's type; the sampler interpolates into Float64,
    /// except for dates, times and decimals, which it answers in their own type.
    bool keeps_type = kind != QuantileKind::Reservoir || type == TypeIndex::Date || type == TypeIndex::Date32 || type == TypeIndex::DateTime
        || type == TypeIndex::DateTime64 || type == TypeIndex::Decimal32 || type == TypeIndex::Decimal64;
    bool is_supported = type != TypeIndex::Bool && type != TypeIndex::UInt128 && type != TypeIndex::Int128 && type != TypeIndex::Decimal128;
    AggregateFunctionPtr result;
    if (is_supported)
        functions::dispatchByStorage(
            type,
            [&](auto tag)
            {
                using T = typename decltype(tag)::Type;
                if (keeps_type)
                    result = std::make_shared<AggregateFunctionQuantile<T, T, kind>>(name, arguments, parameters, levels, returns_many, argument);
                else
                    result = std::make_shared<AggregateFunctionQuantile<T, Float64, kind>>(
                        name, arguments, parameters, levels, returns_many, functions::typeByName("Float64"));
            });
    if (!result)
        throwIllegalArgumentType(name, *argument);
    return result;
}
}

void registerAggregateFunctionQuantile(AggregateFunctionFactory & factory)
{
    factory.registerFunction("quantile", createQuantile<QuantileKind::Reservoir, false>);
    factory.registerFunction("quantiles", createQuantile<QuantileKind::Reservoir, true>);
    factory.registerFunction("quantileExact", createQuantile<QuantileKind::Exact, false>);
    factory.registerFunction("quantilesExact", createQuantile<QuantileKind::Exact, true>);
    factory.registerFunction("quantileExactLow", createQuantile<QuantileKind::ExactLow, false>);
    factory.registerFunction("quantilesExactLow", createQuantile<QuantileKind::ExactLow, true>);
    factory.registerFunction("quantileExactHigh", createQuantile<QuantileKind::ExactHigh, false>);
    factory.registerFunction("quantilesExactHigh", createQuantile<QuantileKind::ExactHigh, true>);
    factory.registerAlias("medianExactLow", "quantileExactLow");
    factory.registerAlias("medianExactHigh", "quantileExactHigh");
    factory.registerAlias("median", "quantile");
    factory.registerAlias("medianExact", "quantileExact");
}
}
