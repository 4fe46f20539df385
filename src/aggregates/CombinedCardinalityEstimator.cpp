// The small/medium/large distinct-count state of uniqHLL12 and uniqCombined (see the header).
#include "aggregates/CombinedCardinalityEstimator.h"

#include "aggregates/UniqHashes.h"
#include "base/Exception.h"
#include "io/ReadBuffer.h"
#include "io/ReadHelpers.h"
#include "io/WriteBuffer.h"
#include "io/WriteHelpers.h"

namespace datastore::aggregates
{
template <typename Key>
void KeyHashSet<Key>::insert(Key key)
{
    if (key == 0)
    {
        count += !has_zero;
        has_zero = true;
        return;
    }
    size_t mask = cells.size() - 1;
    size_t position = static_cast<size_t>(key) & mask;
    while (cells[position] && cells[position] != key)
        position = (position + 1) & mask;
    if (cells[position])
        return;
    cells[position] = key;
    if (++count * 2 > cells.size())
        grow();
}

template <typename Key>
void KeyHashSet<Key>::grow()
{
    std::vector<Key> old = std::move(cells);
    cells.assign(old.size() * 2, 0);
    size_t mask = cells.size() - 1;
    for (Key key : old)
    {
        if (!key)
            continue;
        size_t position = static_cast<size_t>(key) & mask;
        while (cells[position])
            position = (position + 1) & mask;
        cells[position] = key;
    }
}

template <typename Key, typename HashValue>
UInt64 CombinedCardinalityEstimator<Key, HashValue>::intHash32Of(Key key)
{
    return intHash32(key);
}

template <typename Key, typename HashValue>
bool CombinedCardinalityEstimator<Key, HashValue>::hasKey(Key key) const
{
    for (UInt8 i = 0; i < small_size; ++i)
        if (small[i] == key)
            return true;
    return false;
}

template <typename Key, typename HashValue>
void CombinedCardinalityEstimator<Key, HashValue>::toMedium()
{
    medium = std::make_unique<KeyHashSet<Key>>();
    for (UInt8 i = 0; i < small_size; ++i)
        medium->insert(small[i]);
}

template <typename Key, typename HashValue>
void CombinedCardinalityEstimator<Key, HashValue>::toLarge(const Params & params)
{
    large = std::make_unique<HyperLogLogCounter<HashValue>>(params.precision);
    if (medium)
    {
        medium->forEach([&](Key key) { insertIntoLarge(key, params); });
        medium.reset();
    }
    else
        for (UInt8 i = 0; i < small_size; ++i)
            insertIntoLarge(small[i], params);
}

template <typename Key, typename HashValue>
void CombinedCardinalityEstimator<Key, HashValue>::insert(Key key, const Params & params)
{
    if (large)
    {
        insertIntoLarge(key, params);
        return;
    }
    if (medium)
    {
        /// A full set moves to the counter on any key, seen or not, as ClickHouse's does.
        if (medium->size() < params.medium_max)
            medium->insert(key);
        else
        {
            toLarge(params);
            insertIntoLarge(key, params);
        }
        return;
    }
    if (hasKey(key))
        return;
    if (small_size < small_max)
    {
        small[small_size++] = key;
        return;
    }
    if (params.medium_max)
    {
        toMedium();
        medium->insert(key);
    }
    else
    {
        toLarge(params);
        insertIntoLarge(key, params);
    }
}

template <typename Key, typename HashValue>
void CombinedCardinalityEstimator<Key, HashValue>::merge(const CombinedCardinalityEstimator & rhs, const Params & params)
{
    if (rhs.large)
    {
        if (!large)
            toLarge(params);
        large->merge(*rhs.large);
    }
    else if (rhs.medium)
    {
        if (!large && !medium)
            toMedium();
        rhs.medium->forEach([&](Key key) { insert(key, params); });
    }
    else
        for (UInt8 i = 0; i < rhs.small_size; ++i)
            insert(rhs.small[i], params);
}

template <typename Key, typename HashValue>
UInt64 CombinedCardinalityEstimator<Key, HashValue>::size() const
{
    if (large)
        return large->size();
    if (medium)
        return medium->size();
    return small_size;
}

template <typename Key, typename HashValue>
void CombinedCardinalityEstimator<Key, HashValue>::write(WriteBuffer & out, const Params & params) const
{
    auto write_key = [&](Key key)
    {
        UInt64 value = key;
        out.write(reinterpret_cast<const char *>(&value), params.key_bytes);
    };
    if (params.medium_max == 0)
        writeBinaryLittleEndian(static_cast<UInt8>(large != nullptr), out);
    else
        writeBinaryLittleEndian(static_cast<UInt8>(large ? 3 : medium ? 2 : 1), out);
    if (large)
        large->write(out);
    else if (medium)
    {
        writeVarUInt(medium->size(), out);
        medium->forEach(write_key);
    }
    else
    {
        writeVarUInt(small_size, out);
        for (UInt8 i = 0; i < small_size; ++i)
            write_key(small[i]);
    }
}

template <typename Key, typename HashValue>
void CombinedCardinalityEstimator<Key, HashValue>::read(ReadBuffer & in, const Params & params)
{
    UInt8 phase = 0;
    readBinaryLittleEndian(phase, in);
    if (params.medium_max == 0 && phase <= 1)
        phase = phase ? 3 : 1;
    if (phase == 3)
    {
        large = std::make_unique<HyperLogLogCounter<HashValue>>(params.precision);
        large->read(in);
        return;
    }
    if (phase != 1 && phase != 2)
        throw Exception(ErrorCodes::INCORRECT_DATA, "Cannot read a distinct count state: unknown phase {}", static_cast<UInt32>(phase));
    UInt64 count = 0;
    readVarUInt(count, in);
    if (phase == 1 && count > small_max)
        throw Exception(ErrorCodes::INCORRECT_DATA, "Cannot read a distinct count state: {} keys in its small set", count);
    for (UInt64 i = 0; i < count; ++i)
    {
        UInt64 value = 0;
        in.readStrict(reinterpret_cast<char *>(&value), params.key_bytes);
        insert(static_cast<Key>(value), params);
    }
}

template class KeyHashSet<UInt32>;
template class KeyHashSet<UInt64>;
template class CombinedCardinalityEstimator<UInt64, UInt32>;
template class CombinedCardinalityEstimator<UInt32, UInt32>;
template class CombinedCardinalityEstimator<UInt64, UInt64>;
}
