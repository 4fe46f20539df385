// ClickHouse's t-digest (quantileTDigest): centroids of Float32 mean and weight, compressed
// when more than 2048 were added since the last compression, with epsilon 0.01 and at most
// 2048 centroids. Compression sorts by mean (stably, as ClickHouse's radix sort does) and
// lets each centroid absorb the next while their weight stays within 4 q (1 - q) epsilon N.
// State: a VarUInt count and the centroids (mean, count as Float32 each), compressed first.
#pragma once

#include <vector>

#include "base/Types.h"

namespace datastore
{
class ReadBuffer;
class WriteBuffer;
}

namespace datastore::aggregates
{
class TDigestData
{
public:
    struct Centroid
    {
        Float32 mean;
        Float32 count;
    };

    /// Adds `value` with weight `weight`; a zero weight or NaN adds nothing.
    void add(Float32 value, UInt64 weight);
    void merge(const TDigestData & rhs);
    void write(WriteBuffer & out) const;
    void read(ReadBuffer & in);

    bool empty() const { return centroids.empty(); }
    /// The level's quantile, interpolated between centroids; for a non-empty digest.
    Float32 get(Float64 level);

private:
    void addCentroid(const Centroid & centroid);
    void compress();
    /// Merges runs of centroids when compression left more than the maximum.
    void compressBrute();

    std::vector<Centroid> centroids;
    Float64 count = 0;
    size_t unmerged = 0;
};
}
