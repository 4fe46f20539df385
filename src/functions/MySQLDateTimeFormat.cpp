// parseDateTime's MySQL-style format (see MySQLDateTimeFormat.h).
#include "functions/MySQLDateTimeFormat.h"

#include "base/ErrorCodes.h"
#include "base/Exception.h"
#include "functions/DateTimeTextReader.h"

namespace datastore::functions
{
namespace
{
bool readHalfDayHour(DateTimeTextReader & reader, std::string_view fragment, bool variable, DateTimeParts & parts)
{
    if (!(variable ? reader.readVariable(fragment, parts.hour) : reader.readFixed(fragment, 2, parts.hour)))
        return false;
    parts.is_half_day_hour = true;
    return reader.checkRange(parts.hour, 1, 12, "hour");
}

bool readSpecifier(DateTimeTextReader & reader, char specifier, DateTimeParts & parts);

/// %F, %T, %D, %R, %r: a fixed sequence of specifiers and separators.
bool readCompound(DateTimeTextReader & reader, std::string_view fragment, std::string_view reader_name, size_t size, std::string_view sequence, DateTimeParts & parts)
{
    if (!reader.requireSize(fragment, reader_name, size))
        return false;
    for (char c : sequence)
    {
        bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ? readSpecifier(reader, c, parts) : reader.readLiteral(std::string_view(&c, 1));
        if (!ok)
            return false;
    }
    return true;
}

bool readSpecifier(DateTimeTextReader & reader, char specifier, DateTimeParts & parts)
{
    const char fragment_text[] = {'%', specifier};
    std::string_view fragment(fragment_text, 2);
    Int32 value = 0;
    switch (specifier)
    {
        case 'Y':
        case 'G': /// the ISO week-based year, read as the year: %V and a weekday place the day
            if (!reader.readFixed(fragment, 4, parts.year))
                return false;
            parts.has_year = true;
            return reader.checkRange(parts.year, 1970, 2106, "year");
        case 'y':
        case 'g':
            return reader.readFixed(fragment, 2, parts.year_of_century);
        case 'C':
            return reader.readFixed(fragment, 2, parts.century);
        case 'm':
        case 'c':
            if (!(specifier == 'm' ? reader.readFixed(fragment, 2, parts.month) : reader.readVariable(fragment, parts.month)))
                return false;
            parts.has_month_or_day = true;
            parts.form = DateTimeParts::DateForm::MonthDay;
            return reader.checkRange(parts.month, 1, 12, "month of year");
        case 'b':
        case 'M':
            if (!reader.readName(fragment, kMonths, 12, specifier == 'M', "month of year", value))
                return false;
            parts.month = value + 1;
            parts.has_month_or_day = true;
            parts.form = DateTimeParts::DateForm::MonthDay;
            return true;
        case 'd':
        case 'e':
            if (specifier == 'e' && !reader.atEnd() && reader.peek() == ' ')
                reader.readLiteral(" ");
            if (!(specifier == 'd' ? reader.readFixed(fragment, 2, parts.day) : reader.readVariable(fragment, parts.day)))
                return false;
            parts.has_month_or_day = true;
            parts.form = DateTimeParts::DateForm::MonthDay;
            return reader.checkRange(parts.day, 1, 31, "day of month");
        case 'j':
            parts.has_month_or_day = true;
            parts.form = DateTimeParts::DateForm::DayOfYear;
            return reader.readFixed(fragment, 3, parts.day_of_year) && reader.checkRange(parts.day_of_year, 1, 366, "day of year");
        case 'V':
            parts.has_month_or_day = true;
            parts.form = DateTimeParts::DateForm::WeekDate;
            return reader.readFixed(fragment, 2, parts.iso_week) && reader.checkRange(parts.iso_week, 1, 53, "week of week year");
        case 'a':
        case 'W':
            if (!reader.readName(fragment, kWeekdays, 7, specifier == 'W', "day of week", value))
                return false;
            parts.day_of_week = value + 1;
            parts.has_month_or_day = true;
            parts.form = DateTimeParts::DateForm::WeekDate;
            return true;
        case 'u':
            parts.has_month_or_day = true;
            parts.form = DateTimeParts::DateForm::WeekDate;
            return reader.readFixed(fragment, 1, parts.day_of_week) && reader.checkRange(parts.day_of_week, 1, 7, "day of week");
        case 'w':
            if (!reader.readFixed(fragment, 1, value) || !reader.checkRange(value, 0, 6, "day of week"))
                return false;
            parts.day_of_week = value == 0 ? 7 : value;
            parts.has_month_or_day = true;
            parts.form = DateTimeParts::DateForm::WeekDate;
            return true;
        case 'H':
        case 'k':
            if (!(specifier == 'H' ? reader.readFixed(fragment, 2, parts.hour) : reader.readVariable(fragment, parts.hour)))
                return false;
            parts.is_half_day_hour = false;
            return reader.checkRange(parts.hour, 0, 23, "hour");
        case 'h':
        case 'I':
        case 'l':
            return readHalfDayHour(reader, fragment, specifier == 'l', parts);
        case 'i':
            return reader.readFixed(fragment, 2, parts.minute) && reader.checkRange(parts.minute, 0, 59, "minute");
        case 's':
        case 'S':
            return reader.readFixed(fragment, 2, parts.second) && reader.checkRange(parts.second, 0, 59, "second");
        case 'p': {
            if (!reader.requireSize(fragment, "mysqlAMPM", 2))
                return false;
            std::string_view text = reader.rest().substr(0, 2);
            if (!equalsIgnoreCase(text, "am") && !equalsIgnoreCase(text, "pm"))
                return reader.fail("Unknown half day of day: {}{}", lower(text[0]), lower(text[1]));
            parts.is_pm = lower(text[0]) == 'p';
            return reader.readLiteral(text);
        }
        case 'f': {
            /// Fractions of a second are read and dropped: DateTime holds whole seconds.
            if (!reader.requireSize(fragment, "mysqlMicrosecond", 1))
                return false;
            while (!reader.atEnd() && reader.peek() >= '0' && reader.peek() <= '9')
                reader.readLiteral(reader.rest().substr(0, 1));
            return true;
        }
        case 'z': {
            if (!reader.requireSize(fragment, "mysqlTimezoneOffset", 5))
                return false;
            char sign = reader.peek();
            if (sign != '+' && sign != '-')
                return reader.failFragment(fragment, "sign + or - is expected but {} provided", sign);
            reader.readLiteral(std::string_view(&sign, 1));
            Int32 hours = 0;
            Int32 minutes = 0;
            reader.readFixed(fragment, 2, hours);
            reader.readFixed(fragment, 2, minutes);
            parts.has_offset = true;
            parts.offset = (sign == '-' ? -1 : 1) * (Int64(hours) * 3600 + Int64(minutes) * 60);
            return true;
        }
        case 'F': return readCompound(reader, fragment, "mysqlISO8601Date", 10, "Y-m-d", parts);
        case 'T': return readCompound(reader, fragment, "mysqlISO8601Time", 8, "H:i:s", parts);
        case 'D': return readCompound(reader, fragment, "mysqlAmericanDate", 8, "m/d/y", parts);
        case 'R': return readCompound(reader, fragment, "mysqlHHMM", 5, "H:i", parts);
        case 'r': return readCompound(reader, fragment, "mysqlHHMM12", 8, "h:i p", parts);
        default: return false;
    }
}

bool isSupported(char specifier)
{
    static constexpr std::string_view supported = "YGygCmcbMdejVaWuwHkhIlisSpfzFTDRr";
    return supported.find(specifier) != std::string_view::npos;
}
}

MySQLDateTimeFormat::MySQLDateTimeFormat(std::string_view format)
{
    auto add_literal = [&](char c)
    {
        if (steps.empty() || steps.back().specifier != 0)
            steps.push_back({});
        steps.back().literal += c;
    };
    for (size_t i = 0; i < format.size(); ++i)
    {
        if (format[i] != '%')
        {
            add_literal(format[i]);
            continue;
        }
        if (++i == format.size())
            throw Exception(ErrorCodes::BAD_ARGUMENTS, "Sign '%' is the last in format, if you need it, use '%%'");
        char specifier = format[i];
        if (specifier == '%' || specifier == 'n' || specifier == 't')
            add_literal(specifier == 'n' ? '\n' : specifier == 't' ? '\t' : '%');
        else if (isSupported(specifier))
            steps.push_back({specifier, {}});
        else if (specifier == 'Q')
            throw Exception(ErrorCodes::NOT_IMPLEMENTED, "format is not supported for quarter");
        else
            throw Exception(ErrorCodes::NOT_IMPLEMENTED, "format is not supported for %{}", specifier);
    }
}

bool MySQLDateTimeFormat::parse(std::string_view text, DateTimeParts & parts, ParseError * error) const
{
    DateTimeTextReader reader(text, error);
    for (const auto & step : steps)
    {
        bool ok = step.specifier ? readSpecifier(reader, step.specifier, parts) : reader.readLiteral(step.literal);
        if (!ok)
            return false;
    }
    if (!reader.atEnd())
        return reader.fail("Invalid format input {} is malformed at {}", text, reader.rest());
    return true;
}
}
