// The numeric arguments of the statistics aggregates (varPop, skewPop, varPopStable, ...):
// plain numbers, and Decimals, which enter as their Float64 value (raw integer / 10^scale).
#pragma once

#include <cmath>
#include <string>

#include "aggregates/AggregateFunctionHelpers.h"
#include "functions/FunctionHelpers.h"

namespace datastore::aggregates
{
inline bool isDecimalType(TypeIndex type)
{
    return type == TypeIndex::Decimal32 || type == TypeIndex::Decimal64 || type == TypeIndex::Decimal128;
}

/// Calls f(TypeTag<Storage>{}) for a plain number or Decimal type; ILLEGAL_TYPE_OF_ARGUMENT otherwise.
template <typename F>
void dispatchNumber(const std::string & name, const IDataType & type, F && f)
{
    if (!functions::isNativeNumber(type.getTypeId()) && !isDecimalType(type.getTypeId()))
        throwIllegalArgumentType(name, type);
    functions::dispatchByStorage(type.getTypeId(), f);
}

/// Calls f(TypeTag<X>{}, TypeTag<Y>{}) for the storage types of the one or two numeric
/// arguments (Y is X with one argument); ILLEGAL_TYPE_OF_ARGUMENT for any other type.
template <bool two_arguments, typename F>
void dispatchNumberArguments(const std::string & name, const DataTypes & arguments, F && f)
{
    dispatchNumber(
        name,
        *arguments[0],
        [&](auto x_tag)
        {
            if constexpr (two_arguments)
                dispatchNumber(name, *arguments[1], [&](auto y_tag) { f(x_tag, y_tag); });
            else
                f(x_tag, x_tag);
        });
}

/// 10^S for a Decimal(P, S) argument, whose stored integer is divided by it; 1 otherwise.
template <typename R>
R decimalDivisor(const IDataType & type)
{
    return isDecimalType(type.getTypeId()) ? static_cast<R>(std::pow(10.0, decimalScale(type))) : R{1};
}
}
