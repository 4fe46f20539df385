// The -Resample combinator: fResample(start, end, step)(args..., key) splits rows by key into
// buckets [start, start + step), [start + step, start + 2 step), ... below end, runs f over
// each bucket, and returns the Array of the buckets' results (rows with a key outside
// [start, end) are skipped). The state is the buckets' nested states one after another, and
// serializes as them in order, as in ClickHouse.
#include "aggregates/AggregateFunctionCombinatorFactory.h"
#include "aggregates/AggregateFunctionHelpers.h"
#include "base/Exception.h"
#include "columns/ColumnArray.h"
#include "columns/ColumnVector.h"
#include "functions/FunctionHelpers.h"

namespace datastore::aggregates
{
namespace
{
struct ResampleRange
{
    Int64 start = 0;
    Int64 end = 0;
    Int64 step = 1;
    size_t buckets = 0;
};

/// K is the storage of the key argument (an integer type).
template <typename K>
class AggregateFunctionResample final : public IAggregateFunctionHelper<AggregateFunctionResample<K>>
{
public:
    AggregateFunctionResample(AggregateFunctionPtr nested_, const DataTypes & arguments, const Array & parameters, ResampleRange range_)
        : IAggregateFunctionHelper<AggregateFunctionResample<K>>(arguments, parameters)
        , nested(std::move(nested_))
        , range(range_)
        , key_position(arguments.size() - 1)
        , nested_size((nested->sizeOfData() + nested->alignOfData() - 1) / nested->alignOfData() * nested->alignOfData())
        , result_type(functions::typeByName("Array(" + nested->getResultType()->getName() + ")"))
    {
    }

    std::string getName() const override { return nested->getName() + "Resample"; }
    DataTypePtr getResultType() const override { return result_type; }

    size_t sizeOfData() const override { return std::max<size_t>(nested_size * range.buckets, 1); }
    size_t alignOfData() const override { return nested->alignOfData(); }
    bool hasTrivialDestructor() const override { return nested->hasTrivialDestructor(); }
    bool allocatesMemoryInArena() const override { return nested->allocatesMemoryInArena(); }

    void create(AggregateDataPtr place) const override
    {
        for (size_t i = 0; i < range.buckets; ++i)
            nested->create(place + i * nested_size);
    }

    void destroy(AggregateDataPtr place) const noexcept override
    {
        for (size_t i = 0; i < range.buckets; ++i)
            nested->destroy(place + i * nested_size);
    }

    void add(AggregateDataPtr place, const IColumn ** columns, size_t row, Arena * arena) const
    {
        Int128 key = static_cast<const ColumnVector<K> &>(*columns[key_position]).getData()[row];
        if (key < range.start || key >= range.end)
            return;
        nested->add(place + bucketOf(key) * nested_size, columns, row, arena);
    }

    void merge(AggregateDataPtr place, ConstAggregateDataPtr rhs, Arena * arena) const override
    {
        for (size_t i = 0; i < range.buckets; ++i)
            nested->merge(place + i * nested_size, rhs + i * nested_size, arena);
    }

    void serialize(ConstAggregateDataPtr place, WriteBuffer & out) const override
    {
        for (size_t i = 0; i < range.buckets; ++i)
            nested->serialize(place + i * nested_size, out);
    }

    void deserialize(AggregateDataPtr place, ReadBuffer & in, Arena * arena) const override
    {
        for (size_t i = 0; i < range.buckets; ++i)
            nested->deserialize(place + i * nested_size, in, arena);
    }

    void insertResultInto(AggregateDataPtr place, IColumn & to, Arena * arena) const override
    {
        auto & array = static_cast<ColumnArray &>(to);
        for (size_t i = 0; i < range.buckets; ++i)
            nested->insertResultInto(place + i * nested_size, array.getDataMutable(), arena);
        array.finishRow();
    }

private:
    size_t bucketOf(Int128 key) const { return static_cast<size_t>((key - range.start) / range.step); }

    AggregateFunctionPtr nested;
    ResampleRange range;
    size_t key_position;
    /// Bytes per bucket: the nested state padded to its alignment.
    size_t nested_size;
    DataTypePtr result_type;
};

class AggregateFunctionCombinatorResample final : public IAggregateFunctionCombinator
{
public:
    std::string getName() const override { return "Resample"; }

    DataTypes transformArguments(const DataTypes & arguments) const override
    {
        if (arguments.empty() || !isKeyType(arguments.back()->getTypeId()))
            throw Exception(
                ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                "Illegal types of argument for aggregate function Resample, the type of the last argument should be native integer or "
                "integer-like");
        return DataTypes(arguments.begin(), arguments.end() - 1);
    }

    Array transformParameters(const Array & parameters) const override
    {
        if (parameters.size() < 3)
            throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Incorrect number of parameters for aggregate function with Resample suffix");
        return Array(parameters.begin(), parameters.end() - 3);
    }

    AggregateFunctionPtr transformAggregateFunction(
        const AggregateFunctionPtr & nested, const AggregateFunctionProperties &, const DataTypes & arguments, const Array & parameters) const override
    {
        ResampleRange range;
        range.start = static_cast<Int64>(parameterToUInt64(parameters[parameters.size() - 3]));
        range.end = static_cast<Int64>(parameterToUInt64(parameters[parameters.size() - 2]));
        range.step = static_cast<Int64>(parameterToUInt64(parameters[parameters.size() - 1]));
        std::string name = nested->getName() + "Resample";
        if (range.step == 0)
            throw Exception(ErrorCodes::ARGUMENT_OUT_OF_BOUND, "The step given in function {} should not be zero", name);
        if (range.end > range.start)
            range.buckets = static_cast<size_t>((static_cast<Int128>(range.end) - range.start + range.step - 1) / range.step);
        AggregateFunctionPtr result;
        functions::dispatchByStorage(
            arguments.back()->getTypeId(),
            [&](auto tag)
            {
                using K = typename decltype(tag)::Type;
                if constexpr (std::is_integral_v<K>)
                    result = std::make_shared<AggregateFunctionResample<K>>(nested, arguments, parameters, range);
            });
        return result;
    }

private:
    /// Integers and the types stored as them (dates, DateTime, Enum), as ClickHouse's "integer-like".
    static bool isKeyType(TypeIndex type)
    {
        bool is_integral = false;
        functions::dispatchByStorage(type, [&](auto tag) { is_integral = std::is_integral_v<typename decltype(tag)::Type>; });
        bool is_decimal = type == TypeIndex::Decimal32 || type == TypeIndex::Decimal64 || type == TypeIndex::DateTime64;
        return is_integral && !is_decimal;
    }
};
}

void registerAggregateFunctionCombinatorResample(AggregateFunctionCombinatorFactory & factory)
{
    factory.registerCombinator(std::make_shared<AggregateFunctionCombinatorResample>());
}
}
