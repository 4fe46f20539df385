// The units of ClickHouse's Interval types (IntervalSecond ... IntervalYear): their names in
// types, in toInterval* functions and in SQL (INTERVAL 5 MINUTE, date_trunc('hour', t)), and
// the length of the fixed-length ones.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/Types.h"

namespace datastore
{
enum class IntervalKind
{
    Nanosecond,
    Microsecond,
    Millisecond,
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Quarter,
    Year,
};

/// "Day": the suffix of IntervalDay and toIntervalDay.
std::string_view intervalKindName(IntervalKind kind);
/// Seconds in one unit for Second..Week; 0 for sub-second and calendar units.
Int64 intervalKindSeconds(IntervalKind kind);
/// Digits after the point a DateTime64 needs for the unit: 9, 6, 3 for ns, us, ms; else 0.
UInt32 intervalKindScale(IntervalKind kind);
/// The kind named by a date part, case-insensitive, singular: "hour" -> Hour. Empty if none.
std::optional<IntervalKind> intervalKindFromName(std::string_view name);
}
