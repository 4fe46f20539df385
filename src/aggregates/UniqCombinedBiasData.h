// The HyperLogLog++ bias table ClickHouse applies to uniqCombined at its default precision 17:
// empirical raw estimates, the mean bias measured at each, and the count below which linear
// counting is preferred. Same numbers as ClickHouse, so the same corrected estimates.
#pragma once

#include <array>

namespace datastore::aggregates
{
struct UniqCombinedBiasData
{
    static constexpr double linear_counting_threshold = 177700;

    /// The bias to subtract from a raw estimate: interpolated linearly between the two
    /// nearest measured estimates, clamped to the first and last ones.
    static double getBias(double raw_estimate);
};
}
