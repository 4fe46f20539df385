// The cursor parseDateTime's formats (MySQL and Joda syntax) read one row with: numbers, names
// of months and weekdays in any case, literals, and ClickHouse's messages when a row fails.
#pragma once

#include <string_view>

#include <fmt/format.h>

#include "base/ErrorCodes.h"
#include "functions/DateTimeParts.h"

namespace datastore::functions
{
inline constexpr std::string_view kMonths[] = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"};
inline constexpr std::string_view kWeekdays[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

inline char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

inline bool equalsIgnoreCase(std::string_view text, std::string_view lowercase)
{
    if (text.size() != lowercase.size())
        return false;
    for (size_t i = 0; i < text.size(); ++i)
        if (lower(text[i]) != lowercase[i])
            return false;
    return true;
}

/// The cursor over one row, and the message of a failure when one is wanted.
class DateTimeTextReader
{
public:
    DateTimeTextReader(std::string_view text_, ParseError * error_) : text(text_), error(error_) {}

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

    /// Up to `max_digits` digits, at least one (Joda fields have no fixed width).
    bool readNumber(std::string_view fragment, size_t max_digits, Int32 & value)
    {
        size_t start = pos;
        value = 0;
        while (pos < text.size() && pos - start < max_digits && text[pos] >= '0' && text[pos] <= '9')
            value = value * 10 + (text[pos++] - '0');
        return pos > start || failFragment(fragment, "read number failed");
    }

    void skip(size_t count) { pos += count; }

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
}
