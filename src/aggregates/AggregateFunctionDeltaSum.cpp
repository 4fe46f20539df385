// deltaSum(x) and deltaSumTimestamp(x, t): the total increase of a counter, adding each rise
// of x over the previous row and ignoring drops (a counter reset). The result is in x's type,
// wrapping as ClickHouse's does. Rows are taken in order; merging two states decides which came
// first: by their values for deltaSum, by their timestamps for deltaSumTimestamp. States:
// sum, first, last, seen byte (deltaSum); sum, first, first_ts, last, last_ts, seen byte.
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
/// b - a, wrapping for integers.
template <typename V>
V rise(V a, V b)
{
    if constexpr (std::is_floating_point_v<V>)
        return b - a;
    else
        return static_cast<V>(static_cast<std::make_unsigned_t<V>>(b) - static_cast<std::make_unsigned_t<V>>(a));
}

/// The increases of a run of values: their sum and the run's first and last value.
template <typename V>
struct CounterRun
{
    V sum{};
    V first{};
    V last{};
    bool seen = false;

    void add(V value)
    {
        if (seen && last < value)
            sum = addWrapping(sum, rise(last, value));
        last = value;
        if (!seen)
        {
            first = value;
            seen = true;
        }
    }
};

template <typename V>
struct DeltaSumData
{
    CounterRun<V> run;

    /// A later run starting above this one's end adds the gap; one starting below is taken as a
    /// reset after this run. Equal ends leave the state as it is, as ClickHouse's merge does.
    void merge(const DeltaSumData & rhs)
    {
        const CounterRun<V> & other = rhs.run;
        if (run.seen && other.seen && run.last < other.first)
        {
            run.sum = addWrapping(run.sum, addWrapping(other.sum, rise(run.last, other.first)));
            run.last = other.last;
        }
        else if (run.seen && other.seen && other.first < run.last)
        {
            run.sum = addWrapping(run.sum, other.sum);
            run.last = other.last;
        }
        else if (other.seen && !run.seen)
            run = other;
    }

    void write(WriteBuffer & out) const
    {
        writeBinaryLittleEndian(run.sum, out);
        writeBinaryLittleEndian(run.first, out);
        writeBinaryLittleEndian(run.last, out);
        writeBinaryLittleEndian(static_cast<UInt8>(run.seen), out);
    }
    void read(ReadBuffer & in)
    {
        UInt8 seen = 0;
        readBinaryLittleEndian(run.sum, in);
        readBinaryLittleEndian(run.first, in);
        readBinaryLittleEndian(run.last, in);
        readBinaryLittleEndian(seen, in);
        run.seen = seen != 0;
    }
};

template <typename V, typename TS>
struct DeltaSumTimestampData
{
    CounterRun<V> run;
    TS first_ts{};
    TS last_ts{};

    /// Whether this run ends before `rhs` starts (or, sharing the boundary timestamp, extends less far).
    bool isBefore(const DeltaSumTimestampData & rhs) const
    {
        if (last_ts < rhs.first_ts)
            return true;
        return last_ts == rhs.first_ts && (last_ts < rhs.last_ts || first_ts < rhs.first_ts);
    }

    void merge(const DeltaSumTimestampData & rhs)
    {
        const CounterRun<V> & other = rhs.run;
        if (!other.seen)
            return;
        if (!run.seen)
        {
            *this = rhs;
            return;
        }
        if (isBefore(rhs))
        {
            if (other.first > run.last)
                run.sum = addWrapping(run.sum, rise(run.last, other.first));
            run.sum = addWrapping(run.sum, other.sum);
            run.last = other.last;
            last_ts = rhs.last_ts;
        }
        else if (rhs.isBefore(*this))
        {
            if (run.first > other.last)
                run.sum = addWrapping(run.sum, rise(other.last, run.first));
            run.sum = addWrapping(run.sum, other.sum);
            run.first = other.first;
            first_ts = rhs.first_ts;
        }
        else if (run.first < other.first)
        {
            /// Both runs span the same timestamps: the larger values win, so the order of merges does not matter.
            run.first = other.first;
            run.last = other.last;
        }
    }

    void write(WriteBuffer & out) const
    {
        writeBinaryLittleEndian(run.sum, out);
        writeBinaryLittleEndian(run.first, out);
        writeBinaryLittleEndian(first_ts, out);
        writeBinaryLittleEndian(run.last, out);
        writeBinaryLittleEndian(last_ts, out);
        writeBinaryLittleEndian(static_cast<UInt8>(run.seen), out);
    }
    void read(ReadBuffer & in)
    {
        UInt8 seen = 0;
        readBinaryLittleEndian(run.sum, in);
        readBinaryLittleEndian(run.first, in);
        readBinaryLittleEndian(first_ts, in);
        readBinaryLittleEndian(run.last, in);
        readBinaryLittleEndian(last_ts, in);
        readBinaryLittleEndian(seen, in);
        run.seen = seen != 0;
    }
};

template <typename V, typename TS>
struct DeltaSumState
{
    using Type = DeltaSumTimestampData<V, TS>;
};
template <typename V>
struct DeltaSumState<V, void>
{
    using Type = DeltaSumData<V>;
};

/// `TS` is void for deltaSum, the timestamp's storage type for deltaSumTimestamp.
template <typename V, typename TS>
class AggregateFunctionDeltaSum final
    : public IAggregateFunctionDataHelper<typename DeltaSumState<V, TS>::Type, AggregateFunctionDeltaSum<V, TS>>
{
    static constexpr bool with_timestamp = !std::is_void_v<TS>;
    using Data = typename DeltaSumState<V, TS>::Type;
    using Base = IAggregateFunctionDataHelper<Data, AggregateFunctionDeltaSum<V, TS>>;
    using Base::data;

public:
    AggregateFunctionDeltaSum(const DataTypes & arguments, const Array & parameters, DataTypePtr result_type_)
        : Base(arguments, parameters), result_type(std::move(result_type_))
    {
    }

    std::string getName() const override { return with_timestamp ? "deltaSumTimestamp" : "deltaSum"; }
    DataTypePtr getResultType() const override { return result_type; }

    void add(AggregateDataPtr place, const IColumn ** columns, size_t row, Arena *) const
    {
        Data & state = data(place);
        if constexpr (with_timestamp)
        {
            auto ts = static_cast<const ColumnVector<TS> &>(*columns[1]).getData()[row];
            if (!state.run.seen)
                state.first_ts = ts;
            state.last_ts = ts;
        }
        state.run.add(static_cast<const ColumnVector<V> &>(*columns[0]).getData()[row]);
    }

    void merge(AggregateDataPtr place, ConstAggregateDataPtr rhs, Arena *) const override { data(place).merge(data(rhs)); }
    void serialize(ConstAggregateDataPtr place, WriteBuffer & out) const override { data(place).write(out); }
    void deserialize(AggregateDataPtr place, ReadBuffer & in, Arena *) const override { data(place).read(in); }
    void insertResultInto(AggregateDataPtr place, IColumn & to, Arena *) const override
    {
        static_cast<ColumnVector<V> &>(to).insertValue(data(place).run.sum);
    }

private:
    DataTypePtr result_type;
};

/// Plain numbers, and for deltaSumTimestamp dates and times too (as their stored numbers).
bool isDeltaSumArgument(const IDataType & type, bool with_dates)
{
    TypeIndex index = type.getTypeId();
    return functions::isNativeNumber(index) || (with_dates && (index == TypeIndex::Date || index == TypeIndex::DateTime));
}

/// The number type a value is stored as: the sum of Bool or Date values is a plain number.
DataTypePtr storageType(const IDataType & type)
{
    switch (type.getTypeId())
    {
        case TypeIndex::Bool: return functions::typeByName("UInt8");
        case TypeIndex::Date: return functions::typeByName("UInt16");
        case TypeIndex::DateTime: return functions::typeByName("UInt32");
        default: return functions::typeByName(type.getName());
    }
}

AggregateFunctionPtr createDeltaSum(const std::string & name, const DataTypes & arguments, const Array & parameters)
{
    assertNoParameters(name, parameters);
    if (arguments.size() != 1)
        throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Incorrect number of arguments for aggregate function {}", name);
    if (!isDeltaSumArgument(*arguments[0], false))
        throwIllegalArgumentType(name, *arguments[0]);
    AggregateFunctionPtr result;
    functions::dispatchByStorage(
        arguments[0]->getTypeId(),
        [&](auto tag)
        {
            using V = typename decltype(tag)::Type;
            result = std::make_shared<AggregateFunctionDeltaSum<V, void>>(arguments, parameters, storageType(*arguments[0]));
        });
    return result;
}

AggregateFunctionPtr createDeltaSumTimestamp(const std::string & name, const DataTypes & arguments, const Array & parameters)
{
    assertNoParameters(name, parameters);
    if (arguments.size() != 2)
        throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Incorrect number of arguments for aggregate function {}", name);
    for (const auto & argument : arguments)
        if (!isDeltaSumArgument(*argument, true))
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                            "Illegal type {} of argument for aggregate function {}, must be Int, Float, Date, DateTime",
                            argument->getName(), name);
    AggregateFunctionPtr result;
    functions::dispatchByStorage(
        arguments[0]->getTypeId(),
        [&](auto value_tag)
        {
            using V = typename decltype(value_tag)::Type;
            functions::dispatchByStorage(
                arguments[1]->getTypeId(),
                [&](auto timestamp_tag)
                {
                    using TS = typename decltype(timestamp_tag)::Type;
                    result = std::make_shared<AggregateFunctionDeltaSum<V, TS>>(arguments, parameters, storageType(*arguments[0]));
                });
        });
    return result;
}
}

void registerAggregateFunctionDeltaSum(AggregateFunctionFactory & factory)
{
    factory.registerFunction("deltaSum", createDeltaSum, {.returns_default_when_only_null = true});
    factory.registerFunction("deltaSumTimestamp", createDeltaSumTimestamp, {.returns_default_when_only_null = true});
}
}
