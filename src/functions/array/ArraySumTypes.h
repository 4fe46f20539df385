// The types arraySum, arrayCumSum and arrayDifference compute in, as ClickHouse's: integers
// widen to 64 bits (arrayDifference: to the next signed width), floats to Float64, Decimal(P, S)
// sums to Decimal(38, S), and the element storage type beside its result storage type for loops.
#pragma once

#include <type_traits>

#include "functions/FunctionHelpers.h"

namespace datastore::functions
{
bool isDecimalType(TypeIndex type);

/// The element type of arraySum / arrayCumSum; nullptr if the element cannot be summed.
DataTypePtr sumTypeOf(const IDataType & element);
/// The element type of arrayDifference; nullptr if differences of the element are not defined.
DataTypePtr differenceTypeOf(const IDataType & element);

/// Calls f(TypeTag<T>{}, TypeTag<R>{}) with T the storage of `element` and R the storage of
/// `result` (both numbers or Decimals); false if either is not.
template <typename F>
bool dispatchElementAndResult(TypeIndex element, TypeIndex result, F && f)
{
    bool dispatched = false;
    dispatchByStorage(element, [&](auto element_tag) {
        dispatched = dispatchByStorage(result, [&](auto result_tag) { f(element_tag, result_tag); });
    });
    return dispatched;
}

/// a + b and a - b without signed overflow being undefined: integers wrap as in ClickHouse.
template <typename R>
R wrappingAdd(R a, R b)
{
    if constexpr (std::is_integral_v<R> || std::is_same_v<R, Int128> || std::is_same_v<R, UInt128>)
    {
        using U = std::make_unsigned_t<R>;
        return static_cast<R>(static_cast<U>(a) + static_cast<U>(b));
    }
    else
        return a + b;
}

template <typename R>
R wrappingSubtract(R a, R b)
{
    if constexpr (std::is_integral_v<R> || std::is_same_v<R, Int128> || std::is_same_v<R, UInt128>)
    {
        using U = std::make_unsigned_t<R>;
        return static_cast<R>(static_cast<U>(a) - static_cast<U>(b));
    }
    else
        return a - b;
}
}
