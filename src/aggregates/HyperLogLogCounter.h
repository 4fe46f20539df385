// ClickHouse's HyperLogLog counter: 2^precision buckets each keeping the highest rank (one plus
// the trailing zeros of the hash bits above the bucket number) seen, and its estimator with
// linear counting for small counts and HyperLogLog++ bias correction at precision 17, the
// one measured. The arithmetic follows ClickHouse's to the last bit, so counts are identical.
// Binary form (ClickHouse's): the ranks packed LSB-first at 5 bits (32-bit hashes) or 6 bits
// (64-bit hashes) each, the histogram of ranks as UInt32s, then the number of empty buckets
// (UInt16 below 65536 buckets, else UInt32).
#pragma once

#include <array>
#include <memory>

#include "base/Types.h"

namespace datastore
{
class ReadBuffer;
class WriteBuffer;
}

namespace datastore::aggregates
{
template <typename HashValue>
class HyperLogLogCounter
{
public:
    /// precision in [12, 20]: the histogram of ranks keeps the estimate stable at these sizes.
    explicit HyperLogLogCounter(UInt8 precision_);

    void insert(HashValue hash)
    {
        HashValue tail = hash >> precision;
        UInt8 rank = tail == 0 ? max_rank : static_cast<UInt8>(__builtin_ctzll(tail) + 1);
        update(hash & (bucket_count - 1), rank);
    }

    void merge(const HyperLogLogCounter & rhs);
    UInt64 size() const;

    void write(WriteBuffer & out) const;
    /// Reads into an empty counter of the same precision.
    void read(ReadBuffer & in);

private:
    void update(size_t bucket, UInt8 rank)
    {
        UInt8 & current = ranks[bucket];
        if (rank <= current)
            return;
        zeros -= current == 0;
        --rank_count[current];
        ++rank_count[rank];
        current = rank;
    }

    /// The Linear Counting estimate while some bucket is empty, else `estimate` unchanged.
    double linearCounting(double estimate) const;

    static constexpr UInt8 rank_bits = sizeof(HashValue) == 4 ? 5 : 6;

    UInt8 precision;
    UInt8 max_rank;
    size_t bucket_count;
    std::unique_ptr<UInt8[]> ranks;
    /// How many buckets hold each rank: the estimator's sum of 2^-rank, exact in any order.
    std::array<UInt32, 66> rank_count{};
    UInt32 zeros;
};

extern template class HyperLogLogCounter<UInt32>;
extern template class HyperLogLogCounter<UInt64>;
}
