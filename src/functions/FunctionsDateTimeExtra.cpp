// More date and time functions: toUnixTimestamp64Milli/Micro/Nano and their inverses
// fromUnixTimestamp64*, and parseDateTimeBestEffort / parseDateTime64BestEffort (with -OrNull and
// -OrZero), which read ISO 8601 and the other common textual forms of a time.
#include <optional>

#include "base/DateLUT.h"
#include "columns/ColumnNullable.h"
#include "functions/FunctionFactory.h"
#include "functions/FunctionHelpers.h"
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
                out[i] = in[i] * multiplier;
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

/// Reads the forms ClickHouse's best-effort parser meets most: 'YYYY-MM-DD[( |T)hh:mm[:ss[.f]]]'
/// with '-', '/' or '.' between the date parts, 'DD/MM/YYYY', 'YYYYMMDD[hhmmss]', a unix
/// timestamp with an optional fraction, then an optional 'Z', 'UTC' or +hh[:mm] offset.
/// Without an offset the time is local to `zone`. Returns nothing for text it cannot read.
class BestEffortParser
{
public:
    BestEffortParser(std::string_view text_, const DateLUT & zone_) : text(text_), zone(zone_) {}

    std::optional<ParsedTime> parse()
    {
        skipSpaces();
        size_t digits = countDigits();
        if (digits == 0)
            return {};
        if (pos + digits == text.size() || text[pos + digits] == '.')
        {
            if (digits == 8 || digits == 14)
                return parseCompact(digits);
            if (pos + digits == text.size() || allDigitsAfterPoint(pos + digits + 1))
                return parseTimestamp(digits);
        }
        Int64 year = 0;
        Int64 month = 0;
        Int64 day = 0;
        if (digits == 4)
        {
            year = number(4);
            char sep = peek();
            if (sep != '-' && sep != '/' && sep != '.')
                return {};
            ++pos;
            month = number(countDigits());
            if (peek() != sep)
                return {};
            ++pos;
            day = number(countDigits());
        }
        else if (digits <= 2)
        {
            day = number(digits);
            char sep = peek();
            if (sep != '-' && sep != '/' && sep != '.')
                return {};
            ++pos;
            month = number(countDigits());
            if (peek() != sep)
                return {};
            ++pos;
            if (countDigits() != 4)
                return {};
            year = number(4);
        }
        else
            return {};
        if (month < 1 || month > 12 || day < 1 || day > DateLUT::daysInMonth(static_cast<Int32>(year), static_cast<UInt32>(month)))
            return {};

        Int64 seconds_of_day = 0;
        Int64 nanoseconds = 0;
        size_t before_separator = pos;
        if (peek() == 'T' || peek() == ' ')
        {
            ++pos;
            skipSpaces();
        }
        if (countDigits() > 0 && countDigits() <= 2 && pos + countDigits() < text.size() && text[pos + countDigits()] == ':')
        {
            Int64 hour = number(countDigits());
            ++pos;
            if (countDigits() == 0 || countDigits() > 2)
                return {};
            Int64 minute = number(countDigits());
            Int64 second = 0;
            if (peek() == ':')
            {
                ++pos;
                if (countDigits() == 0 || countDigits() > 2)
                    return {};
                second = number(countDigits());
                if (peek() == '.' || peek() == ',')
                {
                    ++pos;
                    nanoseconds = fraction();
                }
            }
            if (hour > 23 || minute > 59 || second > 59)
                return {};
            seconds_of_day = hour * 3600 + minute * 60 + second;
        }
        else
            pos = before_separator;

        skipSpaces();
        std::optional<Int64> offset = zoneOffset();
        skipSpaces();
        if (pos != text.size())
            return {};
        Int32 day_num = DateLUT::civilToDayNum(static_cast<Int32>(year), static_cast<UInt32>(month), static_cast<UInt32>(day));
        Int64 seconds = offset ? static_cast<Int64>(day_num) * 86400 + seconds_of_day - *offset : zone.makeDateTime(day_num, seconds_of_day);
        return ParsedTime{seconds, nanoseconds};
    }

private:
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
        Int64 month = number(2);
        Int64 day = number(2);
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

    /// Seconds east of UTC for 'Z', 'UTC', 'GMT' or +hh[[:]mm]; nothing when none is written.
    std::optional<Int64> zoneOffset()
    {
        if (peek() == 'Z')
        {
            ++pos;
            return 0;
        }
        if (text.substr(pos, 3) == "UTC" || text.substr(pos, 3) == "GMT")
        {
            pos += 3;
            return 0;
        }
        if (peek() != '+' && peek() != '-')
            return {};
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
            if (peek() == ':' && pos + 1 < text.size())
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
    size_t pos = 0;
};

enum class ParseMode
{
    Throw,
    OrZero,
    OrNull,
};

/// parseDateTimeBestEffort(s[, zone]) -> DateTime and parseDateTime64BestEffort(s[, P[, zone]])
/// -> DateTime64(P), P = 3 by default.
class FunctionParseDateTimeBestEffort final : public IFunction
{
public:
    FunctionParseDateTimeBestEffort(std::string name_, bool is_64_, ParseMode mode_, const FunctionContext & context_)
        : name(std::move(name_)), is_64(is_64_), mode(mode_), context(context_)
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
        auto null_map = ColumnUInt8::create(rows, 0);
        auto date_times = ColumnUInt32::create(is_64 ? 0 : rows);
        auto ticks = ColumnInt64::create(is_64 ? rows : 0);
        for (size_t i = 0; i < rows; ++i)
        {
            std::string_view text = strings->getDataAt(i);
            std::optional<ParsedTime> parsed = BestEffortParser(text, zone).parse();
            if (!parsed)
            {
                if (mode == ParseMode::Throw)
                    throw Exception(ErrorCodes::CANNOT_PARSE_DATETIME, "Cannot read DateTime: unexpected text '{}'", text);
                null_map->getData()[i] = 1;
                parsed = ParsedTime{};
            }
            if (is_64)
                ticks->getData()[i] = parsed->seconds * multiplier + parsed->nanoseconds / divisor;
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
    ParseMode mode;
    FunctionContext context;
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
        for (auto [suffix, mode] : {std::pair{"", ParseMode::Throw}, std::pair{"OrZero", ParseMode::OrZero}, std::pair{"OrNull", ParseMode::OrNull}})
        {
            std::string name = std::string(is_64 ? "parseDateTime64BestEffort" : "parseDateTimeBestEffort") + suffix;
            factory.registerFunction(name, [name, is_64, mode](const FunctionContext & context)
            {
                return std::make_shared<FunctionParseDateTimeBestEffort>(name, is_64, mode, context);
            });
        }
}
}
