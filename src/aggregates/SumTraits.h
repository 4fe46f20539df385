// The accumulator type of sum and avg for each argument storage type, as in ClickHouse:
// unsigned integers sum into UInt64, signed into Int64, 128-bit into themselves, floats into
// Float64 and every Decimal into Decimal128 (raw Int128, same scale). Integer sums wrap.
#pragma once

#include <string>
#include <type_traits>

#include "aggregates/AggregateFunctionHelpers.h"
#include "aggregates/IAggregateFunction.h"

namespace datastore::aggregates
{
template <typename T, bool is_decimal>
struct SumTraits
{
    using Type = std::conditional_t<
        is_decimal || std::is_same_v<T, Int128>,
        Int128,
        std::conditional_t<
            std::is_same_v<T, UInt128>,
            UInt128,
            std::conditional_t<std::is_floating_point_v<T>, Float64, std::conditional_t<std::is_signed_v<T>, Int64, UInt64>>>>;
};

/// a + b with two's complement wrap-around for integers (no undefined behaviour on overflow).
template <typename S>
inline S addWrapping(S a, S b)
{
    if constexpr (std::is_floating_point_v<S>)
        return a + b;
    else if constexpr (std::is_same_v<S, Int128>)
        return static_cast<Int128>(static_cast<UInt128>(a) + static_cast<UInt128>(b));
    else
        return static_cast<S>(static_cast<std::make_unsigned_t<S>>(a) + static_cast<std::make_unsigned_t<S>>(b));
}

/// Whether sum/avg accept the type, and the name of sum's result type ("UInt64", "Decimal(38, 2)").
bool isSummable(TypeIndex type);
std::string sumResultTypeName(const IDataType & argument);

/// Calls f(TypeTag<Storage>{}, is_decimal) for a summable type; throws ILLEGAL_TYPE_OF_ARGUMENT otherwise.
template <typename F>
void dispatchSummable(const std::string & name, const IDataType & type, F && f);

/// The creator of sum-like functions: no parameters, one summable argument, and
/// make(TypeTag<Storage>{}, is_decimal) building the function for its storage type.
template <typename Make>
AggregateFunctionPtr createSummable(const std::string & name, const DataTypes & arguments, const Array & parameters, Make && make);
}

#include "functions/FunctionHelpers.h"

namespace datastore::aggregates
{
template <typename F>
void dispatchSummable(const std::string & name, const IDataType & type, F && f)
{
    TypeIndex index = type.getTypeId();
    if (!isSummable(index))
        throwIllegalArgumentType(name, type);
    bool is_decimal = index == TypeIndex::Decimal32 || index == TypeIndex::Decimal64 || index == TypeIndex::Decimal128;
    functions::dispatchByStorage(
        index,
        [&](auto tag)
        {
            using T = typename decltype(tag)::Type;
            if (is_decimal)
            {
                if constexpr (std::is_integral_v<T> || std::is_same_v<T, Int128>)
                    f(tag, std::true_type{});
            }
            else
                f(tag, std::false_type{});
        });
}
}

namespace datastore::aggregates
{
template <typename Make>
AggregateFunctionPtr createSummable(const std::string & name, const DataTypes & arguments, const Array & parameters, Make && make)
{
    assertNoParameters(name, parameters);
    assertUnary(name, arguments);
    AggregateFunctionPtr result;
    dispatchSummable(name, *arguments[0], [&](auto tag, auto is_decimal) { result = make(tag, is_decimal); });
    return result;
}
}
