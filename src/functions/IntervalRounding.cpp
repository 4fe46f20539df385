// Interval starts for toStartOfInterval, date_trunc and timeSlots.
#include "functions/IntervalRounding.h"

#include "functions/DateTimeHelpers.h"

namespace datastore::functions
{
namespace
{
/// Months are numbered from January of the first year of the calendar table, so that
/// INTERVAL 5 MONTH buckets fall where ClickHouse's do.
constexpr Int32 kFirstYear = 1900;
/// 1970-01-05, the first Monday after the epoch: weeks of any length start on Mondays.
constexpr Int32 kFirstMonday = 4;

Int32 startOfMonthInterval(Int32 day_num, Int64 months)
{
    Int32 year;
    UInt32 month;
    UInt32 day;
    DateLUT::dayNumToCivil(day_num, year, month, day);
    Int64 index = floorDiv(Int64(year - kFirstYear) * 12 + month - 1, months) * months;
    return DateLUT::civilToDayNum(static_cast<Int32>(kFirstYear + floorDiv(index, 12)), static_cast<UInt32>(index - floorDiv(index, 12) * 12) + 1, 1);
}
}

Int32 startDayOfInterval(Int32 day_num, IntervalKind kind, Int64 count)
{
    switch (kind)
    {
        case IntervalKind::Week:
            return static_cast<Int32>(kFirstMonday + floorDiv(day_num - kFirstMonday, 7 * count) * 7 * count);
        case IntervalKind::Month:
            return startOfMonthInterval(day_num, count);
        case IntervalKind::Quarter:
            return startOfMonthInterval(day_num, count * 3);
        case IntervalKind::Year: {
            Int32 year;
            UInt32 month;
            UInt32 day;
            DateLUT::dayNumToCivil(day_num, year, month, day);
            return DateLUT::civilToDayNum(static_cast<Int32>(floorDiv(year, count) * count), 1, 1);
        }
        default:
            return day_num;
    }
}

Int64 startTimeOfInterval(Int64 t, IntervalKind kind, Int64 count, const DateLUT & zone)
{
    switch (kind)
    {
        case IntervalKind::Second:
            return count % 60 == 0 ? zone.toStartOfMinuteInterval(t, count / 60) : zone.roundDown(t, count);
        case IntervalKind::Minute:
            return zone.toStartOfMinuteInterval(t, count);
        case IntervalKind::Hour:
            return zone.toStartOfHourInterval(t, count);
        case IntervalKind::Day:
            return zone.fromDayNum(static_cast<Int32>(floorDiv(zone.toDayNum(t), count) * count));
        default:
            return t;
    }
}
}
