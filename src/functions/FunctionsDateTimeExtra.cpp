// More date and time functions: toUnixTimestamp64Milli/Micro/Nano and their inverses
// fromUnixTimestamp64*, parseDateTimeBestEffort / parseDateTime64BestEffort (with -OrNull and
// -OrZero), which read ISO 8601 and the other common textual forms of a time, and formatDateTime.
#include <ctime>
#include <optional>

#include "base/DateLUT.h"
#include "columns/ColumnNullable.h"
#include "columns/ColumnString.h"
#include "functions/FunctionFactory.h"
#include "functions/FunctionHelpers.h"
#include "functions/JodaDateTimeFormat.h"
#include "functions/registerFunctions.h"
#include "types/DataTypeDateTime.h"
#include "types/DataTypeDateTime64.h"

namespace datastore::functions
{
namespace
{
Int64 power10(UInt32 n)
{
    Int64 result = 1;
    for (UInt32 i = 0; i < n; ++i)
        result *= 10;
    return result;
}

/// The constant time zone argument at `position`, or "" when there is none.
std::string zoneArgument(const std::string & function, const ColumnsWithTypeAndName & arguments, size_t position)
{
    if (position >= arguments.size())
        return "";
    const auto & argument = arguments[position];
    if (!isStringOrFixedString(*argument.type))
        throwIllegalType(function, *argument.type, position + 1);
    if (!argument.column || !argument.column->isConst())
        throw Exception(ErrorCodes::ILLEGAL_COLUMN, "Illegal column {} of time zone argument of function, must be a constant string",
            argument.type->getName());
    return std::string(argument.column->getDataAt(0));
}

/// A Bool setting of the query, read while the call is analyzed (false outside a query).
bool isSettingOn(const FunctionContext & context, std::string_view name)
{
    std::string type;
    std::string value;
    return context.find_setting && context.find_setting(name, type, value) && (value == "1" || value == "true");
}

const DateLUT & zoneByName(const std::string & zone, const FunctionContext & context)
{
    if (!zone.empty())
        return DateLUT::instance(zone);
    return context.session_timezone.empty() ? DateLUT::serverTimezone() : DateLUT::instance(context.session_timezone);
}

/// toUnixTimestamp64Milli(t) and friends: a DateTime64's ticks at scale 3, 6 or 9 (truncated).
class FunctionToUnixTimestamp64 final : public IFunction
{
public:
    FunctionToUnixTimestamp64(std::string name_, UInt32 scale_) : name(std::move(name_)), scale(scale_) {}
    std::string getName() const override { return name; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(name, arguments.size(), 1);
        if (arguments[0].type->getTypeId() != TypeIndex::DateTime64)
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "The only argument for function {} must be DateTime64", name);
        return typeByName("Int64");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        ColumnPtr column = arguments[0].column->convertToFullColumnIfConst();
        const auto & in = column->assertCast<ColumnInt64>().getData();
        UInt32 from = decimalScale(*arguments[0].type);
        auto result = ColumnInt64::create(rows);
        auto & out = result->getData();
        if (from >= scale)
        {
            Int64 divisor = power10(from - scale);
            for (size_t i = 0; i < rows; ++i)
                out[i] = in[i] / divisor;
        }
        else
        {
            Int64 multiplier = power10(scale - from);
            for (size_t i = 0; i < rows; ++i)
                if (__builtin_mul_overflow(in[i], multiplier, &out[i]))
                    throw Exception(ErrorCodes::DECIMAL_OVERFLOW, "Decimal overflow in {}", name);
        }
        return result;
    }

private:
    std::string name;
    UInt32 scale;
};

/// fromUnixTimestamp64Milli(n[, zone]) and friends: an integer count of ticks as DateTime64(scale).
class FunctionFromUnixTimestamp64 final : public IFunction
{
public:
    FunctionFromUnixTimestamp64(std::string name_, UInt32 scale_) : name(std::move(name_)), scale(scale_) {}
    std::string getName() const override { return name; }
    std::vector<size_t> getArgumentsThatAreAlwaysConstant() const override { return {1}; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCountBetween(name, arguments.size(), 1, 2);
        if (!isNativeInteger(arguments[0].type->getTypeId()))
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "The first argument for function {} must be integer", name);
        return std::make_shared<DataTypeDateTime64>(scale, zoneArgument(name, arguments, 1));
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t) const override
    {
        return convertNumericColumn<Int64>(arguments[0].column->convertToFullColumnIfConst(), arguments[0].type->getTypeId());
    }

private:
    std::string name;
    UInt32 scale;
};

/// A parsed point in time: seconds since the epoch plus a fraction as ticks at scale 9.
struct ParsedTime
{
    Int64 seconds = 0;
    Int64 nanoseconds = 0;
};

/// Reads a time as ClickHouse's best-effort parser does for the common forms: a date as
/// YYYY-MM[-DD] ('-', '/' or '.' between the parts), DD-MM-YYYY, DD-Mon-YYYY, or day, month name
/// and year in any order ('Mon, 23 Feb 2026', 'February 23, 2026'); YYYY, YYYYMM, YYYYMMDD,
/// YYYYMMDDhhmmss; 9 or 10 digits are a unix timestamp with an optional fraction, 13 one in
/// milliseconds; YYYYMMDD may be followed by hhmmss ('20240310T013000'); then hh:mm[:ss[.f]]
/// (or a lone hour after 'T') with an
/// optional AM/PM and a 'Z', 'UTC', 'GMT' or +hh[[:]mm] offset. Weekday names are skipped.
/// Without an offset the time is local to `zone`; a two-digit year is 1970..2069, a missing one
/// the current year (the last one if the date is still to come). Returns nothing for text it cannot read.
/// With `is_us`, NN/NN/YYYY is month first, unless the first number cannot be a month.
class BestEffortParser
{
public:
    /// `now` (unix time) stands in for a missing year.
    BestEffortParser(std::string_view text_, const DateLUT & zone_, bool is_us_, Int64 now_)
        : text(text_), zone(zone_), is_us(is_us_), now(now_)
    {
    }

    std::optional<ParsedTime> parse()
    {
        skipSpaces();
        size_t digits = countDigits();
        if (digits > 0 && (pos + digits == text.size() || (text[pos + digits] == '.' && allDigitsAfterPoint(pos + digits + 1))))
        {
            if (digits == 4 || digits == 6 || digits == 8 || digits == 14)
                return parseCompact(digits);
            /// As ClickHouse: 9 or 10 digits are a unix time, 13 one in milliseconds; other
            /// lengths are no time.
            if (digits == 13 && pos + digits == text.size())
            {
                const Int64 milliseconds = number(13);
                return ParsedTime{milliseconds / 1000, milliseconds % 1000 * 1000000};
            }
            if (digits != 9 && digits != 10)
                return {};
            return parseTimestamp(digits);
        }

        Int64 year = -1;
        Int64 month = -1;
        Int64 day = -1;
        Int64 seconds_of_day = 0;
        Int64 hour = -1;
        Int64 nanoseconds = 0;
        std::optional<Int64> offset;
        while (pos < text.size())
        {
            char c = text[pos];
            if (c == ' ' || c == '\t' || c == ',')
            {
                ++pos;
                continue;
            }
            bool date_done = year >= 0 && month >= 0;
            if (c >= '0' && c <= '9')
            {
                size_t n = countDigits();
                char next = pos + n < text.size() ? text[pos + n] : '\0';
                bool date_separator = next == '-' || next == '/' || next == '.';
                if (next == ':' && n <= 2 && hour < 0)
                {
                    if (!readTime(hour, seconds_of_day, nanoseconds))
                        return {};
                }
                else if (n == 4 && date_separator && year < 0 && month < 0 && day < 0)
                {
                    year = number(4);
                    ++pos;
                    size_t month_digits = countDigits();
                    if (month_digits == 0 || month_digits > 2)
                        return {};
                    month = number(month_digits);
                    if (peek() == next)
                    {
                        ++pos;
                        size_t day_digits = countDigits();
                        if (day_digits == 0 || day_digits > 2)
                            return {};
                        day = number(day_digits);
                    }
                }
                else if (n <= 2 && date_separator && year < 0 && month < 0 && day < 0)
                {
                    day = number(n);
                    ++pos;
                    size_t month_digits = countDigits();
                    if (month_digits > 2 || (month_digits == 0 && !readMonthName(month)))
                        return {};
                    if (month_digits)
                        month = number(month_digits);
                    if (month_digits && is_us && day <= 12)
                        std::swap(day, month);
                    if (peek() != next)
                        return {};
                    ++pos;
                    const size_t year_digits = countDigits();
                    if (year_digits != 4 && year_digits != 2)
                        return {};
                    year = number(year_digits);
                    /// Two digits: 70..99 are 1970..1999, the rest this century.
                    if (year_digits == 2)
                        year += year >= 70 ? 1900 : 2000;
                }
                else if (n == 4 && year < 0)
                    year = number(4);
                else if (n == 8 && year < 0 && month < 0 && day < 0)
                {
                    /// '20240310T013000': YYYYMMDD, then hhmmss.
                    year = number(4);
                    month = number(2);
                    day = number(2);
                }
                else if (n == 6 && date_done && hour < 0)
                {
                    hour = number(2);
                    const Int64 minute = number(2);
                    const Int64 second = number(2);
                    if (hour > 23 || minute > 59 || second > 59)
                        return {};
                    seconds_of_day = hour * 3600 + minute * 60 + second;
                }
                else if (n <= 2 && day < 0 && !date_done)
                    day = number(n);
                else if (n <= 2 && date_done && hour < 0)
                {
                    /// '2026-02-23T12': a lone hour.
                    hour = number(n);
                    seconds_of_day = hour * 3600;
                }
                else
                    return {};
                continue;
            }
            if ((c == '+' || c == '-') && date_done)
            {
                offset = numericOffset();
                if (!offset)
                    return {};
                continue;
            }
            if (!isLetter(c))
                return {};
            size_t word_begin = pos;
            while (pos < text.size() && isLetter(text[pos]))
                ++pos;
            std::string word(text.substr(word_begin, pos - word_begin));
            for (char & letter : word)
                letter = static_cast<char>(letter | 0x20);
            if (word == "t" && pos < text.size() && text[pos] >= '0' && text[pos] <= '9')
                continue;
            if (word == "z" || word == "utc" || word == "gmt")
                offset = 0;
            else if (word == "msk")
                offset = 3 * 3600; /// the one named zone ClickHouse knows besides UTC and GMT
            else if (word == "am" || word == "pm")
            {
                if (hour < 0)
                    return {};
                /// An hour past 12 stays as it is ('13:00 PM' is 13:00).
                Int64 new_hour = hour > 12 ? hour : (hour % 12) + (word == "pm" ? 12 : 0);
                seconds_of_day += (new_hour - hour) * 3600;
                hour = new_hour;
            }
            else if (Int64 month_number = monthByName(word); month_number > 0 && month < 0)
                month = month_number;
            else if (!isWeekdayName(word))
                return {};
        }
        /// Without a year, as ClickHouse: this year (last year if that is still to come), from
        /// January 1st when there is only a time.
        const bool guess_year = year < 0;
        if (guess_year ? month < 0 && hour < 0 : month < 0)
            return {};
        if (month < 0)
            month = 1;
        if (day < 0)
            day = 1;
        if (guess_year)
            year = yearOf(now);
        std::optional<ParsedTime> result = makeTime(year, month, day, seconds_of_day, offset, nanoseconds);
        if (guess_year && result && result->seconds > now)
            result = makeTime(year - 1, month, day, seconds_of_day, offset, nanoseconds);
        return result;
    }

private:
    Int64 yearOf(Int64 t) const
    {
        Int32 year;
        UInt32 month;
        UInt32 day;
        DateLUT::dayNumToCivil(zone.toDayNum(t), year, month, day);
        return year;
    }

    std::optional<ParsedTime> makeTime(Int64 year, Int64 month, Int64 day, Int64 seconds_of_day, std::optional<Int64> offset, Int64 nanoseconds) const
    {
        if (month < 1 || month > 12 || day < 1 || day > DateLUT::daysInMonth(static_cast<Int32>(year), static_cast<UInt32>(month)))
            return {};
        Int32 day_num = DateLUT::civilToDayNum(static_cast<Int32>(year), static_cast<UInt32>(month), static_cast<UInt32>(day));
        Int64 seconds = offset ? static_cast<Int64>(day_num) * 86400 + seconds_of_day - *offset : zone.makeDateTime(day_num, seconds_of_day);
        return ParsedTime{seconds, nanoseconds};
    }

    static bool isLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

    /// 1..12 for 'jan'...'dec' or the full English name; 0 otherwise.
    static Int64 monthByName(const std::string & word)
    {
        static const char * const names[] = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                                             "october", "november", "december"};
        for (Int64 i = 0; i < 12; ++i)
            if (word == names[i] || (word.size() == 3 && std::string_view(names[i]).substr(0, 3) == word))
                return i + 1;
        return 0;
    }

    static bool isWeekdayName(const std::string & word)
    {
        static const char * const names[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
        for (const char * name : names)
            if (word == name || (word.size() == 3 && std::string_view(name).substr(0, 3) == word))
                return true;
        return false;
    }

    bool readMonthName(Int64 & month)
    {
        size_t word_begin = pos;
        while (pos < text.size() && isLetter(text[pos]))
            ++pos;
        std::string word(text.substr(word_begin, pos - word_begin));
        for (char & letter : word)
            letter = static_cast<char>(letter | 0x20);
        month = monthByName(word);
        return month > 0;
    }

    /// hh:mm[:ss[.f]] at pos.
    bool readTime(Int64 & hour, Int64 & seconds_of_day, Int64 & nanoseconds)
    {
        hour = number(countDigits());
        ++pos;
        size_t minute_digits = countDigits();
        if (minute_digits == 0 || minute_digits > 2)
            return false;
        Int64 minute = number(minute_digits);
        Int64 second = 0;
        if (peek() == ':')
        {
            ++pos;
            size_t second_digits = countDigits();
            if (second_digits == 0 || second_digits > 2)
                return false;
            second = number(second_digits);
            if (peek() == '.' || peek() == ',')
            {
                ++pos;
                nanoseconds = fraction();
            }
        }
        /// As ClickHouse, parts past their range roll over (24:00:00 is the next midnight).
        seconds_of_day = hour * 3600 + minute * 60 + second;
        return true;
    }

    char peek() const { return pos < text.size() ? text[pos] : '\0'; }

    void skipSpaces()
    {
        while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t'))
            ++pos;
    }

    size_t countDigits() const
    {
        size_t n = 0;
        while (pos + n < text.size() && text[pos + n] >= '0' && text[pos + n] <= '9')
            ++n;
        return n;
    }

    bool allDigitsAfterPoint(size_t from) const
    {
        for (size_t i = from; i < text.size(); ++i)
            if (text[i] < '0' || text[i] > '9')
                return false;
        return from < text.size();
    }

    Int64 number(size_t digits)
    {
        Int64 value = 0;
        for (size_t i = 0; i < digits; ++i)
            value = value * 10 + (text[pos++] - '0');
        return value;
    }

    /// Digits after the point as nanoseconds; digits past the ninth are dropped.
    Int64 fraction()
    {
        Int64 value = 0;
        size_t digits = countDigits();
        for (size_t i = 0; i < digits; ++i)
        {
            char c = text[pos++];
            if (i < 9)
                value = value * 10 + (c - '0');
        }
        for (size_t i = digits; i < 9; ++i)
            value *= 10;
        return value;
    }

    std::optional<ParsedTime> parseCompact(size_t digits)
    {
        Int64 year = number(4);
        Int64 month = digits >= 6 ? number(2) : 1;
        Int64 day = digits >= 8 ? number(2) : 1;
        Int64 seconds_of_day = 0;
        if (digits == 14)
        {
            Int64 hour = number(2);
            Int64 minute = number(2);
            Int64 second = number(2);
            if (hour > 23 || minute > 59 || second > 59)
                return {};
            seconds_of_day = hour * 3600 + minute * 60 + second;
        }
        if (pos != text.size() || month < 1 || month > 12 || day < 1
            || day > DateLUT::daysInMonth(static_cast<Int32>(year), static_cast<UInt32>(month)))
            return {};
        Int32 day_num = DateLUT::civilToDayNum(static_cast<Int32>(year), static_cast<UInt32>(month), static_cast<UInt32>(day));
        return ParsedTime{zone.makeDateTime(day_num, seconds_of_day), 0};
    }

    std::optional<ParsedTime> parseTimestamp(size_t digits)
    {
        if (digits > 18)
            return {};
        ParsedTime result{number(digits), 0};
        if (peek() == '.')
        {
            ++pos;
            result.nanoseconds = fraction();
        }
        return result;
    }

    /// Seconds east of UTC for +hh, +hhmm or +hh:mm at pos.
    std::optional<Int64> numericOffset()
    {
        Int64 sign = peek() == '-' ? -1 : 1;
        ++pos;
        size_t digits = countDigits();
        Int64 hours = 0;
        Int64 minutes = 0;
        if (digits == 4)
        {
            hours = number(2);
            minutes = number(2);
        }
        else if (digits == 1 || digits == 2)
        {
            hours = number(digits);
            if (peek() == ':')
            {
                ++pos;
                if (countDigits() != 2)
                    return {};
                minutes = number(2);
            }
        }
        else
            return {};
        return sign * (hours * 3600 + minutes * 60);
    }

    std::string_view text;
    const DateLUT & zone;
    bool is_us;
    Int64 now;
    size_t pos = 0;
};

enum class ParseMode
{
    Throw,
    OrZero,
    OrNull,
};

/// parseDateTimeBestEffort(s[, zone]) -> DateTime and parseDateTime64BestEffort(s[, P[, zone]])
/// -> DateTime64(P), P = 3 by default; the -US variants read NN/NN/YYYY month first.
class FunctionParseDateTimeBestEffort final : public IFunction
{
public:
    FunctionParseDateTimeBestEffort(std::string name_, bool is_64_, bool is_us_, ParseMode mode_, const FunctionContext & context_)
        : name(std::move(name_)), is_64(is_64_), is_us(is_us_), mode(mode_), context(context_)
    {
    }
    std::string getName() const override { return name; }
    std::vector<size_t> getArgumentsThatAreAlwaysConstant() const override { return {1, 2}; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCountBetween(name, arguments.size(), 1, is_64 ? 3 : 2);
        if (!isStringOrFixedString(*arguments[0].type))
            throwIllegalType(name, *arguments[0].type, 1);
        DataTypePtr type;
        if (is_64)
            type = std::make_shared<DataTypeDateTime64>(precision(arguments), zoneArgument(name, arguments, 2));
        else
            type = std::make_shared<DataTypeDateTime>(zoneArgument(name, arguments, 1));
        return mode == ParseMode::OrNull ? makeNullable(type) : type;
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        const DateLUT & zone = zoneByName(zoneArgument(name, arguments, is_64 ? 2 : 1), context);
        UInt32 scale = is_64 ? precision(arguments) : 0;
        Int64 multiplier = power10(scale);
        Int64 divisor = power10(9 - scale);
        ColumnPtr strings = arguments[0].column->convertToFullColumnIfConst();
        const Int64 now = std::time(nullptr);
        auto null_map = ColumnUInt8::create(rows, 0);
        auto date_times = ColumnUInt32::create(is_64 ? 0 : rows);
        auto ticks = ColumnInt64::create(is_64 ? rows : 0);
        for (size_t i = 0; i < rows; ++i)
        {
            std::string_view text = strings->getDataAt(i);
            std::optional<ParsedTime> parsed = BestEffortParser(text, zone, is_us, now).parse();
            if (!parsed)
            {
                if (mode == ParseMode::Throw)
                    throw Exception(ErrorCodes::CANNOT_PARSE_DATETIME, "Cannot read DateTime: unexpected text '{}'", text);
                null_map->getData()[i] = 1;
                parsed = ParsedTime{};
            }
            if (is_64)
            {
                /// A time beyond the scale's reach (after 2262 at scale 9) overflows as ClickHouse's
                /// decimal arithmetic does: DECIMAL_OVERFLOW, or NULL or zero for the -Or forms.
                Int64 value;
                if (__builtin_mul_overflow(parsed->seconds, multiplier, &value)
                    || __builtin_add_overflow(value, parsed->nanoseconds / divisor, &value))
                {
                    if (mode == ParseMode::Throw)
                        throw Exception(ErrorCodes::DECIMAL_OVERFLOW, "Decimal math overflow");
                    null_map->getData()[i] = 1;
                    value = 0;
                }
                ticks->getData()[i] = value;
            }
            else
                date_times->getData()[i] = static_cast<UInt32>(std::clamp<Int64>(parsed->seconds, 0, 0xFFFFFFFFLL));
        }
        ColumnPtr values = is_64 ? ColumnPtr(std::move(ticks)) : ColumnPtr(std::move(date_times));
        if (mode == ParseMode::OrNull)
            return ColumnNullable::create(values, std::move(null_map));
        return values;
    }

private:
    UInt32 precision(const ColumnsWithTypeAndName & arguments) const
    {
        if (arguments.size() < 2)
            return 3;
        const auto & argument = arguments[1];
        if (!isNativeInteger(argument.type->getTypeId()))
            throwIllegalType(name, *argument.type, 2);
        if (!argument.column || !argument.column->isConst())
            throw Exception(ErrorCodes::ILLEGAL_COLUMN, "Second argument of function {} must be constant (precision)", name);
        auto value = constantNumber<Int64>(*argument.column, argument.type->getTypeId());
        if (value < 0 || value > 9)
            throw Exception(ErrorCodes::ARGUMENT_OUT_OF_BOUND, "Scale {} is out of bounds (max scale: 9)", value);
        return static_cast<UInt32>(value);
    }

    std::string name;
    bool is_64;
    bool is_us;
    ParseMode mode;
    FunctionContext context;
};

/// The calendar fields of one row that formatDateTime's specifiers print.
struct CivilTime
{
    Int32 day_num = 0;
    Int32 year = 0;
    UInt32 month = 1;
    UInt32 day = 1;
    Int64 seconds_of_day = 0;
    Int64 fraction = 0;
    Int64 offset = 0;
};

void appendNumber(std::string & out, Int64 value, int width, char pad = '0')
{
    std::string digits = std::to_string(value < 0 ? -value : value);
    if (value < 0)
        out += '-';
    for (int i = static_cast<int>(digits.size()); i < width; ++i)
        out += pad;
    out += digits;
}

/// formatDateTime(t, format[, zone]): MySQL-style % specifiers as ClickHouse 24.3 prints them
/// (%M is the month name, %e is space-padded, %f prints the type's scale digits).
/// formatDateTimeInJodaSyntax(t, format[, zone]): Joda patterns (see JodaDateTimeFormat.h).
class FunctionFormatDateTime final : public IFunction
{
public:
    FunctionFormatDateTime(const FunctionContext & context_, bool is_joda_)
        : context(context_), is_joda(is_joda_), is_fraction_single_zero(isSettingOn(context_, "formatdatetime_f_prints_single_zero"))
    {
    }
    std::string getName() const override { return is_joda ? "formatDateTimeInJodaSyntax" : "formatDateTime"; }
    std::vector<size_t> getArgumentsThatAreAlwaysConstant() const override { return {1, 2}; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCountBetween(getName(), arguments.size(), 2, 3);
        TypeIndex type = arguments[0].type->getTypeId();
        if (type != TypeIndex::Date && type != TypeIndex::Date32 && type != TypeIndex::DateTime && type != TypeIndex::DateTime64)
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                "Illegal type {} of first argument of function {}. Should be a date or a date with time", arguments[0].type->getName(), getName());
        if (is_joda)
            JodaDateTimeFormat(formatArgument(arguments)).checkFormattable();
        else
            checkFormat(formatArgument(arguments));
        zoneArgument(getName(), arguments, 2);
        return typeByName("String");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        std::string format = formatArgument(arguments);
        std::string zone_name = zoneArgument(getName(), arguments, 2);
        const IDataType & type = *arguments[0].type;
        const DateLUT & zone = !zone_name.empty() ? DateLUT::instance(zone_name)
            : type.as<DataTypeDateTime>()                ? type.as<DataTypeDateTime>()->getTimeZone()
            : type.as<DataTypeDateTime64>()              ? type.as<DataTypeDateTime64>()->getTimeZone()
                                                         : zoneByName("", context);
        UInt32 scale = type.getTypeId() == TypeIndex::DateTime64 ? decimalScale(type) : 0;
        Int64 ticks_per_second = power10(scale);
        ColumnPtr column = arguments[0].column->convertToFullColumnIfConst();
        auto result = ColumnString::create();
        std::string text;
        std::optional<JodaDateTimeFormat> joda;
        if (is_joda)
        {
            joda.emplace(format);
            joda->checkFormattable();
        }
        for (size_t row = 0; row < rows; ++row)
        {
            CivilTime civil;
            Int64 t = 0;
            switch (type.getTypeId())
            {
                case TypeIndex::Date: civil.day_num = column->assertCast<ColumnUInt16>().getData()[row]; break;
                case TypeIndex::Date32: civil.day_num = column->assertCast<ColumnInt32>().getData()[row]; break;
                case TypeIndex::DateTime: t = column->assertCast<ColumnUInt32>().getData()[row]; break;
                default: {
                    Int64 ticks = column->assertCast<ColumnInt64>().getData()[row];
                    t = ticks / ticks_per_second;
                    civil.fraction = ticks % ticks_per_second;
                    if (civil.fraction < 0)
                    {
                        t -= 1;
                        civil.fraction += ticks_per_second;
                    }
                }
            }
            if (type.getTypeId() == TypeIndex::DateTime || type.getTypeId() == TypeIndex::DateTime64)
            {
                civil.seconds_of_day = zone.toDayNumAndSeconds(t, civil.day_num);
                civil.offset = zone.getOffsetAtTime(t);
            }
            text.clear();
            if (joda)
            {
                joda->format({civil.day_num, civil.seconds_of_day, civil.fraction, scale, zone.getTimeZone()}, text);
                result->insertData(text);
                continue;
            }
            DateLUT::dayNumToCivil(civil.day_num, civil.year, civil.month, civil.day);
            formatRow(format, civil, scale, is_fraction_single_zero, text);
            result->insertData(text);
        }
        return result;
    }

private:
    std::string formatArgument(const ColumnsWithTypeAndName & arguments) const
    {
        const auto & argument = arguments[1];
        if (!isStringOrFixedString(*argument.type))
            throwIllegalType(getName(), *argument.type, 2);
        if (is_joda)
            checkConstantArgument(getName(), argument, 1);
        if (!argument.column || !argument.column->isConst())
            throw Exception(ErrorCodes::ILLEGAL_COLUMN, "Illegal column {} of second ('format') argument of function formatDateTime. "
                "Must be constant string.", argument.type->getName());
        return std::string(argument.column->getDataAt(0));
    }

    static void checkFormat(const std::string & format)
    {
        static const std::string supported = "abcCdDefFgGhHiIjklmMnpQrRsStTuVwWyYz%";
        for (size_t i = 0; i < format.size(); ++i)
        {
            if (format[i] != '%')
                continue;
            if (i + 1 == format.size())
                throw Exception(ErrorCodes::BAD_ARGUMENTS, "'%' must not be the last character in the format string, use '%%' instead");
            char c = format[++i];
            /// ClickHouse knows MySQL's week specifiers but does not implement them.
            if (c == 'U' || c == 'v')
                throw Exception(ErrorCodes::NOT_IMPLEMENTED, "format is not supported for WEEK ({})", c == 'U' ? "Sun-Sat" : "Mon-Sun");
            if (c == 'x' || c == 'X')
                throw Exception(ErrorCodes::NOT_IMPLEMENTED, "format is not supported for YEAR for week ({})", c == 'x' ? "Mon-Sun" : "Sun-Sat");
            if (supported.find(c) == std::string::npos)
                throw Exception(ErrorCodes::BAD_ARGUMENTS, "Incorrect syntax '%{}', symbol is not supported '{}' for function formatDateTime", c, c);
        }
    }

    /// `is_fraction_single_zero`: %f of a value without fractions prints "0" instead of "000000".
    static void formatRow(const std::string & format, const CivilTime & civil, UInt32 scale, bool is_fraction_single_zero, std::string & out)
    {
        static const char * const weekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
        static const char * const months[] = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
                                              "October", "November", "December"};
        Int64 hour = civil.seconds_of_day / 3600;
        Int64 minute = civil.seconds_of_day / 60 % 60;
        Int64 second = civil.seconds_of_day % 60;
        Int64 hour12 = hour % 12 == 0 ? 12 : hour % 12;
        UInt8 dow = DateLUT::dayOfWeek(civil.day_num);
        /// ISO 8601 week: the week (Monday first) that holds the Thursday decides the year.
        Int32 thursday = civil.day_num - (dow - 1) + 3;
        Int32 iso_year = 0;
        UInt32 iso_month = 0;
        UInt32 iso_day = 0;
        DateLUT::dayNumToCivil(thursday, iso_year, iso_month, iso_day);
        Int64 iso_week = (thursday - DateLUT::civilToDayNum(iso_year, 1, 1)) / 7 + 1;
        Int64 day_of_year = civil.day_num - DateLUT::civilToDayNum(civil.year, 1, 1) + 1;
        for (size_t i = 0; i < format.size(); ++i)
        {
            if (format[i] != '%')
            {
                out += format[i];
                continue;
            }
            switch (format[++i])
            {
                case 'a': out.append(weekdays[dow - 1], 3); break;
                case 'b': out.append(months[civil.month - 1], 3); break;
                case 'c': appendNumber(out, civil.month, 2); break;
                case 'C': appendNumber(out, civil.year / 100, 2); break;
                case 'd': appendNumber(out, civil.day, 2); break;
                case 'D':
                    appendNumber(out, civil.month, 2);
                    out += '/';
                    appendNumber(out, civil.day, 2);
                    out += '/';
                    appendNumber(out, civil.year % 100, 2);
                    break;
                case 'e': appendNumber(out, civil.day, 2, ' '); break;
                case 'f':
                    if (scale == 0)
                        out += is_fraction_single_zero ? "0" : "000000";
                    else
                        appendNumber(out, civil.fraction, static_cast<int>(scale));
                    break;
                case 'F':
                    appendNumber(out, civil.year, 4);
                    out += '-';
                    appendNumber(out, civil.month, 2);
                    out += '-';
                    appendNumber(out, civil.day, 2);
                    break;
                case 'g': appendNumber(out, iso_year % 100, 2); break;
                case 'G': appendNumber(out, iso_year, 4); break;
                case 'h':
                case 'I':
                case 'l': appendNumber(out, hour12, 2); break;
                case 'H':
                case 'k': appendNumber(out, hour, 2); break;
                case 'i': appendNumber(out, minute, 2); break;
                case 'j': appendNumber(out, day_of_year, 3); break;
                case 'm': appendNumber(out, civil.month, 2); break;
                case 'M': out += months[civil.month - 1]; break;
                case 'n': out += '\n'; break;
                case 'p': out += hour < 12 ? "AM" : "PM"; break;
                case 'Q': appendNumber(out, (civil.month - 1) / 3 + 1, 1); break;
                case 'r':
                    appendNumber(out, hour12, 2);
                    out += ':';
                    appendNumber(out, minute, 2);
                    out += hour < 12 ? " AM" : " PM";
                    break;
                case 'R':
                    appendNumber(out, hour, 2);
                    out += ':';
                    appendNumber(out, minute, 2);
                    break;
                case 's':
                case 'S': appendNumber(out, second, 2); break;
                case 't': out += '\t'; break;
                case 'T':
                    appendNumber(out, hour, 2);
                    out += ':';
                    appendNumber(out, minute, 2);
                    out += ':';
                    appendNumber(out, second, 2);
                    break;
                case 'u': appendNumber(out, dow, 1); break;
                case 'V': appendNumber(out, iso_week, 2); break;
                case 'w': appendNumber(out, dow % 7, 1); break;
                case 'W': out += weekdays[dow - 1]; break;
                case 'y': appendNumber(out, civil.year % 100, 2); break;
                case 'Y': appendNumber(out, civil.year, 4); break;
                case 'z': {
                    out += civil.offset < 0 ? '-' : '+';
                    Int64 minutes = (civil.offset < 0 ? -civil.offset : civil.offset) / 60;
                    appendNumber(out, minutes / 60, 2);
                    appendNumber(out, minutes % 60, 2);
                    break;
                }
                default: out += '%'; break;
            }
        }
    }

    FunctionContext context;
    bool is_joda;
    bool is_fraction_single_zero;
};
}

void registerFunctionsDateTimeExtra(FunctionFactory & factory)
{
    for (auto [suffix, scale] : {std::pair{"Milli", 3u}, std::pair{"Micro", 6u}, std::pair{"Nano", 9u}})
    {
        factory.registerFunction(std::string("toUnixTimestamp64") + suffix,
            makeCreator<FunctionToUnixTimestamp64>(std::string("toUnixTimestamp64") + suffix, scale));
        factory.registerFunction(std::string("fromUnixTimestamp64") + suffix,
            makeCreator<FunctionFromUnixTimestamp64>(std::string("fromUnixTimestamp64") + suffix, scale));
    }
    for (bool is_64 : {false, true})
        for (bool is_us : {false, true})
            for (auto [suffix, mode] : {std::pair{"", ParseMode::Throw}, std::pair{"OrZero", ParseMode::OrZero}, std::pair{"OrNull", ParseMode::OrNull}})
            {
                std::string name = std::string(is_64 ? "parseDateTime64BestEffort" : "parseDateTimeBestEffort") + (is_us ? "US" : "") + suffix;
                factory.registerFunction(name, [name, is_64, is_us, mode](const FunctionContext & context)
                {
                    return std::make_shared<FunctionParseDateTimeBestEffort>(name, is_64, is_us, mode, context);
                });
                if (!is_64 && !is_us)
                    factory.registerAlias(std::string("parseDateTime32BestEffort") + suffix, name);
            }
    factory.registerFunction("formatDateTime", [](const FunctionContext & context) { return std::make_shared<FunctionFormatDateTime>(context, false); });
    factory.registerFunction(
        "formatDateTimeInJodaSyntax", [](const FunctionContext & context) { return std::make_shared<FunctionFormatDateTime>(context, true); });
    factory.registerAlias("DATE_FORMAT", "formatDateTime", FunctionFactory::CaseSensitiveness::CaseInsensitive);
}
}
