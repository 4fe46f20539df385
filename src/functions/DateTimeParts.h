// The parts of a date and time read from text by parseDateTime's formats, and how they make a
// unix time in a zone, with ClickHouse's defaults (1970-01-01, or year 2000 when a month or
// day is given without a year) and checks. Errors are returned, not thrown, so the -OrNull and
// -OrZero variants pay nothing for bad rows; the message is built only when asked for.
#pragma once

#include <string>

#include "base/DateLUT.h"

namespace datastore::functions
{
/// Why a row failed: its ClickHouse error code and, when the caller wants it, the message.
struct ParseError
{
    int code = 0;
    std::string message;
};

struct DateTimeParts
{
    Int32 year = 1970;
    bool has_year = false;
    Int32 century = -1; /// %C
    Int32 year_of_century = -1; /// %y
    Int32 month = 1;
    Int32 day = 1;
    bool has_month_or_day = false; /// or any other part of the date, which makes the default year 2000
    /// How the day is named: the last specifier read decides, as in ClickHouse (a weekday after
    /// %m-%d switches to the ISO week date, week 1 unless %V gave one).
    enum class DateForm
    {
        MonthDay,
        DayOfYear,
        WeekDate,
    };
    DateForm form = DateForm::MonthDay;
    Int32 day_of_year = 1;
    Int32 iso_week = 1;
    Int32 day_of_week = 1; /// 1 = Monday .. 7 = Sunday
    Int32 hour = 0;
    bool is_half_day_hour = false; /// read as 1..12, to be combined with AM/PM
    bool is_pm = false;
    Int32 minute = 0;
    Int32 second = 0;
    bool has_offset = false;
    Int64 offset = 0; /// seconds east of UTC, from %z
    const DateLUT * zone = nullptr; /// a zone named in the text (Joda's zzzz), else the function's

    /// The unix time these parts name in `zone`, or in `default_zone` (local times read with the
    /// zone's offset at that clock time taken as UTC, as ClickHouse does). False with `error`
    /// filled on a bad date.
    bool toUnixTime(const DateLUT & default_zone, Int64 & t, ParseError * error) const;
};
}
