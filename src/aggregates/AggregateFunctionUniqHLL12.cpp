// uniqHLL12(x, ...): distinct count exact up to 16 values, then a HyperLogLog of 4096
// buckets over 32-bit hashes, as ClickHouse computes it. A number is kept as its own bytes
// and hashed by intHash32 (a float first passes through ClickHouse's conversion of its bit
// pattern to a float value, which merges floats that differ only in the lowest mantissa
// bits); a string by CityHash64 then intHash32; other types and several arguments by the
// CityHash64 chain of their bytes, whose low 32 bits are the hash.
#include "aggregates/AggregateFunctionCardinality.h"
#include "aggregates/AggregateFunctionFactory.h"
#include "aggregates/AggregateFunctionHelpers.h"

namespace datastore::aggregates
{
namespace
{
template <typename T>
struct HLL12NumberKey
{
    UInt64 operator()(const IColumn ** columns, size_t row) const
    {
        T value = numericValue<T>(columns, row);
        /// ClickHouse converts a float's bit pattern to a float value of its own type.
        if constexpr (std::is_floating_point_v<T>)
            return bitsOf(static_cast<T>(bitsOf(value)));
        else if constexpr (std::is_same_v<T, UUID>)
            return uuidHash64(value);
        else if constexpr (sizeof(T) <= sizeof(UInt64))
            return bitsOf(value);
        else
            return wideIntHash64(value);
    }
};

template <typename KeyOf>
AggregateFunctionPtr makeHLL12(const DataTypes & arguments, const Array & parameters, bool hash_keys, UInt8 key_bytes, KeyOf key_of)
{
    CardinalityEstimatorParams params{.precision = 12, .medium_max = 0, .hash_keys = hash_keys, .key_bytes = key_bytes};
    return std::make_shared<AggregateFunctionCardinality<UInt64, UInt32, KeyOf>>("uniqHLL12", arguments, parameters, params, key_of);
}

AggregateFunctionPtr createUniqHLL12(const std::string & name, const DataTypes & arguments, const Array & parameters)
{
    assertNoParameters(name, parameters);
    if (arguments.empty())
        throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Incorrect number of arguments for aggregate function {}", name);
    AggregateFunctionPtr result;
    if (arguments.size() == 1)
    {
        TypeIndex type = arguments[0]->getTypeId();
        if (type == TypeIndex::String || type == TypeIndex::FixedString)
            return makeHLL12(arguments, parameters, true, 8, StringHashKey{});
        if (!isHashedByBytes(type))
            dispatchUniqStorage(
                type,
                [&](auto tag)
                {
                    using T = typename decltype(tag)::Type;
                    UInt8 key_bytes = sizeof(T) <= sizeof(UInt64) ? sizeof(T) : sizeof(UInt64);
                    result = makeHLL12(arguments, parameters, true, key_bytes, HLL12NumberKey<T>{});
                });
    }
    if (!result)
        result = makeHLL12(arguments, parameters, false, 8, VariadicHashKey{arguments.size()});
    return result;
}
}

void registerAggregateFunctionUniqHLL12(AggregateFunctionFactory & factory)
{
    factory.registerFunction("uniqHLL12", createUniqHLL12, {.returns_default_when_only_null = true});
}
}
