// Parts read by parseDateTime -> unix time (see DateTimeParts.h).
#include "functions/DateTimeParts.h"

#include <fmt/format.h>

#include "base/ErrorCodes.h"

namespace datastore::functions
{
namespace
{
bool fail(ParseError * error, int code, std::string message)
{
    if (error)
    {
        error->code = code;
        error->message = std::move(message);
    }
    return false;
}
}

bool DateTimeParts::toUnixTime(const DateLUT & default_zone, Int64 & t, ParseError * error) const
{
    const DateLUT & local_zone = zone ? *zone : default_zone;
    Int32 full_year = year;
    if (century >= 0)
        full_year = century * 100 + (year_of_century >= 0 ? year_of_century : 0);
    else if (year_of_century >= 0)
        full_year = year_of_century < 70 ? 2000 + year_of_century : 1900 + year_of_century;
    else if (!has_year && has_month_or_day)
        full_year = 2000; /// a leap year, so that Feb 29 and day 366 can be read without a year

    Int32 day_num;
    if (form == DateForm::DayOfYear)
    {
        if (day_of_year == 366 && !DateLUT::isLeapYear(full_year))
            return fail(error, ErrorCodes::CANNOT_PARSE_DATETIME,
                error ? fmt::format("Invalid day of year, out of range (year: {} day of year: {})", full_year, day_of_year) : "");
        day_num = DateLUT::civilToDayNum(full_year, 1, 1) + day_of_year - 1;
    }
    else if (form == DateForm::WeekDate)
    {
        /// ISO week 1 is the week (from Monday) holding January 4th.
        Int32 first_monday = DateLUT::toFirstDayNumOfWeek(DateLUT::civilToDayNum(full_year, 1, 4), 1);
        day_num = first_monday + (iso_week - 1) * 7 + day_of_week - 1;
    }
    else
    {
        if (day > static_cast<Int32>(DateLUT::daysInMonth(full_year, static_cast<UInt32>(month))))
            return fail(error, ErrorCodes::CANNOT_PARSE_DATETIME,
                error ? fmt::format("Invalid date, out of range (year: {} month: {} day_of_month: {})", full_year, month, day) : "");
        day_num = DateLUT::civilToDayNum(full_year, static_cast<UInt32>(month), static_cast<UInt32>(day));
    }

    Int32 hour_of_day = is_half_day_hour ? hour % 12 + (is_pm ? 12 : 0) : hour;
    Int64 local = Int64(day_num) * 86400 + hour_of_day * 3600 + minute * 60 + second;
    t = local - (has_offset ? offset : local_zone.getOffsetAtTime(local));
    if (t < 0)
        return fail(error, ErrorCodes::VALUE_IS_OUT_OF_RANGE_OF_DATA_TYPE, "Seconds since epoch is negative");
    return true;
}
}
