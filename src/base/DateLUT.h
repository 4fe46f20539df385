// Calendar and time-zone arithmetic for one time zone, as ClickHouse's DateLUT: a table of
// every local day from 1900 to 2300 (its first instant and its offset change, if any) built
// once from CCTZ, so per-row conversions are table lookups without allocation or locking.
#pragma once

#include "base/Types.h"

#include <string>
#include <vector>

namespace datastore
{
class DateLUT
{
public:
    /// Days since 1970-01-01 of the first and last day in the table.
    static constexpr Int32 kMinDayNum = -25567; /// 1900-01-01
    static constexpr Int32 kMaxDayNum = 120529; /// 2299-12-31
    /// Date32 and DateTime64 are clamped to [kMinDayNum, kMaxDayNum]; Date to [0, 65535].
    static constexpr Int32 kMaxDateDayNum = 65535; /// 2149-06-06

    /// The zone named `name` ("UTC", "Europe/Berlin"); built on first use and kept for the
    /// life of the process. Throws BAD_ARGUMENTS "Cannot load time zone X" for unknown names.
    static const DateLUT & instance(const std::string & name);
    /// The server's zone: set by setDefaultTimezone(), else $TZ, else UTC.
    static const DateLUT & serverTimezone();
    static void setDefaultTimezone(const std::string & name);

    const std::string & getTimeZone() const { return time_zone; }
    /// Whether every offset from 1970 on is a whole number of hours (not so in Asia/Kolkata or
    /// Australia/Lord_Howe): ClickHouse counts relative hours differently in such zones.
    bool hasWholeHourOffsetsSinceEpoch() const { return has_whole_hour_offsets_since_epoch; }
    /// Whether the zone's UTC offset never changes (UTC, Etc/GMT+3...): then the local day of
    /// a time is plain arithmetic, floor((t + offset) / 86400), with no table lookup.
    bool hasFixedOffset(Int32 & offset) const
    {
        offset = fixed_offset;
        return has_fixed_offset;
    }

    /// Pure calendar (no zone): day number of a civil date and back. Any int range works.
    static constexpr Int32 civilToDayNum(Int32 year, UInt32 month, UInt32 day)
    {
        year -= month <= 2;
        const Int32 era = (year >= 0 ? year : year - 399) / 400;
        const UInt32 yoe = static_cast<UInt32>(year - era * 400);
        const UInt32 doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        const UInt32 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + static_cast<Int32>(doe) - 719468;
    }
    static constexpr void dayNumToCivil(Int32 day_num, Int32 & year, UInt32 & month, UInt32 & day)
    {
        const Int32 z = day_num + 719468;
        const Int32 era = (z >= 0 ? z : z - 146096) / 146097;
        const UInt32 doe = static_cast<UInt32>(z - era * 146097);
        const UInt32 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        const UInt32 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        const UInt32 mp = (5 * doy + 2) / 153;
        day = doy - (153 * mp + 2) / 5 + 1;
        month = mp < 10 ? mp + 3 : mp - 9;
        year = static_cast<Int32>(yoe) + era * 400 + (month <= 2);
    }
    static constexpr bool isLeapYear(Int32 year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }
    static constexpr UInt32 daysInMonth(Int32 year, UInt32 month)
    {
        constexpr UInt8 days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
        return month == 2 && isLeapYear(year) ? 29 : days[month - 1];
    }
    /// ClickHouse's makeDayNum: out-of-range month or day (not 1..12, 1..31) gives `error_day_num`;
    /// a day past the month's end rolls over (Feb 30 -> Mar 2); years are clamped to 1900..2299.
    static Int32 makeDayNum(Int32 year, Int32 month, Int32 day, Int32 error_day_num);

    /// 1 = Monday .. 7 = Sunday.
    static UInt8 dayOfWeek(Int32 day_num) { return static_cast<UInt8>(floorMod(day_num + 3, 7) + 1); }
    /// First day of the week: mode 0 weeks start on Sunday, mode 1 on Monday (toStartOfWeek).
    static Int32 toFirstDayNumOfWeek(Int32 day_num, UInt8 mode)
    {
        const UInt8 dow = dayOfWeek(day_num);
        return (mode & 1) ? day_num - (dow - 1) : day_num - (dow % 7);
    }
    static Int32 toFirstDayNumOfMonth(Int32 day_num);
    static Int32 toFirstDayNumOfQuarter(Int32 day_num);
    static Int32 toFirstDayNumOfYear(Int32 day_num);
    static UInt32 toYYYYMM(Int32 day_num);
    static UInt32 toYYYYMMDD(Int32 day_num);

    /// Unix time -> local day number (clamped to the table's range). Day-based results of a
    /// time go through it: dayOfWeek(zone.toDayNum(t)), toYYYYMM(zone.toDayNum(t)).
    Int32 toDayNum(Int64 t) const
    {
        if (isOutsideTable(t)) [[unlikely]]
        {
            Int32 day_num;
            outsideTableDayNumAndSeconds(t, day_num);
            return day_num;
        }
        return kMinDayNum + static_cast<Int32>(findIndex(t));
    }
    /// First instant of a local day (local midnight, or the moment after a skipped midnight).
    Int64 fromDayNum(Int32 day_num) const
    {
        if (day_num < kMinDayNum) [[unlikely]]
            return Int64(day_num) * 86400 - days.front().offset_at_start;
        if (day_num > kMaxDayNum) [[unlikely]]
            return Int64(day_num) * 86400 - days.back().offset_at_start;
        return days[clampIndex(day_num)].start;
    }

    Int64 toStartOfDay(Int64 t) const
    {
        if (isOutsideTable(t)) [[unlikely]]
            return t - secondsOfDay(t);
        return days[findIndex(t)].start;
    }
    /// Start of the `length`-second step holding t, as ClickHouse rounds hours and odd numbers of
    /// seconds: counted from the unix epoch in a zone of whole-hour offsets, else in elapsed
    /// seconds from the local day's start (so after a half-hour DST change in
    /// Australia/Lord_Howe the hour of 03:30 starts at 03:30).
    Int64 roundDown(Int64 t, Int64 length) const { return roundDown(t, length, has_whole_hour_offsets_since_epoch); }
    Int64 toStartOfHour(Int64 t) const { return roundDown(t, 3600); }
    /// Start of the `minutes`-long interval holding t (toStartOfMinute, toStartOfFiveMinutes,
    /// toStartOfInterval(t, INTERVAL n MINUTE)), as ClickHouse: counted from the unix epoch in
    /// a zone of whole-minute offsets (so in Asia/Kathmandu, +05:45, ten-minute steps end in 5),
    /// else from the local day's start.
    Int64 toStartOfMinuteInterval(Int64 t, Int64 minutes) const
    {
        return roundDown(t, minutes * 60, has_whole_minute_offsets_since_epoch);
    }
    Int64 toStartOfMinute(Int64 t) const { return toStartOfMinuteInterval(t, 1); }
    UInt8 toHour(Int64 t) const { return static_cast<UInt8>(secondsOfDay(t) / 3600); }
    UInt8 toMinute(Int64 t) const { return static_cast<UInt8>(secondsOfDay(t) / 60 % 60); }
    UInt8 toSecond(Int64 t) const { return static_cast<UInt8>(secondsOfDay(t) % 60); }
    /// Local clock seconds since the day's midnight (0..86399, DST shifts accounted for).
    Int64 secondsOfDay(Int64 t) const
    {
        Int32 day_num;
        return toDayNumAndSeconds(t, day_num);
    }
    /// Both the local day and its clock seconds with one table lookup (for printing times).
    Int64 toDayNumAndSeconds(Int64 t, Int32 & day_num) const
    {
        if (isOutsideTable(t)) [[unlikely]]
            return outsideTableDayNumAndSeconds(t, day_num);
        const size_t index = findIndex(t);
        const Day & day = days[index];
        day_num = kMinDayNum + static_cast<Int32>(index);
        /// Local clock = t + offset; a day need not start at 00:00 (a midnight skipped by a change).
        Int64 local = t + day.offset_at_start - Int64(day_num) * 86400;
        if (day.offset_change != 0 && t - day.start >= day.time_at_offset_change)
            local += day.offset_change;
        return local;
    }
    /// UTC offset in seconds at `t` (local = t + offset).
    Int32 getOffsetAtTime(Int64 t) const;

    /// Start of the `hours`-long interval holding t, counted from the local day's start
    /// (toStartOfInterval(t, INTERVAL 6 HOUR)). After a change of offset within the day the
    /// clock of the new offset is rounded, but never to before the change, as in ClickHouse.
    Int64 toStartOfHourInterval(Int64 t, Int64 hours) const;

    /// Local date and clock time -> unix time, as ClickHouse: a clock time skipped by DST
    /// is read with the later offset; a repeated one gives its first occurrence.
    Int64 makeDateTime(Int32 day_num, Int64 seconds_of_day) const
    {
        const size_t index = clampIndex(day_num);
        const Day & day = days[index];
        Int64 t = (kMinDayNum + static_cast<Int64>(index)) * 86400 + seconds_of_day - day.offset_at_start;
        if (day.offset_change != 0 && t - day.start >= day.time_at_offset_change)
            t -= day.offset_change;
        return t;
    }

private:
    explicit DateLUT(const std::string & name);

    struct Day
    {
        Int64 start; /// unix time of the day's first instant
        Int32 time_at_offset_change; /// seconds after `start` at which the offset changes
        Int32 offset_change; /// new offset minus old offset; 0 if none this day
        Int32 offset_at_start;
    };

    static constexpr Int64 floorMod(Int64 a, Int64 b) { return ((a % b) + b) % b; }
    Int64 roundDown(Int64 t, Int64 length, bool from_epoch) const
    {
        if (from_epoch || isOutsideTable(t))
            return t - floorMod(t, length);
        const Int64 start = days[findIndex(t)].start;
        return start + (t - start) / length * length;
    }

    bool isOutsideTable(Int64 t) const { return t < days.front().start || t >= days.back().start; }
    /// A DateTime64 may hold a time before 1900 or after 2299 (arithmetic, reinterpret): the
    /// zone keeps the offset of the table's edge there, and the day follows the proleptic
    /// Gregorian calendar, so such times print and split into parts as ClickHouse shows them.
    Int64 outsideTableDayNumAndSeconds(Int64 t, Int32 & day_num) const
    {
        /// Far enough for any year that prints, near enough that day numbers fit Int32.
        constexpr Int64 limit = Int64(1) << 46;
        t = t < -limit ? -limit : (t > limit ? limit : t);
        const Int64 local = t + (t < days.front().start ? days.front().offset_at_start : days.back().offset_at_start);
        const Int64 seconds = floorMod(local, 86400);
        day_num = static_cast<Int32>((local - seconds) / 86400);
        return seconds;
    }
    static size_t clampIndex(Int32 day_num)
    {
        day_num = day_num < kMinDayNum ? kMinDayNum : (day_num > kMaxDayNum ? kMaxDayNum : day_num);
        return static_cast<size_t>(day_num - kMinDayNum);
    }
    size_t findIndex(Int64 t) const
    {
        const size_t last = days.size() - 2;
        if (t < days[0].start)
            return 0;
        if (t >= days[last + 1].start)
            return last;
        Int64 guess = (t - days[0].start) / 86400;
        size_t i = static_cast<size_t>(guess > static_cast<Int64>(last) ? last : guess);
        while (i > 0 && days[i].start > t)
            --i;
        while (i < last && days[i + 1].start <= t)
            ++i;
        return i;
    }

    std::string time_zone;
    /// One entry per day kMinDayNum..kMaxDayNum plus a sentinel: the next day's start.
    std::vector<Day> days;
    bool has_fixed_offset = false;
    Int32 fixed_offset = 0;
    bool has_whole_hour_offsets_since_epoch = false;
    /// Every offset from 1970 on a whole number of minutes (not so in Africa/Monrovia until 1972).
    bool has_whole_minute_offsets_since_epoch = false;
};
}
