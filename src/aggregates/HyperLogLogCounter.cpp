// ClickHouse's HyperLogLog counter (see HyperLogLogCounter.h).
#include "aggregates/HyperLogLogCounter.h"

#include <cmath>
#include <cstring>

#include "aggregates/UniqCombinedBiasData.h"
#include "base/Exception.h"
#include "io/ReadBuffer.h"
#include "io/ReadHelpers.h"
#include "io/WriteBuffer.h"
#include "io/WriteHelpers.h"

namespace datastore::aggregates
{
template <typename HashValue>
HyperLogLogCounter<HashValue>::HyperLogLogCounter(UInt8 precision_)
    : precision(precision_)
    , max_rank(static_cast<UInt8>(sizeof(HashValue) * 8 - precision_ + 1))
    , bucket_count(1ULL << precision_)
    , ranks(new UInt8[bucket_count]())
    , zeros(static_cast<UInt32>(bucket_count))
{
    rank_count[0] = static_cast<UInt32>(bucket_count);
}

template <typename HashValue>
void HyperLogLogCounter<HashValue>::merge(const HyperLogLogCounter & rhs)
{
    for (size_t bucket = 0; bucket < bucket_count; ++bucket)
        update(bucket, rhs.ranks[bucket]);
}

template <typename HashValue>
double HyperLogLogCounter<HashValue>::linearCounting(double estimate) const
{
    if (zeros == 0)
        return estimate;
    return static_cast<double>(bucket_count) * (std::log(static_cast<double>(bucket_count)) - std::log(static_cast<double>(zeros)));
}

template <typename HashValue>
UInt64 HyperLogLogCounter<HashValue>::size() const
{
    const double m = static_cast<double>(bucket_count);
    const double alpha = 0.7213 / (1 + 1.079 / m);

    /// sum of 2^-rank over the buckets, accumulated from the highest rank down in long double.
    long double sum = rank_count[max_rank];
    for (int rank = max_rank - 1; rank >= 0; --rank)
    {
        sum /= 2.0;
        sum += rank_count[rank];
    }
    const double raw = alpha * m * m / static_cast<double>(sum);

    double estimate = raw;
    if (raw <= 4294967296.0 / 30.0)
    {
        if (precision == 17)
        {
            if (raw <= 5 * m)
                estimate = raw - UniqCombinedBiasData::getBias(raw);
            double linear = linearCounting(estimate);
            if (linear < UniqCombinedBiasData::linear_counting_threshold)
                estimate = linear;
        }
        else if (raw <= 2.5 * m)
            estimate = linearCounting(raw);
    }
    return static_cast<UInt64>(estimate + 0.5);
}

template <typename HashValue>
void HyperLogLogCounter<HashValue>::write(WriteBuffer & out) const
{
    std::string packed((bucket_count * rank_bits + 7) / 8, '\0');
    for (size_t bucket = 0; bucket < bucket_count; ++bucket)
    {
        size_t bit = bucket * rank_bits;
        UInt32 value = static_cast<UInt32>(ranks[bucket]) << (bit % 8);
        packed[bit / 8] = static_cast<char>(packed[bit / 8] | static_cast<char>(value & 0xFF));
        if ((bit % 8) + rank_bits > 8)
            packed[bit / 8 + 1] = static_cast<char>(packed[bit / 8 + 1] | static_cast<char>(value >> 8));
    }
    out.write(packed.data(), packed.size());
    for (UInt8 rank = 0; rank <= max_rank; ++rank)
        writeBinaryLittleEndian(rank_count[rank], out);
    if (bucket_count < (1U << 16))
        writeBinaryLittleEndian(static_cast<UInt16>(zeros), out);
    else
        writeBinaryLittleEndian(zeros, out);
}

template <typename HashValue>
void HyperLogLogCounter<HashValue>::read(ReadBuffer & in)
{
    std::string packed((bucket_count * rank_bits + 7) / 8, '\0');
    in.readStrict(packed.data(), packed.size());
    const auto * bytes = reinterpret_cast<const UInt8 *>(packed.data());
    for (size_t bucket = 0; bucket < bucket_count; ++bucket)
    {
        size_t bit = bucket * rank_bits;
        UInt32 value = bytes[bit / 8] >> (bit % 8);
        if ((bit % 8) + rank_bits > 8)
            value |= static_cast<UInt32>(bytes[bit / 8 + 1]) << (8 - bit % 8);
        UInt8 rank = static_cast<UInt8>(value & ((1U << rank_bits) - 1));
        if (rank > max_rank)
            throw Exception(ErrorCodes::INCORRECT_DATA, "Cannot read HyperLogLog state: rank {} is out of range", static_cast<UInt32>(rank));
        update(bucket, rank);
    }
    /// The histogram and the count of empty buckets follow the ranks they were rebuilt from.
    std::string rest((max_rank + 1) * sizeof(UInt32) + (bucket_count < (1U << 16) ? sizeof(UInt16) : sizeof(UInt32)), '\0');
    in.readStrict(rest.data(), rest.size());
}

template class HyperLogLogCounter<UInt32>;
template class HyperLogLogCounter<UInt64>;
}
