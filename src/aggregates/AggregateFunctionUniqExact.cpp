// uniqExact(x, ...): exact distinct count. Numbers are kept by value; strings and several
// arguments by a 128-bit CityHash of their bytes (ClickHouse uses SipHash128 there, so the
// serialized states of those differ, while counts agree).
#include <unordered_set>

#include "aggregates/AggregateFunctionFactory.h"
#include "aggregates/AggregateFunctionHelpers.h"
#include "base/CityHash.h"
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
struct KeyHash
{
    size_t operator()(UInt128 key) const
    {
        return cityhash_v1_0_2::Hash128to64({static_cast<UInt64>(key), static_cast<UInt64>(key >> 64)});
    }
};

struct UniqExactData
{
    std::unordered_set<UInt128, KeyHash> keys;
};

/// T is the storage of a single numeric argument; void means "hash the bytes of every argument".
template <typename T>
class AggregateFunctionUniqExact final : public IAggregateFunctionDataHelper<UniqExactData, AggregateFunctionUniqExact<T>>
{
    using Base = IAggregateFunctionDataHelper<UniqExactData, AggregateFunctionUniqExact<T>>;
    using Base::data;

public:
    using Base::Base;

    std::string getName() const override { return "uniqExact"; }
    DataTypePtr getResultType() const override { return functions::typeByName("UInt64"); }

    void add(AggregateDataPtr place, const IColumn ** columns, size_t row, Arena *) const
    {
        if constexpr (std::is_void_v<T>)
        {
            std::string bytes;
            for (size_t i = 0; i < this->argument_types.size(); ++i)
            {
                std::string_view value = columns[i]->getDataAt(row);
                UInt64 size = value.size();
                bytes.append(reinterpret_cast<const char *>(&size), sizeof(size));
                bytes.append(value);
            }
            auto hash = cityhash_v1_0_2::CityHash128(bytes.data(), bytes.size());
            data(place).keys.insert((static_cast<UInt128>(hash.high) << 64) | hash.low);
        }
        else
        {
            T value = columns[0]->assertCast<ColumnVector<T>>().getData()[row];
            UInt128 key = 0;
            std::memcpy(&key, &value, sizeof(value));
            data(place).keys.insert(key);
        }
    }

    void merge(AggregateDataPtr place, ConstAggregateDataPtr rhs, Arena *) const override
    {
        data(place).keys.insert(data(rhs).keys.begin(), data(rhs).keys.end());
    }

    /// VarUInt count, then each key: the value itself for numbers, 16 bytes for hashes.
    void serialize(ConstAggregateDataPtr place, WriteBuffer & out) const override
    {
        writeVarUInt(data(place).keys.size(), out);
        for (UInt128 key : data(place).keys)
        {
            if constexpr (std::is_void_v<T>)
                writeBinaryLittleEndian(key, out);
            else
            {
                T value{};
                std::memcpy(&value, &key, sizeof(value));
                writeBinaryLittleEndian(value, out);
            }
        }
    }
    void deserialize(AggregateDataPtr place, ReadBuffer & in, Arena *) const override
    {
        UInt64 size = 0;
        readVarUInt(size, in);
        for (UInt64 i = 0; i < size; ++i)
        {
            UInt128 key = 0;
            if constexpr (std::is_void_v<T>)
                readBinaryLittleEndian(key, in);
            else
            {
                T value{};
                readBinaryLittleEndian(value, in);
                std::memcpy(&key, &value, sizeof(value));
            }
            data(place).keys.insert(key);
        }
    }
    void insertResultInto(AggregateDataPtr place, IColumn & to, Arena *) const override
    {
        static_cast<ColumnUInt64 &>(to).insertValue(data(place).keys.size());
    }
};

AggregateFunctionPtr createUniqExact(const std::string & name, const DataTypes & arguments, const Array & parameters)
{
    assertNoParameters(name, parameters);
    if (arguments.empty())
        throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Incorrect number of arguments for aggregate function {}", name);
    AggregateFunctionPtr result;
    if (arguments.size() == 1)
        functions::dispatchByStorage(
            arguments[0]->getTypeId(),
            [&](auto tag)
            {
                using T = typename decltype(tag)::Type;
                result = std::make_shared<AggregateFunctionUniqExact<T>>(arguments, parameters);
            });
    if (!result)
        result = std::make_shared<AggregateFunctionUniqExact<void>>(arguments, parameters);
    return result;
}
}

void registerAggregateFunctionUniqExact(AggregateFunctionFactory & factory)
{
    factory.registerFunction("uniqExact", createUniqExact, {.returns_default_when_only_null = true});
    /// count(DISTINCT x) parses as countDistinct; ClickHouse's count_distinct_implementation is uniqExact.
    factory.registerAlias("countDistinct", "uniqExact", true);
}
}
