// entropy(x[, ...]): Shannon entropy in bits of the values' empirical distribution. Counts
// per value live in a hash map laid out as ClickHouse's (HashCRC32 of a number, or the
// SipHash128 of the row for other types and several arguments), and the sum runs in the
// map's order, so the last bits are ClickHouse's. NaN is skipped. State: VarUInt size, then
// each key (the number in its width, or the 16-byte hash) and its UInt64 count.
#include <cmath>
#include <cstring>

#include "aggregates/AggregateFunctionFactory.h"
#include "aggregates/AggregateFunctionHelpers.h"
#include "aggregates/ClickHouseHashSet.h"
#include "aggregates/ExactRowHash.h"
#include "aggregates/UniqHashes.h"
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
/// T: the column's number type for one numeric argument; void: hashed rows.
template <typename T>
struct EntropyTraits
{
    static constexpr bool is_wide = sizeof(T) > sizeof(UInt64);
    using Key = std::conditional_t<is_wide, UInt128, UInt64>;
    using Map = ClickHouseLayoutHashTable<Key, HashCRC32, UInt64>;

    static Key keyOf(T value)
    {
        if constexpr (is_wide)
            return static_cast<UInt128>(value);
        else
            return bitsOf(value);
    }
    static T valueOf(Key key)
    {
        if constexpr (is_wide)
            return static_cast<T>(key);
        else
        {
            T value;
            std::memcpy(&value, &key, sizeof(T));
            return value;
        }
    }
};

template <>
struct EntropyTraits<void>
{
    using Key = UInt128;
    using Map = ClickHouseLayoutHashTable<UInt128, UInt128TrivialHash, UInt64>;
};

template <typename T>
struct EntropyData
{
    typename EntropyTraits<T>::Map counts;
};

template <typename T>
class AggregateFunctionEntropy final : public IAggregateFunctionDataHelper<EntropyData<T>, AggregateFunctionEntropy<T>>
{
    using Base = IAggregateFunctionDataHelper<EntropyData<T>, AggregateFunctionEntropy<T>>;
    using Base::data;
    using Traits = EntropyTraits<T>;
    using Key = typename Traits::Key;

public:
    AggregateFunctionEntropy(const DataTypes & arguments, const Array & parameters) : Base(arguments, parameters), row_hash(arguments) { }

    std::string getName() const override { return "entropy"; }
    DataTypePtr getResultType() const override { return functions::typeByName("Float64"); }

    void add(AggregateDataPtr place, const IColumn ** columns, size_t row, Arena * arena) const
    {
        if constexpr (std::is_void_v<T>)
            ++data(place).counts[row_hash(columns, row, arena)];
        else
        {
            T value = static_cast<const ColumnVector<T> &>(*columns[0]).getData()[row];
            if constexpr (std::is_floating_point_v<T>)
                if (std::isnan(value))
                    return;
            ++data(place).counts[Traits::keyOf(value)];
        }
    }

    void merge(AggregateDataPtr place, ConstAggregateDataPtr rhs, Arena *) const override
    {
        auto & counts = data(place).counts;
        data(rhs).counts.forEach([&](Key key, UInt64 count) { counts[key] += count; });
    }

    void serialize(ConstAggregateDataPtr place, WriteBuffer & out) const override
    {
        const auto & counts = data(place).counts;
        writeVarUInt(counts.size(), out);
        counts.forEach(
            [&](Key key, UInt64 count)
            {
                if constexpr (std::is_void_v<T>)
                    writeBinaryLittleEndian(key, out);
                else
                    writeBinaryLittleEndian(Traits::valueOf(key), out);
                writeBinaryLittleEndian(count, out);
            });
    }

    /// ClickHouse reads the pairs into the map one by one (no presizing), the count replacing any.
    void deserialize(AggregateDataPtr place, ReadBuffer & in, Arena *) const override
    {
        UInt64 size = 0;
        readVarUInt(size, in);
        if (size > 100'000'000'000ULL)
            throw Exception(ErrorCodes::TOO_LARGE_ARRAY_SIZE, "The size of serialized hash table is suspiciously large: {}", size);
        auto & counts = data(place).counts;
        for (UInt64 i = 0; i < size; ++i)
        {
            Key key{};
            if constexpr (std::is_void_v<T>)
                readBinaryLittleEndian(key, in);
            else
            {
                T value{};
                readBinaryLittleEndian(value, in);
                key = Traits::keyOf(value);
            }
            UInt64 count = 0;
            readBinaryLittleEndian(count, in);
            counts[key] = count;
        }
    }

    void insertResultInto(AggregateDataPtr place, IColumn & to, Arena *) const override
    {
        const auto & counts = data(place).counts;
        UInt64 total = 0;
        counts.forEach([&](Key, UInt64 count) { total += count; });
        Float64 entropy = 0;
        counts.forEach(
            [&](Key, UInt64 count)
            {
                Float64 frequency = static_cast<Float64>(count) / static_cast<Float64>(total);
                entropy -= frequency * std::log2(frequency);
            });
        static_cast<ColumnFloat64 &>(to).insertValue(entropy);
    }

private:
    ExactRowHash row_hash;
};

AggregateFunctionPtr createEntropy(const std::string & name, const DataTypes & arguments, const Array & parameters)
{
    assertNoParameters(name, parameters);
    if (arguments.empty())
        throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Incorrect number of arguments for aggregate function {}", name);
    AggregateFunctionPtr result;
    TypeIndex type = arguments[0]->getTypeId();
    /// One number (or date, kept as its number) counts by value; a UInt128 is hashed, as ClickHouse does.
    bool by_value = arguments.size() == 1 && type != TypeIndex::UInt128
        && (functions::isNativeNumber(type) || type == TypeIndex::Date || type == TypeIndex::DateTime);
    if (by_value)
        functions::dispatchByStorage(
            type,
            [&](auto tag)
            {
                using T = typename decltype(tag)::Type;
                result = std::make_shared<AggregateFunctionEntropy<T>>(arguments, parameters);
            });
    if (!result)
        result = std::make_shared<AggregateFunctionEntropy<void>>(arguments, parameters);
    return result;
}
}

void registerAggregateFunctionEntropy(AggregateFunctionFactory & factory)
{
    factory.registerFunction("entropy", createEntropy);
}
}
