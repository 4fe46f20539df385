// The hashes ClickHouse's approximate distinct counters reduce values with: intHash64 (the
// MurmurHash3 finalizer), intHash32 (Thomas Wang's 64-bit mix, of which the counters keep
// the low 32 bits), and the CityHash64 chain over the bytes of several arguments.
#pragma once

#include <cstring>

#include "base/CityHash.h"
#include "base/Types.h"
#include "columns/ColumnHashing.h"
#include "columns/ColumnTuple.h"
#include "columns/IColumn.h"
#include "functions/FunctionHelpers.h"
#include "types/IDataType.h"

namespace datastore::aggregates
{
inline UInt64 intHash64(UInt64 x)
{
    return finalizeHash(x);
}

/// The bytes of a value of up to 8 bytes, zero-extended (ClickHouse's bit_cast to UInt64).
template <typename T>
UInt64 bitsOf(T value)
{
    static_assert(sizeof(T) <= sizeof(UInt64));
    UInt64 bits = 0;
    std::memcpy(&bits, &value, sizeof(value));
    return bits;
}

inline UInt64 intHash32(UInt64 x)
{
    x = (~x) + (x << 18);
    x = x ^ ((x >> 31) | (x << 33));
    x = x * 21;
    x = x ^ ((x >> 11) | (x << 53));
    x = x + (x << 6);
    x = x ^ ((x >> 22) | (x << 42));
    return x;
}

/// CityHash64 of the first column's bytes at `row`, each further column folded in with Hash128to64.
template <typename ColumnAt>
UInt64 cityHashChain(size_t count, size_t row, ColumnAt && column_at)
{
    std::string_view first = column_at(0).getDataAt(row);
    UInt64 hash = cityhash_v1_0_2::CityHash64(first.data(), first.size());
    for (size_t i = 1; i < count; ++i)
    {
        std::string_view value = column_at(i).getDataAt(row);
        hash = cityhash_v1_0_2::Hash128to64({cityhash_v1_0_2::CityHash64(value.data(), value.size()), hash});
    }
    return hash;
}

/// The hash of several arguments; a lone tuple stands for its elements as separate arguments.
inline UInt64 uniqVariadicHash(const IColumn ** columns, size_t num_arguments, size_t row)
{
    if (num_arguments == 1)
        if (const auto * tuple = dynamic_cast<const ColumnTuple *>(columns[0]))
            return cityHashChain(tuple->getColumns().size(), row, [&](size_t i) -> const IColumn & { return tuple->getColumn(i); });
    return cityHashChain(num_arguments, row, [&](size_t i) -> const IColumn & { return *columns[i]; });
}

/// ClickHouse's DefaultHash64 of a 128-bit integer: intHash64 of its halves xored.
template <typename T>
UInt64 wideIntHash64(T value)
{
    return intHash64(static_cast<UInt64>(value) ^ static_cast<UInt64>(value >> 64));
}

/// A UUID is its UInt128 to uniq, uniqHLL12 and uniqCombined: its halves xored, then intHash64.
inline UInt64 uuidHash64(const UUID & value)
{
    return intHash64(value.high ^ value.low);
}

/// Calls f(TypeTag<T>{}) with the storage of a lone argument the uniq family hashes by value:
/// numbers, dates and UUIDs; false for other types.
template <typename F>
bool dispatchUniqStorage(TypeIndex type, F && f)
{
    if (type == TypeIndex::UUID)
    {
        f(functions::TypeTag<UUID>{});
        return true;
    }
    return functions::dispatchByStorage(type, f);
}

/// Decimals and DateTime64 are not numbers to the uniq family: a lone one is hashed by its
/// bytes, as ClickHouse's generic case.
inline bool isHashedByBytes(TypeIndex type)
{
    return type == TypeIndex::Decimal32 || type == TypeIndex::Decimal64 || type == TypeIndex::Decimal128 || type == TypeIndex::DateTime64;
}
}
