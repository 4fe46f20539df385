// MetroHash64, variant 1 (metrohash64_1), as ClickHouse's metroHash64() computes it.
#pragma once

#include <cstddef>

#include "base/Types.h"

namespace datastore::metrohash
{
/// The hash with seed 0.
UInt64 hash64v1(const char * data, size_t size);
}
