// Builds the per-zone day tables from CCTZ and keeps one per zone name for the process.
#include "base/DateLUT.h"

#include "base/Exception.h"

#include <algorithm>
#include <atomic>
#include <cctz/civil_time.h>
#include <cctz/time_zone.h>
#include <cstdlib>
#include <map>
#include <memory>
#include <mutex>

namespace datastore
{
namespace
{
using Seconds = cctz::time_point<cctz::seconds>;

Seconds toTimePoint(Int64 t)
{
    return Seconds(cctz::seconds(t));
}
Int64 toUnix(Seconds tp)
{
    return tp.time_since_epoch().count();
}

std::mutex & cacheMutex()
{
    static std::mutex mutex;
    return mutex;
}

/// Zones are never destroyed, so references handed out stay valid without locking.
std::map<std::string, std::unique_ptr<const DateLUT>> & cache()
{
    static std::map<std::string, std::unique_ptr<const DateLUT>> zones;
    return zones;
}

std::atomic<const DateLUT *> default_zone { nullptr };
}

DateLUT::DateLUT(const std::string & name)
    : time_zone(name)
{
    cctz::time_zone zone;
    if (!cctz::load_time_zone(name, &zone))
        throw Exception(ErrorCodes::BAD_ARGUMENTS, "Cannot load time zone {}", name);

    const size_t count = static_cast<size_t>(kMaxDayNum - kMinDayNum + 1);
    days.resize(count + 1);
    for (size_t i = 0; i <= count; ++i)
    {
        Int32 year;
        UInt32 month, day;
        dayNumToCivil(kMinDayNum + static_cast<Int32>(i), year, month, day);
        const auto lookup = zone.lookup(cctz::civil_second(year, month, day, 0, 0, 0));
        /// A skipped midnight means the day begins at the transition.
        days[i].start = toUnix(lookup.kind == cctz::time_zone::civil_lookup::SKIPPED ? lookup.trans : lookup.pre);
    }
    for (size_t i = 0; i < count; ++i)
    {
        Day & day = days[i];
        const Int64 end = days[i + 1].start;
        const Int32 offset_at_start = zone.lookup(toTimePoint(day.start)).offset;
        const Int32 offset_at_end = end > day.start ? zone.lookup(toTimePoint(end - 1)).offset : offset_at_start;
        day.offset_at_start = offset_at_start;
        day.offset_change = offset_at_end - offset_at_start;
        day.time_at_offset_change = 0;
        if (day.offset_change == 0)
            continue;
        /// Binary search for the first second carrying the new offset.
        Int64 low = day.start, high = end - 1;
        while (low < high)
        {
            const Int64 middle = low + (high - low) / 2;
            if (zone.lookup(toTimePoint(middle)).offset != offset_at_start)
                high = middle;
            else
                low = middle + 1;
        }
        day.time_at_offset_change = static_cast<Int32>(low - day.start);
    }
    days[count].offset_at_start = zone.lookup(toTimePoint(days[count].start)).offset;
    days[count].offset_change = 0;
    days[count].time_at_offset_change = 0;

    has_fixed_offset = true;
    fixed_offset = days[0].offset_at_start;
    for (const auto & day : days)
        if (day.offset_at_start != fixed_offset || day.offset_change != 0)
            has_fixed_offset = false;

    has_whole_hour_offsets_since_epoch = true;
    has_whole_minute_offsets_since_epoch = true;
    for (size_t i = static_cast<size_t>(-kMinDayNum); i <= count; ++i)
    {
        if (days[i].offset_at_start % 3600 != 0 || days[i].offset_change % 3600 != 0)
            has_whole_hour_offsets_since_epoch = false;
        if (days[i].offset_at_start % 60 != 0 || days[i].offset_change % 60 != 0)
            has_whole_minute_offsets_since_epoch = false;
    }
}

const DateLUT & DateLUT::instance(const std::string & name)
{
    std::lock_guard lock(cacheMutex());
    auto & zones = cache();
    auto it = zones.find(name);
    if (it == zones.end())
        it = zones.emplace(name, std::unique_ptr<const DateLUT>(new DateLUT(name))).first;
    return *it->second;
}

const DateLUT & DateLUT::serverTimezone()
{
    const DateLUT * zone = default_zone.load(std::memory_order_acquire);
    if (zone)
        return *zone;
    const char * tz = std::getenv("TZ");
    std::string name = tz && *tz ? tz : "UTC";
    /// POSIX allows a leading ':' before a zone file name.
    if (name.front() == ':')
        name.erase(0, 1);
    zone = &instance(name);
    const DateLUT * expected = nullptr;
    default_zone.compare_exchange_strong(expected, zone, std::memory_order_acq_rel);
    return *default_zone.load(std::memory_order_acquire);
}

void DateLUT::setDefaultTimezone(const std::string & name)
{
    default_zone.store(&instance(name), std::memory_order_release);
}

Int32 DateLUT::makeDayNum(Int32 year, Int32 month, Int32 day, Int32 error_day_num)
{
    if (month < 1 || month > 12 || day < 1 || day > 31)
        return error_day_num;
    if (year < 1900)
        return kMinDayNum;
    if (year > 2299)
        return kMaxDayNum;
    const Int32 result = civilToDayNum(year, static_cast<UInt32>(month), 1) + day - 1;
    return result > kMaxDayNum ? kMaxDayNum : result;
}

Int32 DateLUT::toFirstDayNumOfMonth(Int32 day_num)
{
    Int32 year;
    UInt32 month, day;
    dayNumToCivil(day_num, year, month, day);
    return day_num - static_cast<Int32>(day) + 1;
}

Int32 DateLUT::toFirstDayNumOfQuarter(Int32 day_num)
{
    Int32 year;
    UInt32 month, day;
    dayNumToCivil(day_num, year, month, day);
    return civilToDayNum(year, (month - 1) / 3 * 3 + 1, 1);
}

Int32 DateLUT::toFirstDayNumOfYear(Int32 day_num)
{
    Int32 year;
    UInt32 month, day;
    dayNumToCivil(day_num, year, month, day);
    return civilToDayNum(year, 1, 1);
}

UInt32 DateLUT::toYYYYMM(Int32 day_num)
{
    Int32 year;
    UInt32 month, day;
    dayNumToCivil(day_num, year, month, day);
    return static_cast<UInt32>(year) * 100 + month;
}

UInt32 DateLUT::toYYYYMMDD(Int32 day_num)
{
    Int32 year;
    UInt32 month, day;
    dayNumToCivil(day_num, year, month, day);
    return static_cast<UInt32>(year) * 10000 + month * 100 + day;
}

Int32 DateLUT::getOffsetAtTime(Int64 t) const
{
    const Day & day = days[findIndex(t)];
    return day.offset_change != 0 && t - day.start >= day.time_at_offset_change ? day.offset_at_start + day.offset_change
                                                                                : day.offset_at_start;
}

Int64 DateLUT::toStartOfHourInterval(Int64 t, Int64 hours) const
{
    if (hours == 1)
        return toStartOfHour(t);
    if (isOutsideTable(t)) [[unlikely]]
    {
        const Int64 seconds = secondsOfDay(t);
        return t - seconds + seconds / (hours * 3600) * (hours * 3600);
    }
    const Day & day = days[findIndex(t)];
    const Int64 length = hours * 3600;
    Int64 time = t - day.start;
    if (day.offset_change == 0 || time < day.time_at_offset_change)
        return day.start + time / length * length;
    time = (time + day.offset_change) / length * length;
    if (time >= day.time_at_offset_change)
        time = std::max<Int64>(time - day.offset_change, day.time_at_offset_change);
    return day.start + time;
}
}
