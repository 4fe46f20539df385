// uniqCombined(x, ...), uniqCombined(K)(x, ...) and uniqCombined64: distinct count exact up
// to 16 values, then in an exact set of hashes, then a HyperLogLog of 2^K buckets (K from 12
// to 20, 17 by default, where ClickHouse's bias correction applies), as ClickHouse computes
// it. Numbers are hashed by intHash64 of their value (UInt128 by sipHash64, UUIDs by their
// halves xored), strings by CityHash64, other types
// and several arguments by the CityHash64 chain of their bytes. uniqCombined keeps 32 bits
// of a number's hash and 64 of a string's; uniqCombined64 keeps 64 bits of every hash.
#include "aggregates/AggregateFunctionCardinality.h"
#include "aggregates/AggregateFunctionFactory.h"
#include "aggregates/AggregateFunctionHelpers.h"
#include "base/SipHash.h"

namespace datastore::aggregates
{
namespace
{
template <typename T>
struct CombinedNumberKey
{
    UInt64 operator()(const IColumn ** columns, size_t row) const
    {
        T value = numericValue<T>(columns, row);
        if constexpr (std::is_floating_point_v<T>)
            return intHash64(bitsOf(value));
        else if constexpr (std::is_same_v<T, UUID>)
            return uuidHash64(value);
        else if constexpr (std::is_same_v<T, UInt128>)
        {
            /// ClickHouse's uniqCombined hashes a UInt128 (not an Int128) with sipHash64.
            SipHash hash;
            hash.updateValue(value);
            return hash.get64();
        }
        else if constexpr (sizeof(T) <= sizeof(UInt64))
            return intHash64(static_cast<UInt64>(value));
        else
            return wideIntHash64(value);
    }
};

template <typename Key, typename KeyOf>
AggregateFunctionPtr makeCombined(const std::string & name, const DataTypes & arguments, const Array & parameters, UInt8 precision, KeyOf key_of)
{
    /// The exact set stops where it would outgrow the counter: 2^(K-5) keys of 8 bytes, 2^(K-4) of 4.
    UInt32 medium_max = 1U << (precision - 5 + (sizeof(Key) == sizeof(UInt32)));
    CardinalityEstimatorParams params{.precision = precision, .medium_max = medium_max, .hash_keys = false, .key_bytes = sizeof(Key)};
    return std::make_shared<AggregateFunctionCardinality<Key, Key, KeyOf>>(name, arguments, parameters, params, key_of);
}

template <bool is_64bit>
AggregateFunctionPtr createUniqCombined(const std::string & name, const DataTypes & arguments, const Array & parameters)
{
    UInt8 precision = 17;
    if (!parameters.empty())
    {
        if (parameters.size() != 1)
            throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Aggregate function {} requires one parameter or less", name);
        UInt64 value = parameterToUInt64(parameters[0]);
        if (value < 12 || value > 20)
            throw Exception(ErrorCodes::ARGUMENT_OUT_OF_BOUND, "Parameter for aggregate function {} is out of range: [12, 20]", name);
        precision = static_cast<UInt8>(value);
    }
    if (arguments.empty())
        throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Incorrect number of arguments for aggregate function {}", name);

    using NumberKey = std::conditional_t<is_64bit, UInt64, UInt32>;
    AggregateFunctionPtr result;
    if (arguments.size() == 1)
    {
        TypeIndex type = arguments[0]->getTypeId();
        if (type == TypeIndex::String || type == TypeIndex::FixedString)
            return makeCombined<UInt64>(name, arguments, parameters, precision, StringHashKey{});
        if (!isHashedByBytes(type))
            dispatchUniqStorage(
                type,
                [&](auto tag)
                {
                    using T = typename decltype(tag)::Type;
                    result = makeCombined<NumberKey>(name, arguments, parameters, precision, CombinedNumberKey<T>{});
                });
    }
    if (!result)
        result = makeCombined<NumberKey>(name, arguments, parameters, precision, VariadicHashKey{arguments.size()});
    return result;
}
}

void registerAggregateFunctionUniqCombined(AggregateFunctionFactory & factory)
{
    /// Unlike uniq, these return NULL when every argument is NULL, as ClickHouse's do.
    factory.registerFunction("uniqCombined", createUniqCombined<false>);
    factory.registerFunction("uniqCombined64", createUniqCombined<true>);
}
}
