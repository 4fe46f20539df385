// Picks the single-value state for an argument type: inline for numbers, dates, decimals,
// UUIDs and IP addresses, arena bytes for strings, and the generic arena form for everything else.
#pragma once

#include "aggregates/SingleValueColumn.h"
#include "aggregates/SingleValueData.h"
#include "functions/FunctionHelpers.h"

namespace datastore::aggregates
{
/// Calls f(TypeTag<Data>{}) with the comparable state for `type`; returns false when the type
/// has none (then only the generic state fits).
template <typename F>
bool dispatchComparableSingleValue(const IDataType & type, F && f)
{
    TypeIndex index = type.getTypeId();
    if (index == TypeIndex::String)
    {
        f(functions::TypeTag<SingleValueString>{});
        return true;
    }
    if (index == TypeIndex::UUID)
    {
        f(functions::TypeTag<SingleValueFixed<UUID>>{});
        return true;
    }
    if (index == TypeIndex::IPv6)
    {
        f(functions::TypeTag<SingleValueIPv6>{});
        return true;
    }
    return functions::dispatchByStorage(
        index,
        [&](auto tag)
        {
            using T = typename decltype(tag)::Type;
            f(functions::TypeTag<SingleValueFixed<T>>{});
        });
}

/// Like dispatchComparableSingleValue, with SingleValueColumn for the other types min, max,
/// argMin and argMax order (arrays, tuples, FixedString); any and anyLast keep the cheaper
/// SingleValueGeneric for those.
template <typename F>
bool dispatchOrderedSingleValue(const IDataType & type, F && f)
{
    if (dispatchComparableSingleValue(type, f))
        return true;
    TypeIndex index = type.getTypeId();
    if (index != TypeIndex::Array && index != TypeIndex::Tuple && index != TypeIndex::FixedString)
        return false;
    f(functions::TypeTag<SingleValueColumn>{});
    return true;
}

/// Like dispatchComparableSingleValue, falling back to SingleValueGeneric.
template <typename F>
void dispatchAnySingleValue(const IDataType & type, F && f)
{
    if (!dispatchComparableSingleValue(type, f))
        f(functions::TypeTag<SingleValueGeneric>{});
}
}
