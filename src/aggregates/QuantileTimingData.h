// ClickHouse's QuantileTiming, for times in milliseconds: up to 31 values kept as they are
// (tiny), then an array of every value (medium) until it would outgrow the histogram (5672
// values), then a histogram exact below 1024 and in 16 ms buckets up to 30000 (large).
// Values above 30000 count as 30000. A weighted add goes from tiny straight to the histogram.
// State: a kind byte (1 tiny, 2 medium, 3 large), then the tiny values after a UInt16 count,
// the medium values after an 8-byte count, or the histogram (dense, or sparse index/count
// pairs ending with index 30000).
#pragma once

#include <memory>
#include <vector>

#include "base/Types.h"

namespace datastore
{
class ReadBuffer;
class WriteBuffer;
}

namespace datastore::aggregates
{
class QuantileTimingData
{
public:
    static constexpr UInt64 tiny_max = 31;
    static constexpr UInt64 small_threshold = 1024;
    static constexpr UInt64 big_threshold = 30000;
    static constexpr UInt64 big_precision = 16;
    static constexpr UInt64 big_size = (big_threshold - small_threshold) / big_precision;

    QuantileTimingData() = default;
    QuantileTimingData(const QuantileTimingData & rhs) { *this = rhs; }
    QuantileTimingData & operator=(const QuantileTimingData & rhs);

    void add(UInt64 value);
    void add(UInt64 value, UInt64 weight);
    void merge(const QuantileTimingData & rhs);
    void write(WriteBuffer & out) const;
    void read(ReadBuffer & in);

    /// The level's quantile; NaN for no values.
    Float32 get(Float64 level);

private:
    enum class Kind : UInt8
    {
        Tiny = 1,
        Medium = 2,
        Large = 3,
    };

    struct Histogram
    {
        UInt64 count = 0;
        /// count_small (1024 cells) then count_big (1811 cells), as ClickHouse lays them out.
        UInt64 cells[small_threshold + big_size] = {};

        void add(UInt64 value, UInt64 weight);
        UInt16 get(Float64 level) const;
    };

    /// Medium grows into the histogram at half the histogram's size in UInt16 values.
    static constexpr size_t medium_limit = sizeof(Histogram) / sizeof(UInt16) / 2;

    void toMedium() { kind = Kind::Medium; }
    void toLarge();

    Kind kind = Kind::Tiny;
    /// The values of tiny and medium.
    std::vector<UInt16> values;
    std::unique_ptr<Histogram> histogram;
};
}
