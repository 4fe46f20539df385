// Rounding a date or time down to the start of an interval of n units, as ClickHouse's
// toStartOfInterval counts them: seconds and minutes from the unix epoch, hours from the
// local day's start, days from 1970-01-01, weeks from Monday 1970-01-05, months from
// January 1900, years from year 0.
#pragma once

#include "base/DateLUT.h"
#include "types/IntervalKind.h"

namespace datastore::functions
{
/// First local day of the interval holding day `day_num`, for Week, Month, Quarter and Year.
Int32 startDayOfInterval(Int32 day_num, IntervalKind kind, Int64 count);

/// First instant of the interval holding unix time `t`, for Second, Minute, Hour and Day.
Int64 startTimeOfInterval(Int64 t, IntervalKind kind, Int64 count, const DateLUT & zone);

/// Whether the kind rounds to days (Week..Year) rather than to instants.
inline bool isDayInterval(IntervalKind kind)
{
    return kind >= IntervalKind::Week;
}

/// Whether the kind is finer than a second (only DateTime64 has room for it).
inline bool isSubsecondInterval(IntervalKind kind)
{
    return kind < IntervalKind::Second;
}
}
