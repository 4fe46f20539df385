// parseDateTime's MySQL-style format (see MySQLDateTimeFormat.h).
#include "functions/MySQLDateTimeFormat.h"

#include <fmt/format.h>

#include "base/ErrorCodes.h"
#include "base/Exception.h"

namespace datastore::functions
{
namespace
{
constexpr std::string_view kMonths[] = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"};
constexpr std::string_view kWeekdays[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equalsIgnoreCase(std::string_view text, std::string_view lowercase)
{
    if (text.size() != lowercase.size())
        return false;
    for (size_t i = 0; i < text.size(); ++i)
        if (lower(text[i]) != lowercase[i])
            return false;
    return true;
}

/// The cursor over one row, and the message of a failure when one is wanted.
class Reader
{
public:
    Reader(std::string_view text_, ParseError * error_) : text(text_), error(error_) {}

    size_t left() const { return text.size() - pos; }
    std::string_view rest() const { return text.substr(pos); }
    char peek() const { return text[pos]; }
    bool atEnd() const { return pos == text.size(); }

    /// "Unable to parse fragment %Y from <rest> because <reason>".
    template <typename... Args>
    bool failFragment(std::string_view fragment, fmt::format_string<Args...> reason, Args &&... args)
    {
        if (error)
        {
            error->code = ErrorCodes::CANNOT_PARSE_DATETIME;
            error->message = fmt::format(
                "Unable to parse fragment {} from {} because {}", fragment, rest(), fmt::format(reason, std::forward<Args>(args)...));
        }
        return false;
    }
    template <typename... Args>
    bool fail(fmt::format_string<Args...> message, Args &&... args)
    {
        if (error)
        {
            error->code = ErrorCodes::CANNOT_PARSE_DATETIME;
            error->message = fmt::format(message, std::forward<Args>(args)...);
        }
        return false;
    }

    bool requireSize(std::string_view fragment, std::string_view reader, size_t size)
    {
        return left() >= size || failFragment(fragment, "{} requires size >= {}", reader, size);
    }

    /// `digits` characters as a number. As ClickHouse, characters are not checked to be
    /// digits: their distance from '0' is taken (so "20x1" reads as 2721).
    bool readFixed(std::string_view fragment, size_t digits, Int32 & value)
    {
        static constexpr std::string_view names[] = {"", "readNumber1", "readNumber2", "readNumber3", "readNumber4"};
        if (!requireSize(fragment, names[digits], digits))
            return false;
        value = 0;
        for (size_t i = 0; i < digits; ++i)
            value = value * 10 + (text[pos++] - '0');
        return true;
    }

    /// One or two digits (%c, %e, %k, %l).
    bool readVariable(std::string_view fragment, Int32 & value)
    {
        size_t start = pos;
        value = 0;
        while (pos < text.size() && pos - start < 2 && text[pos] >= '0' && text[pos] <= '9')
            value = value * 10 + (text[pos++] - '0');
        return pos > start || failFragment(fragment, "no digits were read");
    }

    bool checkRange(Int32 value, Int32 min, Int32 max, std::string_view what)
    {
        return (value >= min && value <= max) || fail("Value {} for {} must be in the range [{}, {}]", value, what, min, max);
    }

    /// A month or weekday name: three letters, or the whole name when `full`. Returns its index.
    bool readName(std::string_view fragment, const std::string_view * names, size_t count, bool full, std::string_view what, Int32 & index)
    {
        if (!requireSize(fragment, full ? "mysqlFullName" : "mysqlShortName", 3))
            return false;
        std::string_view prefix = text.substr(pos, 3);
        for (size_t i = 0; i < count; ++i)
        {
            if (!equalsIgnoreCase(prefix, names[i].substr(0, 3)))
                continue;
            size_t length = full ? names[i].size() : 3;
            if (left() < length || !equalsIgnoreCase(text.substr(pos, length), names[i].substr(0, length)))
                break;
            pos += length;
            index = static_cast<Int32>(i);
            return true;
        }
        std::string lowered(prefix);
        for (char & c : lowered)
            c = lower(c);
        return failFragment(fragment, "of unknown {} {} {}", what, full ? "text" : "short text", lowered);
    }

    bool readLiteral(std::string_view literal)
    {
        if (left() < literal.size())
            return failFragment("LITERAL", "insufficient space to parse literal");
        if (text.substr(pos, literal.size()) != literal)
            return failFragment("LITERAL", "literal {} is expected but {} provided", literal, text.substr(pos, literal.size()));
        pos += literal.size();
        return true;
    }

private:
    std::string_view text;
    size_t pos = 0;
    ParseError * error;
};

bool readHalfDayHour(Reader & reader, std::string_view fragment, bool variable, DateTimeParts & parts)
{
    if (!(variable ? reader.readVariable(fragment, parts.hour) : reader.readFixed(fragment, 2, parts.hour)))
        return false;
    parts.is_half_day_hour = true;
    return reader.checkRange(parts.hour, 1, 12, "hour");
}

bool readSpecifier(Reader & reader, char specifier, DateTimeParts & parts);

/// %F, %T, %D, %R, %r: a fixed sequence of specifiers and separators.
bool readCompound(Reader & reader, std::string_view fragment, std::string_view reader_name, size_t size, std::string_view sequence, DateTimeParts & parts)
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

bool readSpecifier(Reader & reader, char specifier, DateTimeParts & parts)
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
    Reader reader(text, error);
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
