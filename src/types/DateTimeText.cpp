// Parsing and printing of date and date-time text for the date types.
#include "types/DateTimeText.h"

#include "base/Exception.h"
#include "io/ReadBuffer.h"
#include "io/ReadHelpers.h"
#include "io/WriteBuffer.h"

namespace datastore
{
namespace
{
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/// Reads 1..max_digits digits at `pos`; false if there is none.
bool readNumber(std::string_view text, size_t & pos, size_t max_digits, Int32 & value)
{
    size_t start = pos;
    value = 0;
    while (pos < text.size() && pos - start < max_digits && isDigit(text[pos]))
        value = value * 10 + (text[pos++] - '0');
    return pos > start;
}

bool readExactDigits(std::string_view text, size_t & pos, size_t digits, Int32 & value)
{
    if (pos + digits > text.size())
        return false;
    value = 0;
    for (size_t i = 0; i < digits; ++i)
    {
        if (!isDigit(text[pos + i]))
            return false;
        value = value * 10 + (text[pos + i] - '0');
    }
    pos += digits;
    return true;
}

/// '.' and digits: keeps the first 9 digits, skips the rest.
void readFraction(std::string_view text, size_t & pos, ParsedDateTime & result)
{
    if (pos + 1 >= text.size() || text[pos] != '.' || !isDigit(text[pos + 1]))
        return;
    ++pos;
    while (pos < text.size() && isDigit(text[pos]))
    {
        if (result.fraction_digits < 9)
        {
            result.fraction = result.fraction * 10 + static_cast<UInt64>(text[pos] - '0');
            ++result.fraction_digits;
        }
        ++pos;
    }
}

/// 'Z', or '+'/'-' then hh, hh:mm or hhmm.
void readZoneOffset(std::string_view text, size_t & pos, ParsedDateTime & result)
{
    if (pos >= text.size())
        return;
    if (text[pos] == 'Z')
    {
        ++pos;
        result.has_offset = true;
        result.offset_seconds = 0;
        return;
    }
    if (text[pos] != '+' && text[pos] != '-')
        return;
    size_t cursor = pos + 1;
    Int32 hours = 0, minutes = 0;
    if (!readExactDigits(text, cursor, 2, hours))
        return;
    if (cursor < text.size() && text[cursor] == ':')
    {
        ++cursor;
        if (!readExactDigits(text, cursor, 2, minutes))
            return;
    }
    else if (cursor + 1 < text.size() && isDigit(text[cursor]))
    {
        if (!readExactDigits(text, cursor, 2, minutes))
            return;
    }
    result.has_offset = true;
    result.offset_seconds = (text[pos] == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
    pos = cursor;
}

/// ' ' or 'T', hh:mm[:ss], a fraction and a zone offset, if present.
void readTimePart(std::string_view text, size_t & pos, ParsedDateTime & result)
{
    if (pos + 1 >= text.size() || (text[pos] != ' ' && text[pos] != 'T') || !isDigit(text[pos + 1]))
        return;
    size_t cursor = pos + 1;
    Int32 hour, minute, second;
    if (!readExactDigits(text, cursor, 2, hour) || cursor >= text.size() || text[cursor] != ':'
        || !readExactDigits(text, ++cursor, 2, minute) || cursor >= text.size() || text[cursor] != ':'
        || !readExactDigits(text, ++cursor, 2, second))
    {
        result.bad_time_position = pos + 1;
        return;
    }
    result.hour = hour;
    result.minute = minute;
    result.second = second;
    pos = cursor;
    readFraction(text, pos, result);
    readZoneOffset(text, pos, result);
}

/// YYYY, a non-digit separator, M or MM, a separator, D or DD.
bool readSeparatedDate(std::string_view text, size_t & pos, ParsedDateTime & result)
{
    size_t cursor = pos;
    if (!readExactDigits(text, cursor, 4, result.year))
        return false;
    if (cursor >= text.size() || isDigit(text[cursor]))
        return false;
    ++cursor;
    if (!readNumber(text, cursor, 2, result.month) || cursor >= text.size() || isDigit(text[cursor]))
        return false;
    ++cursor;
    if (!readNumber(text, cursor, 2, result.day))
        return false;
    pos = cursor;
    return true;
}

[[noreturn]] void throwTrailing(std::string_view text, size_t consumed, std::string_view type_name)
{
    throw Exception(
        ErrorCodes::CANNOT_PARSE_TEXT, "Cannot parse string '{}' as {}: syntax error at position {} (parsed just '{}')", text, type_name,
        consumed, text.substr(0, consumed));
}
}

Int64 decimalScaleMultiplier(UInt32 scale)
{
    static constexpr Int64 powers[19] = { 1LL,
                                          10LL,
                                          100LL,
                                          1000LL,
                                          10000LL,
                                          100000LL,
                                          1000000LL,
                                          10000000LL,
                                          100000000LL,
                                          1000000000LL,
                                          10000000000LL,
                                          100000000000LL,
                                          1000000000000LL,
                                          10000000000000LL,
                                          100000000000000LL,
                                          1000000000000000LL,
                                          10000000000000000LL,
                                          100000000000000000LL,
                                          1000000000000000000LL };
    return powers[scale];
}

size_t parseDateText(std::string_view text, ParsedDateTime & result)
{
    result = ParsedDateTime {};
    size_t pos = 0;
    if (readSeparatedDate(text, pos, result))
    {
        readTimePart(text, pos, result);
        return pos;
    }
    /// YYYYMMDD
    if (text.size() >= 8 && (text.size() == 8 || !isDigit(text[8])) && readExactDigits(text, pos, 4, result.year)
        && readExactDigits(text, pos, 2, result.month) && readExactDigits(text, pos, 2, result.day))
        return pos;
    return 0;
}

size_t parseDateTimeText(std::string_view text, ParsedDateTime & result)
{
    result = ParsedDateTime {};
    if (text.size() >= 5 && !isDigit(text[4]))
    {
        size_t pos = 0;
        if (!readSeparatedDate(text, pos, result))
            return 0;
        readTimePart(text, pos, result);
        return pos;
    }
    size_t pos = 0;
    if (pos < text.size() && text[pos] == '-')
    {
        result.is_negative_timestamp = true;
        ++pos;
    }
    size_t digits_start = pos;
    UInt64 value = 0;
    while (pos < text.size() && isDigit(text[pos]))
    {
        if (pos - digits_start >= 18)
            return 0;
        value = value * 10 + static_cast<UInt64>(text[pos++] - '0');
    }
    if (pos - digits_start < 5)
        return 0;
    result.is_timestamp = true;
    result.timestamp = result.is_negative_timestamp ? -static_cast<Int64>(value) : static_cast<Int64>(value);
    readFraction(text, pos, result);
    return pos;
}

std::string_view readDateTimeToken(ReadBuffer & in, char (&buffer)[64])
{
    size_t size = 0;
    bool has_space = false;
    char c;
    while (size < sizeof(buffer) && in.peek(c))
    {
        /// One space can separate date and time; a second one ends the value.
        const bool allowed
            = isDigit(c) || c == '-' || c == ':' || c == '.' || c == '/' || (c == ' ' && !has_space) || c == 'T' || c == 'Z' || c == '+';
        if (!allowed)
            break;
        has_space |= c == ' ';
        buffer[size++] = c;
        in.advance(1);
    }
    /// A space that was not followed by a time is padding before the delimiter, not part of the value.
    if (size > 0 && buffer[size - 1] == ' ')
        --size;
    return { buffer, size };
}

std::string_view readDateTimeField(ReadBuffer & in, char (&buffer)[64], std::string_view quotes, bool & was_quoted)
{
    char c;
    was_quoted = in.peek(c) && quotes.find(c) != std::string_view::npos;
    if (!was_quoted)
        return readDateTimeToken(in, buffer);
    in.advance(1);
    /// The whole quoted value is the date: garbage inside the quotes is a date that does not
    /// parse (CANNOT_PARSE_DATETIME), not a malformed row.
    size_t size = 0;
    char next;
    while (in.peek(next) && next != c)
    {
        if (size + 1 >= sizeof(buffer))
            break;
        buffer[size++] = next;
        in.advance(1);
    }
    assertChar(c, in);
    return std::string_view(buffer, size);
}

std::string_view csvQuotes(bool allow_single_quotes, bool allow_double_quotes)
{
    if (allow_single_quotes && allow_double_quotes)
        return "\"'";
    if (allow_double_quotes)
        return "\"";
    return allow_single_quotes ? "'" : "";
}

bool tryParseInteger(std::string_view text, Int64 & value)
{
    size_t pos = 0;
    const bool negative = !text.empty() && text[0] == '-';
    if (negative)
        ++pos;
    if (pos == text.size() || text.size() - pos > 18)
        return false;
    UInt64 magnitude = 0;
    for (; pos < text.size(); ++pos)
    {
        if (!isDigit(text[pos]))
            return false;
        magnitude = magnitude * 10 + static_cast<UInt64>(text[pos] - '0');
    }
    value = negative ? -static_cast<Int64>(magnitude) : static_cast<Int64>(magnitude);
    return true;
}

Int32 readDateFromText(std::string_view text, Int32 error_day_num, bool whole, const char * type_name)
{
    ParsedDateTime parsed;
    const size_t consumed = parseDateText(text, parsed);
    if (consumed == 0)
    {
        if (text.size() < 10)
            throw Exception(ErrorCodes::CANNOT_PARSE_DATE, "Cannot parse date: value is too short: Cannot parse {} from String", type_name);
        throw Exception(ErrorCodes::CANNOT_PARSE_DATE, "Cannot parse date here: {}", text);
    }
    if (consumed != text.size())
    {
        if (whole)
            throwTrailing(text, consumed, type_name);
        throw Exception(ErrorCodes::CANNOT_PARSE_DATE, "Cannot parse date here: {}", text);
    }
    return DateLUT::makeDayNum(parsed.year, parsed.month, parsed.day, error_day_num);
}

Int64 readDateField(ReadBuffer & in, std::string_view quotes, bool allow_day_number, Int32 error_day_num, const char * type_name)
{
    char buffer[64];
    bool was_quoted;
    std::string_view text = readDateTimeField(in, buffer, quotes, was_quoted);
    Int64 day_num;
    if (allow_day_number && !was_quoted && tryParseInteger(text, day_num))
        return day_num;
    return readDateFromText(text, error_day_num, false, type_name);
}

Int64 readDateTimeFromText(std::string_view text, const DateLUT & zone, UInt32 scale, bool whole, const std::string & type_name)
{
    ParsedDateTime parsed;
    const size_t consumed = parseDateTimeText(text, parsed);
    if (parsed.bad_time_position)
        throw Exception(
            ErrorCodes::CANNOT_PARSE_DATETIME, "Cannot parse time component of DateTime {}", text.substr(parsed.bad_time_position, 8));
    if (consumed == 0 || (consumed != text.size() && !whole))
        throw Exception(ErrorCodes::CANNOT_PARSE_DATETIME, "Cannot parse DateTime: Cannot parse {} from String", type_name);
    if (consumed != text.size())
        throwTrailing(text, consumed, type_name);

    /// More than 10 digits cannot be seconds of a DateTime64: they are ticks (1700000000123).
    if (parsed.is_timestamp && parsed.fraction_digits == 0 && scale > 0
        && (parsed.timestamp >= 10000000000LL || parsed.timestamp <= -10000000000LL))
        return parsed.timestamp;
    Int64 seconds;
    if (parsed.is_timestamp)
        seconds = parsed.timestamp;
    else
    {
        const Int32 day_num = DateLUT::makeDayNum(parsed.year, parsed.month, parsed.day, 0);
        const Int64 seconds_of_day = Int64(parsed.hour) * 3600 + parsed.minute * 60 + parsed.second;
        seconds = parsed.has_offset ? Int64(day_num) * 86400 + seconds_of_day - parsed.offset_seconds
                                    : zone.makeDateTime(day_num, seconds_of_day);
    }

    Int64 fraction = 0;
    if (parsed.fraction_digits > scale)
        fraction = static_cast<Int64>(parsed.fraction) / decimalScaleMultiplier(parsed.fraction_digits - scale);
    else
        fraction = static_cast<Int64>(parsed.fraction) * decimalScaleMultiplier(scale - parsed.fraction_digits);
    const Int64 whole_part = seconds * decimalScaleMultiplier(scale);
    return parsed.is_negative_timestamp ? whole_part - fraction : whole_part + fraction;
}

namespace
{
void writeDigits(char * to, UInt32 value, size_t digits)
{
    for (size_t i = digits; i > 0; --i)
    {
        to[i - 1] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
}

void formatDate(Int32 day_num, char * to)
{
    Int32 year;
    UInt32 month, day;
    DateLUT::dayNumToCivil(day_num, year, month, day);
    writeDigits(to, static_cast<UInt32>(year), 4);
    to[4] = '-';
    writeDigits(to + 5, month, 2);
    to[7] = '-';
    writeDigits(to + 8, day, 2);
}
}

void writeDateText(Int32 day_num, WriteBuffer & out)
{
    char text[10];
    formatDate(day_num, text);
    out.write(text, sizeof(text));
}

void writeDateTimeText(Int64 t, const DateLUT & zone, WriteBuffer & out)
{
    char text[19];
    Int32 day_num;
    const UInt32 seconds = static_cast<UInt32>(zone.toDayNumAndSeconds(t, day_num));
    formatDate(day_num, text);
    text[10] = ' ';
    writeDigits(text + 11, seconds / 3600, 2);
    text[13] = ':';
    writeDigits(text + 14, seconds / 60 % 60, 2);
    text[16] = ':';
    writeDigits(text + 17, seconds % 60, 2);
    out.write(text, sizeof(text));
}

void writeDateTime64Text(Int64 raw, UInt32 scale, const DateLUT & zone, WriteBuffer & out)
{
    const Int64 multiplier = decimalScaleMultiplier(scale);
    Int64 seconds = raw / multiplier;
    Int64 fraction = raw % multiplier;
    /// Times before 1970 print the fraction of the second that begins before them.
    if (fraction < 0)
    {
        fraction += multiplier;
        --seconds;
    }
    writeDateTimeText(seconds, zone, out);
    if (scale == 0)
        return;
    char text[10];
    text[0] = '.';
    writeDigits(text + 1, static_cast<UInt32>(fraction), scale);
    out.write(text, scale + 1);
}
}
