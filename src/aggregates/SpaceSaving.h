// The Filtered Space-Saving sketch behind topK, laid out and evolved as ClickHouse's: counters
// kept unordered up to twice the capacity (at least 64), then cut back to the capacity's best
// by Floyd-Rivest selection, the evicted counts folded into the alpha map (6 cells per counter,
// rounded up to a power of two, indexed by the key's CRC32 hash); a new key past capacity
// starts from its alpha cell. Merges follow Parallel Space Saving. The state is the counters
// best first (key, VarUInt count, VarUInt error), then the alpha map.
#pragma once

#include <algorithm>
#include <bit>
#include <cstring>
#include <nmmintrin.h>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "aggregates/FloydRivestSelect.h"
#include "base/Exception.h"
#include "base/Types.h"
#include "io/ReadBuffer.h"
#include "io/ReadHelpers.h"
#include "io/WriteBuffer.h"
#include "io/WriteHelpers.h"

namespace datastore::aggregates
{
/// ClickHouse's HashCRC32 of a number: CRC32 over its 8-byte words, from -1.
template <typename T>
    requires std::is_trivially_copyable_v<T>
UInt64 spaceSavingHash(const T & key)
{
    if constexpr (sizeof(T) <= sizeof(UInt64))
    {
        UInt64 bits = 0;
        std::memcpy(&bits, &key, sizeof(T));
        return _mm_crc32_u64(-1ULL, bits);
    }
    else
    {
        UInt64 hash = -1ULL;
        for (size_t i = 0; i < sizeof(T); i += sizeof(UInt64))
        {
            UInt64 word = 0;
            std::memcpy(&word, reinterpret_cast<const char *>(&key) + i, sizeof(word));
            hash = _mm_crc32_u64(hash, word);
        }
        return static_cast<UInt32>(hash);
    }
}

/// ClickHouse's CRC32 string hash: CityHash's short mix below 8 bytes, else CRC32 over the
/// 8-byte words, the last word read from the end.
inline UInt64 spaceSavingHash(std::string_view key)
{
    const char * data = key.data();
    size_t size = key.size();
    if (size == 0)
        return 0;
    auto load32 = [](const char * p) { UInt32 v; std::memcpy(&v, p, sizeof(v)); return UInt64{v}; };
    if (size < 8)
    {
        constexpr UInt64 k2 = 0x9ae16a3b2f90404fULL;
        constexpr UInt64 k3 = 0xc949d7c7509e6557ULL;
        UInt64 hash;
        if (size >= 4)
        {
            constexpr UInt64 mul = 0x9ddfea08eb382d69ULL;
            UInt64 u = size + (load32(data) << 3);
            UInt64 v = load32(data + size - 4);
            UInt64 a = (u ^ v) * mul;
            a ^= a >> 47;
            UInt64 b = (v ^ a) * mul;
            b ^= b >> 47;
            hash = b * mul;
        }
        else
        {
            UInt32 y = static_cast<UInt8>(data[0]) + (static_cast<UInt32>(static_cast<UInt8>(data[size >> 1])) << 8);
            UInt32 z = static_cast<UInt32>(size) + (static_cast<UInt32>(static_cast<UInt8>(data[size - 1])) << 2);
            UInt64 mixed = y * k2 ^ z * k3;
            hash = (mixed ^ (mixed >> 47)) * k2;
        }
        return static_cast<UInt32>(hash);
    }
    const char * end = data + size;
    UInt32 hash = -1U;
    UInt64 word;
    do
    {
        std::memcpy(&word, data, sizeof(word));
        hash = static_cast<UInt32>(_mm_crc32_u64(hash, word));
        data += 8;
    } while (data + 8 < end);
    std::memcpy(&word, end - 8, sizeof(word));
    return static_cast<UInt32>(_mm_crc32_u64(hash, word));
}

/// Key: a number, or std::string holding a value's bytes.
template <typename Key>
class SpaceSaving
{
public:
    struct Counter
    {
        Key key{};
        UInt64 hash = 0;
        UInt64 count = 0;
        UInt64 error = 0;

        /// Better: more certain occurrences (count - error), then more occurrences.
        bool operator>(const Counter & rhs) const
        {
            return (count - error) > (rhs.count - rhs.error) || ((count - error) == (rhs.count - rhs.error) && count > rhs.count);
        }
    };

    bool empty() const { return counters.empty(); }
    size_t size() const { return counters.size(); }
    size_t capacity() const { return requested_capacity; }

    /// Sets the capacity of an empty sketch (a no-op when it is already that).
    void resize(size_t new_capacity)
    {
        if (requested_capacity == new_capacity)
            return;
        alpha_map.assign(alphaMapSize(new_capacity), 0);
        requested_capacity = new_capacity;
        target_capacity = std::max<size_t>(64, requested_capacity * 2);
        counters.reserve(target_capacity);
    }

    template <typename Lookup>
    void insert(const Lookup & key, UInt64 increment = 1)
    {
        UInt64 hash = spaceSavingHash(key);
        if (auto it = positions.find(key); it != positions.end())
        {
            counters[it->second].count += increment;
            return;
        }
        UInt64 alpha = counters.size() < requested_capacity ? 0 : alpha_map[hash & (alpha_map.size() - 1)];
        push(Counter{Key(key), hash, alpha + increment, alpha});
    }

    void merge(const SpaceSaving & rhs)
    {
        if (rhs.empty())
            return;
        if (empty())
        {
            counters = rhs.counters;
            alpha_map = rhs.alpha_map;
            truncate(true);
            return;
        }
        UInt64 m1 = size() >= capacity() ? *std::max_element(alpha_map.begin(), alpha_map.end()) : 0;
        UInt64 m2 = rhs.size() >= rhs.capacity() ? *std::max_element(rhs.alpha_map.begin(), rhs.alpha_map.end()) : 0;
        /// First as if no key were in both, then correct the keys that are.
        if (m2 > 0)
            for (auto & counter : counters)
            {
                counter.count += m2;
                counter.error += m2;
            }
        for (const auto & counter : rhs.counters)
        {
            if (auto it = positions.find(counter.key); it != positions.end())
            {
                counters[it->second].count += counter.count - m2;
                counters[it->second].error += counter.error - m2;
            }
            else
                counters.push_back(Counter{counter.key, counter.hash, counter.count + m1, counter.error + m1});
        }
        if (alpha_map.size() == rhs.alpha_map.size())
            for (size_t i = 0; i < alpha_map.size(); ++i)
                alpha_map[i] = std::min(alpha_map[i] + rhs.alpha_map[i], max_alpha);
        truncate(true);
    }

    /// The best `k` counters, best first.
    std::vector<Counter> topK(size_t k) const
    {
        std::vector<Counter> best = counters;
        size_t size = std::min(best.size(), k);
        partialSort(best, size, greater);
        best.resize(size);
        return best;
    }

    void write(WriteBuffer & out) const
    {
        std::vector<Counter> best = topK(capacity());
        writeVarUInt(best.size(), out);
        for (const auto & counter : best)
        {
            if constexpr (std::is_same_v<Key, std::string>)
                writeStringBinary(counter.key, out);
            else
                writeBinaryLittleEndian(counter.key, out);
            writeVarUInt(counter.count, out);
            writeVarUInt(counter.error, out);
        }
        writeVarUInt(alpha_map.size(), out);
        for (UInt64 alpha : alpha_map)
            writeVarUInt(alpha, out);
    }

    /// Reads a state into an empty sketch of `capacity_` counters.
    void read(ReadBuffer & in, size_t capacity_)
    {
        UInt64 count = 0;
        readVarUInt(count, in);
        if (count > capacity_)
            throw Exception(ErrorCodes::TOO_LARGE_ARRAY_SIZE, "Found too large when reading counters (Passed: {}. Maximum: {})", count, capacity_);
        UInt64 alpha_size = 0;
        if (count == 0)
        {
            /// A state written before the first row: no counters, so the alpha map says nothing.
            readVarUInt(alpha_size, in);
            for (UInt64 i = 0, alpha = 0; i < alpha_size; ++i)
                readVarUInt(alpha, in);
            return;
        }
        resize(capacity_);
        for (UInt64 i = 0; i < count; ++i)
        {
            Counter counter;
            if constexpr (std::is_same_v<Key, std::string>)
                readStringBinary(counter.key, in);
            else
                readBinaryLittleEndian(counter.key, in);
            readVarUInt(counter.count, in);
            readVarUInt(counter.error, in);
            counter.hash = spaceSavingHash(counter.key);
            counters.push_back(std::move(counter));
        }
        readVarUInt(alpha_size, in);
        if (alpha_size != alpha_map.size())
            throw Exception(ErrorCodes::SIZES_OF_ARRAYS_DONT_MATCH, "Found incorrect alpha vector size (Passed: {}. Expected: {})", alpha_size,
                            alpha_map.size());
        for (UInt64 & alpha : alpha_map)
            readVarUInt(alpha, in);
        truncate(true);
    }

private:
    /// Alpha values are capped so that merges and large weights cannot overflow them.
    static constexpr UInt64 max_alpha = 0xFFFFFFFFULL;

    static constexpr auto greater = [](const Counter & lhs, const Counter & rhs) { return lhs > rhs; };

    /// 6 cells per counter, the next power of two above.
    static size_t alphaMapSize(size_t capacity) { return size_t{1} << (64 - std::countl_zero(static_cast<UInt64>(capacity * 6))); }

    void push(Counter && counter)
    {
        positions.emplace(counter.key, counters.size());
        counters.push_back(std::move(counter));
        truncate(false);
    }

    void truncate(bool rebuild_positions)
    {
        if (counters.size() >= target_capacity)
        {
            nthElement(counters, requested_capacity, greater);
            size_t mask = alpha_map.size() - 1;
            for (size_t i = requested_capacity; i < counters.size(); ++i)
            {
                UInt64 & alpha = alpha_map[counters[i].hash & mask];
                alpha = std::min(alpha + counters[i].count - counters[i].error, max_alpha);
            }
            counters.resize(requested_capacity);
            rebuild_positions = true;
        }
        if (rebuild_positions)
        {
            positions.clear();
            for (size_t i = 0; i < counters.size(); ++i)
                positions.emplace(counters[i].key, i);
        }
    }

    struct KeyHash
    {
        using is_transparent = void;
        size_t operator()(std::string_view key) const { return std::hash<std::string_view>{}(key); }
        template <typename T>
        size_t operator()(const T & key) const
        {
            if constexpr (std::is_convertible_v<const T &, std::string_view>)
                return std::hash<std::string_view>{}(key);
            else
                return spaceSavingHash(key);
        }
    };

    std::vector<Counter> counters;
    std::unordered_map<Key, size_t, KeyHash, std::equal_to<>> positions;
    std::vector<UInt64> alpha_map;
    size_t requested_capacity = 0;
    size_t target_capacity = 0;
};
}
