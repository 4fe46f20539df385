// Fixed-width value types shared by columns, types and functions.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace datastore
{
using UInt8 = uint8_t;
using UInt16 = uint16_t;
using UInt32 = uint32_t;
using UInt64 = uint64_t;
using Int8 = int8_t;
using Int16 = int16_t;
using Int32 = int32_t;
using Int64 = int64_t;
using Float32 = float;
using Float64 = double;
using Int128 = __int128;
using UInt128 = unsigned __int128;

/// A UUID as ClickHouse holds it: two 64-bit halves, high half first in text.
struct UUID
{
    UInt64 high = 0;
    UInt64 low = 0;

    friend bool operator==(const UUID & a, const UUID & b) = default;
    friend auto operator<=>(const UUID & a, const UUID & b) = default;
};

/// Rows of a column marked as kept (1) or dropped (0) by a filter.
/// Kept as bytes, not bits, so filters vectorize.
using FilterValue = UInt8;
}
