// groupArraySorted(N)(x): the N smallest values in ascending order (NaN first). The state is a
// max-heap of at most N values, kept with the same sift steps as ClickHouse, so a -State shows
// the heap's order. State: VarUInt count, then each value: numbers, Date, DateTime and IPv4 as
// their little-endian bits; any other type (Decimal, String, ...) as a "has value" byte and its
// binary form, as ClickHouse writes the Fields it keeps for them.
#include <algorithm>
#include <cmath>
#include <string_view>
#include <vector>

#include "aggregates/AggregateFunctionFactory.h"
#include "aggregates/AggregateFunctionHelpers.h"
#include "base/Arena.h"
#include "columns/ColumnArray.h"
#include "columns/ColumnString.h"
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
constexpr UInt64 kMaxLimit = 0xFFFFFF;

/// ClickHouse's order: a NaN is less than every number.
template <typename V>
bool lessThan(const V & lhs, const V & rhs)
{
    if constexpr (std::is_floating_point_v<V>)
    {
        if (std::isnan(lhs))
            return !std::isnan(rhs);
        if (std::isnan(rhs))
            return false;
    }
    return lhs < rhs;
}

/// V: the stored number type, or std::string_view for strings (bytes in the arena).
template <typename V>
struct SortedHeap
{
    std::vector<V> values;

    /// Below the limit the value joins the heap (sift up); at the limit it replaces the maximum
    /// if smaller (sift down).
    void add(V value, size_t limit)
    {
        if (values.size() < limit)
        {
            values.push_back(value);
            std::push_heap(values.begin(), values.end(), lessThan<V>);
            return;
        }
        if (!lessThan(value, values[0]))
            return;
        values[0] = value;
        replaceTop();
    }

    /// Sinks the new root: ClickHouse's sift, which checks the larger child before moving.
    void replaceTop()
    {
        size_t size = values.size();
        if (size < 2)
            return;
        size_t child = 1;
        if (size > 2 && lessThan(values[1], values[2]))
            ++child;
        if (lessThan(values[child], values[0]))
            return;
        size_t current = 0;
        V top = values[0];
        do
        {
            values[current] = values[child];
            current = child;
            child = 2 * child + 1;
            if (child >= size)
                break;
            if (child + 1 < size && lessThan(values[child], values[child + 1]))
                ++child;
        } while (!lessThan(values[child], top));
        values[current] = top;
    }
};

/// `with_presence_byte`: the value is one of ClickHouse's Fields in the state (a byte 1 before it).
template <typename V, bool with_presence_byte>
class AggregateFunctionGroupArraySorted final
    : public IAggregateFunctionDataHelper<SortedHeap<V>, AggregateFunctionGroupArraySorted<V, with_presence_byte>>
{
    using Base = IAggregateFunctionDataHelper<SortedHeap<V>, AggregateFunctionGroupArraySorted<V, with_presence_byte>>;
    using Base::data;
    static constexpr bool is_string = std::is_same_v<V, std::string_view>;

public:
    AggregateFunctionGroupArraySorted(const DataTypes & arguments, const Array & parameters, UInt64 limit_)
        : Base(arguments, parameters), limit(limit_), result_type(functions::typeByName("Array(" + arguments[0]->getName() + ")"))
    {
    }

    std::string getName() const override { return "groupArraySorted"; }
    DataTypePtr getResultType() const override { return result_type; }
    bool allocatesMemoryInArena() const override { return is_string; }

    void add(AggregateDataPtr place, const IColumn ** columns, size_t row, Arena * arena) const
    {
        if constexpr (is_string)
        {
            std::string_view value = static_cast<const ColumnString &>(*columns[0]).getDataAt(row);
            auto & heap = data(place);
            /// Only a value that enters the heap is copied into the arena.
            if (heap.values.size() >= limit && !lessThan(value, heap.values[0]))
                return;
            heap.add(arena->insert(value), limit);
        }
        else
            data(place).add(static_cast<const ColumnVector<V> &>(*columns[0]).getData()[row], limit);
    }

    void merge(AggregateDataPtr place, ConstAggregateDataPtr rhs, Arena * arena) const override
    {
        auto & heap = data(place);
        for (V value : data(rhs).values)
        {
            if constexpr (is_string)
            {
                if (heap.values.size() >= limit && !lessThan(value, heap.values[0]))
                    continue;
                value = arena->insert(value);
            }
            heap.add(value, limit);
        }
    }

    void serialize(ConstAggregateDataPtr place, WriteBuffer & out) const override
    {
        const auto & values = data(place).values;
        writeVarUInt(values.size(), out);
        for (const V & value : values)
        {
            if constexpr (with_presence_byte)
                writeBinaryLittleEndian(UInt8{1}, out);
            if constexpr (is_string)
                writeStringBinary(value, out);
            else
                writeBinaryLittleEndian(value, out);
        }
    }

    void deserialize(AggregateDataPtr place, ReadBuffer & in, Arena * arena) const override
    {
        UInt64 size = 0;
        readVarUInt(size, in);
        if (size > limit)
            throw Exception(ErrorCodes::TOO_LARGE_ARRAY_SIZE, "Too large array size, it should not exceed {}", limit);
        auto & values = data(place).values;
        values.resize(size);
        for (V & value : values)
        {
            if constexpr (with_presence_byte)
            {
                UInt8 has_value = 0;
                readBinaryLittleEndian(has_value, in);
            }
            if constexpr (is_string)
            {
                std::string bytes;
                readStringBinary(bytes, in);
                value = arena->insert(bytes);
            }
            else
                readBinaryLittleEndian(value, in);
        }
    }

    void insertResultInto(AggregateDataPtr place, IColumn & to, Arena *) const override
    {
        std::vector<V> sorted = data(place).values;
        std::sort(sorted.begin(), sorted.end(), lessThan<V>);
        auto & array = static_cast<ColumnArray &>(to);
        for (const V & value : sorted)
        {
            if constexpr (is_string)
                static_cast<ColumnString &>(array.getDataMutable()).insertData(value);
            else
                static_cast<ColumnVector<V> &>(array.getDataMutable()).insertValue(value);
        }
        array.finishRow();
    }

private:
    UInt64 limit;
    DataTypePtr result_type;
};

/// N: one positive integer parameter, at most 0xFFFFFF.
UInt64 parseLimit(const std::string & name, const Array & parameters)
{
    if (parameters.empty())
        throw Exception(ErrorCodes::BAD_ARGUMENTS, "Parameter for aggregate function {} should have limit argument", name);
    if (parameters.size() > 1)
        throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Function {} does not support this number of arguments", name);
    UInt64 limit = 0;
    if (const auto * value = parameters[0].tryGet<UInt64>())
        limit = *value;
    else if (const auto * signed_value = parameters[0].tryGet<Int64>(); signed_value && *signed_value > 0)
        limit = static_cast<UInt64>(*signed_value);
    if (limit == 0)
        throw Exception(ErrorCodes::BAD_ARGUMENTS, "Parameter for aggregate function {} should be positive number", name);
    if (limit > kMaxLimit)
        throw Exception(ErrorCodes::BAD_ARGUMENTS,
                        "Too large limit parameter for groupArraySorted aggregate function, it should not exceed {}", kMaxLimit);
    return limit;
}

AggregateFunctionPtr createGroupArraySorted(const std::string & name, const DataTypes & arguments, const Array & parameters)
{
    assertUnary(name, arguments);
    UInt64 limit = parseLimit(name, parameters);
    TypeIndex type = arguments[0]->getTypeId();
    if (type == TypeIndex::String)
        return std::make_shared<AggregateFunctionGroupArraySorted<std::string_view, true>>(arguments, parameters, limit);
    /// ClickHouse keeps these as plain numbers; other one-number types as Fields.
    bool is_plain = functions::isNativeNumber(type) || type == TypeIndex::Date || type == TypeIndex::DateTime || type == TypeIndex::IPv4;
    AggregateFunctionPtr result;
    functions::dispatchByStorage(
        type,
        [&](auto tag)
        {
            using V = typename decltype(tag)::Type;
            if (is_plain)
                result = std::make_shared<AggregateFunctionGroupArraySorted<V, false>>(arguments, parameters, limit);
            else
                result = std::make_shared<AggregateFunctionGroupArraySorted<V, true>>(arguments, parameters, limit);
        });
    if (!result)
        throwIllegalArgumentType(name, *arguments[0]);
    return result;
}
}

void registerAggregateFunctionGroupArraySorted(AggregateFunctionFactory & factory)
{
    factory.registerFunction("groupArraySorted", createGroupArraySorted);
}
}
