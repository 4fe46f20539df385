// The state of uniqHLL12 and uniqCombined, as ClickHouse keeps it: up to 16 distinct keys in
// an array inside the state, then (uniqCombined only) an exact hash set of keys up to
// `medium_max`, then a HyperLogLog counter of the keys' hashes. Counts are exact until the
// counter takes over; each switch happens at the same key as in ClickHouse.
// Binary form: uniqHLL12 writes a bool "is large", uniqCombined a UInt8 phase (1 small,
// 2 medium, 3 large); then VarUInt count and the keys, or the counter (HyperLogLogCounter.h).
#pragma once

#include <memory>
#include <vector>

#include "aggregates/HyperLogLogCounter.h"
#include "base/Types.h"

namespace datastore
{
class ReadBuffer;
class WriteBuffer;
}

namespace datastore::aggregates
{
/// What tells one function's states apart from another's; shared by every state of a function.
struct CardinalityEstimatorParams
{
    UInt8 precision = 12;
    /// Largest exact hash set before the counter; 0: straight from the array to the counter.
    UInt32 medium_max = 0;
    /// True: the counter hashes keys with intHash32 (uniqHLL12); false: keys are hashes already.
    bool hash_keys = false;
    /// Bytes of each key in the binary form (uniqHLL12 writes keys as the argument type).
    UInt8 key_bytes = 8;
};

/// An exact set of hash keys: open addressing, linear probing, the zero key kept aside.
template <typename Key>
class KeyHashSet
{
public:
    KeyHashSet() : cells(1U << initial_degree) {}

    void insert(Key key);
    size_t size() const { return count; }

    template <typename F>
    void forEach(F && f) const
    {
        if (has_zero)
            f(Key{0});
        for (Key key : cells)
            if (key)
                f(key);
    }

private:
    static constexpr UInt32 initial_degree = 8;
    void grow();

    std::vector<Key> cells;
    size_t count = 0;
    bool has_zero = false;
};

template <typename Key, typename HashValue>
class CombinedCardinalityEstimator
{
public:
    using Params = CardinalityEstimatorParams;

    void insert(Key key, const Params & params);
    void merge(const CombinedCardinalityEstimator & rhs, const Params & params);
    UInt64 size() const;

    void write(WriteBuffer & out, const Params & params) const;
    /// Reads into an empty state; throws INCORRECT_DATA on a malformed one.
    void read(ReadBuffer & in, const Params & params);

private:
    static constexpr UInt8 small_max = 16;

    bool hasKey(Key key) const;
    void toMedium();
    void toLarge(const Params & params);
    void insertIntoLarge(Key key, const Params & params)
    {
        large->insert(params.hash_keys ? static_cast<HashValue>(intHash32Of(key)) : static_cast<HashValue>(key));
    }
    static UInt64 intHash32Of(Key key);

    UInt8 small_size = 0;
    Key small[small_max];
    std::unique_ptr<KeyHashSet<Key>> medium;
    std::unique_ptr<HyperLogLogCounter<HashValue>> large;
};

extern template class CombinedCardinalityEstimator<UInt64, UInt32>;
extern template class CombinedCardinalityEstimator<UInt32, UInt32>;
extern template class CombinedCardinalityEstimator<UInt64, UInt64>;
}
