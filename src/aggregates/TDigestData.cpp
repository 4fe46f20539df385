#include "aggregates/TDigestData.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>

#include "base/Exception.h"
#include "io/ReadBuffer.h"
#include "io/ReadHelpers.h"
#include "io/WriteBuffer.h"
#include "io/WriteHelpers.h"

namespace datastore::aggregates
{
namespace
{
constexpr Float32 epsilon = 0.01f;
constexpr size_t max_centroids = 2048;
constexpr size_t max_unmerged = 2048;
constexpr size_t max_centroids_deserialize = 65536;

/// The radix sort's key of a float: its bits, ordered as the floats (negative ones reversed).
UInt32 sortKey(Float32 value)
{
    UInt32 bits;
    std::memcpy(&bits, &value, sizeof(bits));
    return (bits & 0x80000000U) ? ~bits : (bits | 0x80000000U);
}

bool canBeMerged(Float64 left_mean, Float32 right_mean)
{
    return left_mean == right_mean || (!std::isinf(left_mean) && !std::isinf(right_mean));
}
}

void TDigestData::addCentroid(const Centroid & centroid)
{
    centroids.push_back(centroid);
    count += centroid.count;
    ++unmerged;
    if (unmerged > max_unmerged)
        compress();
}

void TDigestData::add(Float32 value, UInt64 weight)
{
    if (weight == 0 || std::isnan(value))
        return;
    addCentroid({value, static_cast<Float32>(weight)});
}

void TDigestData::merge(const TDigestData & rhs)
{
    /// Into an empty digest the centroids are taken without compressing on the way: the same as
    /// adding them one by one for a compressed digest (what -Merge reads), and for a -State copy
    /// of a digest with pending centroids, the digest ClickHouse compresses when writing it.
    if (centroids.empty())
    {
        centroids = rhs.centroids;
        for (const auto & centroid : centroids)
            count += centroid.count;
        unmerged = centroids.size();
        return;
    }
    for (const auto & centroid : rhs.centroids)
        addCentroid(centroid);
}

void TDigestData::compress()
{
    if (unmerged > 0 || centroids.size() > max_centroids)
    {
        std::stable_sort(centroids.begin(), centroids.end(), [](const Centroid & a, const Centroid & b) { return sortKey(a.mean) < sortKey(b.mean); });
        size_t l = 0;
        const Float64 count_epsilon_4 = count * epsilon * 4;
        Float64 sum = 0;
        Float64 l_mean = centroids[0].mean;
        Float64 l_count = centroids[0].count;
        for (size_t r = 1; r < centroids.size(); ++r)
        {
            /// The quantiles at the middle of l and of r; the bound is tightest at the one nearer an edge.
            Float64 ql = (sum + l_count * 0.5) / count;
            Float64 err = ql * (1 - ql);
            Float64 qr = (sum + l_count + centroids[r].count * 0.5) / count;
            Float64 err2 = qr * (1 - qr);
            if (err > err2)
                err = err2;
            Float64 k = count_epsilon_4 * err;
            if (l_count + centroids[r].count <= k && canBeMerged(l_mean, centroids[r].mean))
            {
                l_count += centroids[r].count;
                if (centroids[r].mean != l_mean)
                    l_mean += centroids[r].count * (centroids[r].mean - l_mean) / l_count;
                centroids[l].mean = static_cast<Float32>(l_mean);
                centroids[l].count = static_cast<Float32>(l_count);
            }
            else
            {
                sum += centroids[l].count;
                ++l;
                if (l != r)
                    centroids[l] = centroids[r];
                l_mean = centroids[l].mean;
                l_count = centroids[l].count;
            }
        }
        count = sum + l_count;
        centroids.resize(l + 1);
        unmerged = 0;
    }
    compressBrute();
}

void TDigestData::compressBrute()
{
    if (centroids.size() <= max_centroids)
        return;
    const size_t batch_size = (centroids.size() + max_centroids - 1) / max_centroids;
    size_t l = 0;
    Float64 sum = 0;
    Float64 l_mean = centroids[0].mean;
    Float64 l_count = centroids[0].count;
    size_t batch_position = 0;
    for (size_t r = 1; r < centroids.size(); ++r)
    {
        if (batch_position < batch_size - 1)
        {
            l_count += centroids[r].count;
            if (centroids[r].mean != l_mean)
                l_mean += centroids[r].count * (centroids[r].mean - l_mean) / l_count;
            centroids[l].mean = static_cast<Float32>(l_mean);
            centroids[l].count = static_cast<Float32>(l_count);
            ++batch_position;
        }
        else
        {
            /// A batch that came out NaN is dropped.
            if (!std::isnan(centroids[l].mean))
            {
                sum += centroids[l].count;
                ++l;
            }
            centroids[l] = centroids[r];
            l_mean = centroids[l].mean;
            l_count = centroids[l].count;
            batch_position = 0;
        }
    }
    if (!std::isnan(centroids[l].mean))
    {
        count = sum + l_count;
        centroids.resize(l + 1);
    }
    else
    {
        count = sum;
        centroids.resize(l);
    }
}

void TDigestData::write(WriteBuffer & out) const
{
    TDigestData compressed = *this;
    if (!compressed.centroids.empty())
        compressed.compress();
    writeVarUInt(compressed.centroids.size(), out);
    for (const auto & centroid : compressed.centroids)
    {
        writeBinaryLittleEndian(centroid.mean, out);
        writeBinaryLittleEndian(centroid.count, out);
    }
}

void TDigestData::read(ReadBuffer & in)
{
    UInt64 size = 0;
    readVarUInt(size, in);
    if (size > max_centroids_deserialize)
        throw Exception(ErrorCodes::TOO_LARGE_ARRAY_SIZE, "Too large t-digest centroids size");
    count = 0;
    unmerged = 0;
    centroids.resize(size);
    for (auto & centroid : centroids)
    {
        readBinaryLittleEndian(centroid.mean, in);
        readBinaryLittleEndian(centroid.count, in);
        if (centroid.count <= 0 || std::isnan(centroid.count))
            throw Exception(ErrorCodes::CANNOT_PARSE_INPUT_ASSERTION_FAILED, "Invalid centroid {}:{}", std::to_string(centroid.count),
                            std::to_string(centroid.mean));
        if (!std::isnan(centroid.mean))
            count += centroid.count;
    }
    std::erase_if(centroids, [](const Centroid & centroid) { return std::isnan(centroid.mean); });
    if (!centroids.empty())
        compress();
}

Float32 TDigestData::get(Float64 level)
{
    compress();
    if (centroids.size() == 1)
        return centroids.front().mean;
    Float64 x = level * count;
    Float64 prev_x = 0;
    Float32 sum = 0;
    Float32 prev_mean = centroids.front().mean;
    Float32 prev_count = centroids.front().count;
    for (const auto & centroid : centroids)
    {
        Float64 current_x = sum + centroid.count * 0.5;
        if (current_x >= x)
        {
            /// A single point has no width: it is its value up to half a point either side.
            Float64 left = prev_x + 0.5 * (prev_count == 1);
            Float64 right = current_x - 0.5 * (centroid.count == 1);
            if (x <= left)
                return prev_mean;
            if (x >= right)
                return centroid.mean;
            /// Interpolated in Float32, symmetrically for infinities.
            Float32 xf = static_cast<Float32>(x);
            Float32 leftf = static_cast<Float32>(left);
            Float32 rightf = static_cast<Float32>(right);
            double k = (xf - leftf) / (rightf - leftf);
            return static_cast<Float32>((1 - k) * prev_mean + k * centroid.mean);
        }
        sum += centroid.count;
        prev_mean = centroid.mean;
        prev_count = centroid.count;
        prev_x = current_x;
    }
    return centroids.back().mean;
}
}
