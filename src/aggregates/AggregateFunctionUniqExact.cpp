// uniqExact(x, ...): exact distinct count, with ClickHouse's state. Numbers of up to 8 bytes
// are kept by value in a HashCRC32 set; 128-bit numbers and UUIDs likewise; strings, and any
// other or several arguments, by their SipHash128 in a set hashed by its low half. The sets are
// laid out as ClickHouse's, so the state (VarUInt count, then each key in the set's order) is
// byte-identical for one argument of a number, date, UUID, String or FixedString type.
#include "aggregates/AggregateFunctionFactory.h"
#include "aggregates/AggregateFunctionHelpers.h"
#include "aggregates/ClickHouseHashSet.h"
#include "aggregates/ExactRowHash.h"
#include "base/Arena.h"
#include "base/SipHash.h"
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
/// The key of a value of up to 8 bytes: its zero-extended bits (ClickHouse compares float
/// keys bitwise too, so -0.0 and 0.0 are two values).
template <typename T>
UInt64 keyOf(T value)
{
    return bitsOf(value);
}

template <typename T>
T valueOf(UInt64 key)
{
    T value;
    std::memcpy(&value, &key, sizeof(T));
    return value;
}

/// A UUID's 16 bytes in ClickHouse's memory order (the high half first), as one little-endian
/// 128-bit key: that order is what HashCRC32 reads and the state holds.
UInt128 keyOf(UUID value)
{
    return (static_cast<UInt128>(value.low) << 64) | value.high;
}

template <typename T>
UInt128 keyOf128(T value)
{
    if constexpr (std::is_same_v<T, UUID>)
        return keyOf(value);
    else
        return static_cast<UInt128>(value);
}

/// T: the column's value type for one number argument; void: hashed arguments.
template <typename T>
struct UniqExactTraits
{
    static constexpr bool is_wide = sizeof(T) > sizeof(UInt64);
    using Key = std::conditional_t<is_wide, UInt128, UInt64>;
    using Set = ClickHouseLayoutHashSet<Key, HashCRC32>;
    static constexpr size_t initial_degree = 4;
};

template <>
struct UniqExactTraits<void>
{
    using Key = UInt128;
    using Set = ClickHouseLayoutHashSet<UInt128, UInt128TrivialHash>;
    static constexpr size_t initial_degree = 3;
};

template <typename T>
struct UniqExactData
{
    typename UniqExactTraits<T>::Set set{UniqExactTraits<T>::initial_degree};
};

template <typename T>
class AggregateFunctionUniqExact final : public IAggregateFunctionDataHelper<UniqExactData<T>, AggregateFunctionUniqExact<T>>
{
    using Base = IAggregateFunctionDataHelper<UniqExactData<T>, AggregateFunctionUniqExact<T>>;
    using Base::data;
    using Traits = UniqExactTraits<T>;

public:
    /// `single_string`: one String or FixedString argument, hashed by its bytes alone.
    AggregateFunctionUniqExact(const DataTypes & arguments, const Array & parameters, bool single_string_ = false)
        : Base(arguments, parameters), single_string(single_string_), row_hash(arguments)
    {
    }

    std::string getName() const override { return "uniqExact"; }
    DataTypePtr getResultType() const override { return functions::typeByName("UInt64"); }

    void add(AggregateDataPtr place, const IColumn ** columns, size_t row, Arena * arena) const
    {
        if constexpr (std::is_void_v<T>)
            data(place).set.insert(hashRow(columns, row, arena));
        else if constexpr (Traits::is_wide)
            data(place).set.insert(keyOf128(static_cast<const ColumnVector<T> &>(*columns[0]).getData()[row]));
        else
            data(place).set.insert(keyOf(static_cast<const ColumnVector<T> &>(*columns[0]).getData()[row]));
    }

    void merge(AggregateDataPtr place, ConstAggregateDataPtr rhs, Arena *) const override
    {
        auto & set = data(place).set;
        data(rhs).set.forEach([&](typename Traits::Key key) { set.insert(key); });
    }

    void copyFrom(AggregateDataPtr place, ConstAggregateDataPtr from, Arena *) const override { data(place) = data(from); }

    /// VarUInt count, then each key in the set's order: the value itself for numbers (in its
    /// own width), 16 bytes for hashes.
    void serialize(ConstAggregateDataPtr place, WriteBuffer & out) const override
    {
        writeVarUInt(data(place).set.size(), out);
        data(place).set.forEach([&](typename Traits::Key key) { writeKey(key, out); });
    }

    void deserialize(AggregateDataPtr place, ReadBuffer & in, Arena *) const override
    {
        UInt64 size = 0;
        readVarUInt(size, in);
        /// ClickHouse refuses more than this before allocating; so do we.
        if (size > 100'000'000'000ULL)
            throw Exception(ErrorCodes::TOO_LARGE_ARRAY_SIZE, "The size of serialized hash table is suspiciously large: {}", size);
        auto & set = data(place).set;
        if (set.size() == 0)
            set.presize(size);
        for (UInt64 i = 0; i < size; ++i)
            set.insert(readKey(in));
    }

    void insertResultInto(AggregateDataPtr place, IColumn & to, Arena *) const override
    {
        static_cast<ColumnUInt64 &>(to).insertValue(data(place).set.size());
    }

private:
    UInt128 hashRow(const IColumn ** columns, size_t row, Arena * arena) const
    {
        if (single_string)
        {
            SipHash hash;
            std::string_view value = columns[0]->getDataAt(row);
            hash.update(value.data(), value.size());
            return hash.get128();
        }
        return row_hash(columns, row, arena);
    }

    static void writeKey(typename Traits::Key key, WriteBuffer & out)
    {
        if constexpr (std::is_void_v<T> || std::is_same_v<T, UUID>)
            writeBinaryLittleEndian(key, out);
        else if constexpr (Traits::is_wide)
            writeBinaryLittleEndian(static_cast<T>(key), out);
        else
            writeBinaryLittleEndian(valueOf<T>(key), out);
    }

    static typename Traits::Key readKey(ReadBuffer & in)
    {
        if constexpr (std::is_void_v<T> || std::is_same_v<T, UUID>)
        {
            UInt128 key = 0;
            readBinaryLittleEndian(key, in);
            return key;
        }
        else
        {
            T value{};
            readBinaryLittleEndian(value, in);
            if constexpr (Traits::is_wide)
                return keyOf128(value);
            else
                return keyOf(value);
        }
    }

    bool single_string;
    ExactRowHash row_hash;
};

/// ClickHouse keeps these by value; Decimal and DateTime64 (and everything else) are hashed.
template <typename F>
bool dispatchByValue(TypeIndex type, F && f)
{
    switch (type)
    {
        case TypeIndex::Decimal32:
        case TypeIndex::Decimal64:
        case TypeIndex::Decimal128:
        case TypeIndex::DateTime64:
            return false;
        case TypeIndex::UUID:
            f(functions::TypeTag<UUID>{});
            return true;
        default:
            return functions::dispatchByStorage(type, f);
    }
}

AggregateFunctionPtr createUniqExact(const std::string & name, const DataTypes & arguments, const Array & parameters)
{
    assertNoParameters(name, parameters);
    if (arguments.empty())
        throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Incorrect number of arguments for aggregate function {}", name);
    AggregateFunctionPtr result;
    if (arguments.size() == 1)
    {
        auto id = arguments[0]->getTypeId();
        if (id == TypeIndex::String || id == TypeIndex::FixedString)
            return std::make_shared<AggregateFunctionUniqExact<void>>(arguments, parameters, true);
        dispatchByValue(
            id,
            [&](auto tag)
            {
                using T = typename decltype(tag)::Type;
                result = std::make_shared<AggregateFunctionUniqExact<T>>(arguments, parameters);
            });
    }
    if (!result)
        result = std::make_shared<AggregateFunctionUniqExact<void>>(arguments, parameters);
    return result;
}
}

void registerAggregateFunctionUniqExact(AggregateFunctionFactory & factory)
{
    factory.registerFunction("uniqExact", createUniqExact, {.returns_default_when_only_null = true});
    /// count(DISTINCT x) parses as countDistinct, which the planners resolve by count_distinct_implementation
    /// (analyzer/AggregateFunctionName.h); the alias serves where no settings are at hand.
    factory.registerAlias("countDistinct", "uniqExact", true);
}
}
