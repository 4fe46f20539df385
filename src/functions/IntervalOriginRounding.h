// toStartOfInterval(t, INTERVAL n unit, origin[, zone]): buckets of n units counted from a
// given origin instead of ClickHouse's fixed points. The result has the type of t.
#pragma once

#include "base/DateLUT.h"
#include "columns/Block.h"
#include "types/IntervalKind.h"

namespace datastore::functions
{
/// The start of the bucket holding each row of `value`: the latest origin + k * count units not
/// after it. Seconds and minutes step in fixed lengths, weeks in local time; hours and days as
/// ClickHouse rounds them (the distance from the origin rounded in the zone as if it were a time
/// since 1970); months and longer in calendar months from the origin's day (clamped to the
/// month's end) and time of day.
/// `value` and `origin` have one type; throws BAD_ARGUMENTS for a row before the origin.
ColumnPtr roundColumnFromOrigin(
    const ColumnWithTypeAndName & value, const ColumnWithTypeAndName & origin, IntervalKind kind, Int64 count, const DateLUT & zone,
    size_t rows);
}
