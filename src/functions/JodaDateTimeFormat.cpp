// Joda-style patterns for formatDateTimeInJodaSyntax and parseDateTimeInJodaSyntax (see
// JodaDateTimeFormat.h). Widths follow ClickHouse: a field prints at least as many digits as
// its letters ('yy' alone keeps two), and reads up to that many or the field's natural width.
#include "functions/JodaDateTimeFormat.h"

#include <algorithm>

#include "base/Exception.h"
#include "functions/DateTimeHelpers.h"
#include "functions/DateTimeTextReader.h"

namespace datastore::functions
{
namespace
{
constexpr std::string_view kSupported = "GCYxweEyDMdaKhHkmsSzZ";
constexpr std::string_view kShortWeekdays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
constexpr std::string_view kWeekdayNames[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
constexpr std::string_view kShortMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::string_view kMonthNames[]
    = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"};

void appendPadded(std::string & out, Int64 value, size_t width)
{
    std::string digits = std::to_string(value < 0 ? -value : value);
    if (value < 0)
        out += '-';
    if (digits.size() < width)
        out.append(width - digits.size(), '0');
    out += digits;
}

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/// The widest number a field reads: its letter count or its natural width.
size_t maxDigits(char letter, size_t count)
{
    switch (letter)
    {
        case 'Y':
        case 'y':
        case 'x': return count == 2 ? 2 : std::max<size_t>(count, 4);
        case 'D': return std::max<size_t>(count, 3);
        case 'e': return std::max<size_t>(count, 1);
        default: return std::max<size_t>(count, 2);
    }
}
}

JodaDateTimeFormat::JodaDateTimeFormat(std::string_view pattern)
{
    auto add_literal = [&](std::string_view text)
    {
        if (steps.empty() || steps.back().letter != 0)
            steps.push_back({});
        steps.back().literal += text;
    };
    for (size_t i = 0; i < pattern.size();)
    {
        char c = pattern[i];
        if (c == '\'')
        {
            if (i + 1 < pattern.size() && pattern[i + 1] == '\'')
            {
                add_literal("'");
                i += 2;
                continue;
            }
            /// A quoted literal, in which '' stands for one quote.
            std::string text;
            size_t j = i + 1;
            for (;; ++j)
            {
                if (j >= pattern.size())
                    throw Exception(ErrorCodes::BAD_ARGUMENTS, "No closing single quote for literal");
                if (pattern[j] != '\'')
                    text += pattern[j];
                else if (j + 1 < pattern.size() && pattern[j + 1] == '\'')
                    text += pattern[++j];
                else
                    break;
            }
            add_literal(text);
            i = j + 1;
            continue;
        }
        if (!isLetter(c))
        {
            add_literal(std::string_view(&c, 1));
            ++i;
            continue;
        }
        size_t count = 1;
        while (i + count < pattern.size() && pattern[i + count] == c)
            ++count;
        if (kSupported.find(c) == std::string_view::npos)
            throw Exception(ErrorCodes::NOT_IMPLEMENTED, "format is not supported for {}", c);
        steps.push_back({c, count, {}});
        i += count;
    }
}

void JodaDateTimeFormat::checkFormattable() const
{
    for (const auto & step : steps)
    {
        if (step.letter == 'z' && step.count < 4)
            throw Exception(ErrorCodes::NOT_IMPLEMENTED, "Short name time zone is not yet supported");
        if (step.letter == 'Z')
            throw Exception(ErrorCodes::NOT_IMPLEMENTED, "format is not supported for TIMEZONE_OFFSET_ID");
    }
}

void JodaDateTimeFormat::format(const Fields & fields, std::string & out) const
{
    Int32 year;
    UInt32 month, day;
    DateLUT::dayNumToCivil(fields.day_num, year, month, day);
    Int64 hour = fields.seconds_of_day / 3600;
    UInt8 day_of_week = DateLUT::dayOfWeek(fields.day_num);
    Int32 week_year = isoYear(fields.day_num);
    Int32 week = isoWeek(fields.day_num);

    for (const auto & step : steps)
    {
        size_t n = step.count;
        switch (step.letter)
        {
            case 0: out += step.literal; break;
            case 'G': out += n <= 3 ? "AD" : "Anno Domini"; break;
            case 'C': appendPadded(out, year / 100, n); break;
            case 'Y':
            case 'y': n == 2 ? appendPadded(out, year % 100, 2) : appendPadded(out, year, n); break;
            case 'x': appendPadded(out, week_year, n); break;
            case 'w': appendPadded(out, week, n); break;
            case 'e': appendPadded(out, day_of_week, n); break;
            case 'E': out += n <= 3 ? kShortWeekdays[day_of_week - 1] : kWeekdayNames[day_of_week - 1]; break;
            case 'D': appendPadded(out, fields.day_num - DateLUT::civilToDayNum(year, 1, 1) + 1, n); break;
            case 'M':
                if (n <= 2)
                    appendPadded(out, month, n);
                else
                    out += n == 3 ? kShortMonths[month - 1] : kMonthNames[month - 1];
                break;
            case 'd': appendPadded(out, day, n); break;
            case 'a': out += hour < 12 ? "AM" : "PM"; break;
            case 'K': appendPadded(out, hour % 12, n); break;
            case 'h': appendPadded(out, hour % 12 == 0 ? 12 : hour % 12, n); break;
            case 'H': appendPadded(out, hour, n); break;
            case 'k': appendPadded(out, hour == 0 ? 24 : hour, n); break;
            case 'm': appendPadded(out, fields.seconds_of_day / 60 % 60, n); break;
            case 's': appendPadded(out, fields.seconds_of_day % 60, n); break;
            case 'S': {
                /// The fraction's digits, cut or padded with zeros on the right to the width.
                std::string digits;
                appendPadded(digits, fields.fraction, fields.scale);
                digits.resize(n, '0');
                out += digits;
                break;
            }
            case 'z': out += fields.zone_name; break;
            default: break;
        }
    }
}

bool JodaDateTimeFormat::parse(std::string_view text, DateTimeParts & parts, ParseError * error) const
{
    DateTimeTextReader reader(text, error);
    using Form = DateTimeParts::DateForm;
    auto set_form = [&](Form form)
    {
        parts.form = form;
        parts.has_month_or_day = true;
    };
    for (const auto & step : steps)
    {
        if (step.letter == 0)
        {
            if (!reader.readLiteral(step.literal))
                return false;
            continue;
        }
        std::string fragment(step.count, step.letter);
        size_t digits = maxDigits(step.letter, step.count);
        Int32 value = 0;
        bool ok = true;
        switch (step.letter)
        {
            case 'G': {
                if (!reader.requireSize(fragment, "jodaEra", 2))
                    return false;
                std::string_view era = reader.rest().substr(0, 2);
                if (!equalsIgnoreCase(era, "ad") && !equalsIgnoreCase(era, "bc"))
                    return reader.failFragment(fragment, "era must be AD or BC");
                reader.skip(2);
                break;
            }
            case 'C': ok = reader.readNumber(fragment, digits, parts.century); break;
            case 'Y':
            case 'y':
            case 'x':
                parts.has_year = true;
                if (step.count == 2)
                {
                    /// Two digits: the year of the century (%C's, or the nearest one).
                    ok = reader.readNumber(fragment, digits, parts.year_of_century);
                    if (step.letter == 'x')
                        set_form(Form::WeekDate);
                    break;
                }
                ok = reader.readNumber(fragment, digits, value) && reader.checkRange(value, 1970, 2106, "year");
                parts.year = value;
                if (step.letter == 'x')
                    set_form(Form::WeekDate);
                break;
            case 'w':
                ok = reader.readNumber(fragment, digits, parts.iso_week) && reader.checkRange(parts.iso_week, 1, 53, "week of week year");
                set_form(Form::WeekDate);
                break;
            case 'e':
                ok = reader.readNumber(fragment, digits, parts.day_of_week) && reader.checkRange(parts.day_of_week, 1, 7, "day of week");
                set_form(Form::WeekDate);
                break;
            case 'E':
                ok = reader.readName(fragment, kWeekdays, 7, step.count >= 4, "day of week", value);
                parts.day_of_week = value + 1;
                set_form(Form::WeekDate);
                break;
            case 'D':
                ok = reader.readNumber(fragment, digits, parts.day_of_year) && reader.checkRange(parts.day_of_year, 1, 366, "day of year");
                set_form(Form::DayOfYear);
                break;
            case 'M':
                if (step.count <= 2)
                    ok = reader.readNumber(fragment, digits, parts.month) && reader.checkRange(parts.month, 1, 12, "month of year");
                else
                {
                    ok = reader.readName(fragment, kMonths, 12, step.count >= 4, "month of year", value);
                    parts.month = value + 1;
                }
                set_form(Form::MonthDay);
                break;
            case 'd':
                ok = reader.readNumber(fragment, digits, parts.day) && reader.checkRange(parts.day, 1, 31, "day of month");
                set_form(Form::MonthDay);
                break;
            case 'a': {
                if (!reader.requireSize(fragment, "jodaHalfDayOfDay", 2))
                    return false;
                std::string_view half = reader.rest().substr(0, 2);
                if (!equalsIgnoreCase(half, "am") && !equalsIgnoreCase(half, "pm"))
                    return reader.failFragment(fragment, "Unknown half day of day: {}", half);
                parts.is_pm = lower(half[0]) == 'p';
                reader.skip(2);
                break;
            }
            case 'K':
            case 'h':
                ok = reader.readNumber(fragment, digits, parts.hour)
                    && (step.letter == 'K' ? reader.checkRange(parts.hour, 0, 11, "hour") : reader.checkRange(parts.hour, 1, 12, "hour"));
                parts.is_half_day_hour = true;
                break;
            case 'H':
            case 'k':
                ok = reader.readNumber(fragment, digits, parts.hour)
                    && (step.letter == 'H' ? reader.checkRange(parts.hour, 0, 23, "hour") : reader.checkRange(parts.hour, 1, 24, "hour"));
                parts.hour %= 24;
                parts.is_half_day_hour = false;
                break;
            case 'm': ok = reader.readNumber(fragment, digits, parts.minute) && reader.checkRange(parts.minute, 0, 59, "minute"); break;
            case 's': ok = reader.readNumber(fragment, digits, parts.second) && reader.checkRange(parts.second, 0, 59, "second"); break;
            case 'S':
                /// Fractions of a second are read and dropped: DateTime holds whole seconds.
                ok = reader.readNumber(fragment, text.size(), value);
                break;
            case 'Z': {
                /// +HHMM or -HHMM.
                if (!reader.requireSize(fragment, "jodaTimezoneOffset", 1))
                    return false;
                char sign = reader.peek();
                if (sign != '+' && sign != '-')
                    return reader.failFragment(fragment, "sign + or - is expected but {} provided", sign);
                reader.skip(1);
                Int32 hours = 0;
                Int32 minutes = 0;
                ok = reader.readNumber(fragment, 2, hours) && reader.readNumber(fragment, 2, minutes);
                parts.has_offset = true;
                parts.offset = (sign == '-' ? -1 : 1) * (Int64(hours) * 3600 + Int64(minutes) * 60);
                break;
            }
            case 'z': {
                std::string_view rest = reader.rest();
                size_t length = 0;
                while (length < rest.size() && (isLetter(rest[length]) || rest[length] == '/' || rest[length] == '_'))
                    ++length;
                if (length == 0)
                    return reader.failFragment(fragment, "no time zone name was read");
                parts.zone = &DateLUT::instance(std::string(rest.substr(0, length)));
                reader.skip(length);
                break;
            }
            default: break;
        }
        if (!ok)
            return false;
    }
    if (!reader.atEnd())
        return reader.fail("Invalid format input {} is malformed at {}", text, reader.rest());
    return true;
}
}
