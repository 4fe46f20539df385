// Date and time functions: parts of a date or time (toYear ... toSecond, toYYYYMM), rounding
// down (toStartOfDay ... toStartOfYear, toMonday, toStartOfWeek), calendar arithmetic
// (addDays ... subtractYears, dateAdd), dateDiff, toUnixTimestamp and the clock (now, now64,
// today). Times are read in the zone of their type, or of a constant time zone argument, as
// ClickHouse does; local calendar work goes through DateLUT.
#include <chrono>
#include <optional>

#include "base/DateLUT.h"
#include "columns/ColumnString.h"
#include "functions/CastColumn.h"
#include "functions/FunctionFactory.h"
#include "functions/DateTimeHelpers.h"
#include "functions/FunctionHelpers.h"
#include "functions/registerFunctions.h"
#include "types/DataTypeDateTime.h"
#include "types/DataTypeDateTime64.h"

namespace datastore::functions
{
namespace
{
using enum FunctionFactory::CaseSensitiveness;

/// A function of one date or time (plus an optional mode and time zone) giving one number per row.
class FunctionDateTimeTransform final : public IFunction
{
public:
    enum class Kind
    {
        Year,
        Quarter,
        Month,
        DayOfMonth,
        DayOfWeek,
        DayOfYear,
        ISOWeek,
        ISOYear,
        LastDayOfMonth,
        Hour,
        Minute,
        Second,
        Millisecond,
        YYYYMM,
        YYYYMMDD,
        YYYYMMDDhhmmss,
        StartOfDay,
        StartOfHour,
        StartOfMinute,
        StartOfFiveMinutes,
        StartOfTenMinutes,
        StartOfFifteenMinutes,
        Monday,
        StartOfWeek,
        LastDayOfWeek,
        StartOfISOYear,
        StartOfMonth,
        StartOfQuarter,
        StartOfYear,
        UnixTimestamp,
    };

    FunctionDateTimeTransform(std::string name_, Kind kind_, const FunctionContext & context_)
        : name(std::move(name_)), kind(kind_), context(context_)
    {
    }
    std::string getName() const override { return name; }
    std::vector<size_t> getArgumentsThatAreAlwaysConstant() const override { return {1, 2}; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        size_t max_arguments = hasModeArgument() ? 3 : 2;
        checkArgumentCountBetween(name, arguments.size(), 1, max_arguments);
        TypeIndex type = arguments[0].type->getTypeId();
        bool needs_time = isTimeOfDayKind();
        /// toUnixTimestamp also reads a time from text (in the zone argument) and takes a number as toUInt32.
        bool converts = kind == Kind::UnixTimestamp && (isStringOrFixedString(*arguments[0].type) || isNumber(*arguments[0].type));
        if (!converts && !(isTimeType(type) || (!needs_time && isDateType(type))))
            throw Exception(
                ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal argument of type {} for function {}", arguments[0].type->getName(), name);
        if (hasModeArgument() && arguments.size() >= 2 && !isInteger(*arguments[1].type))
            throwIllegalType(name, *arguments[1].type, 2);
        if (hasModeArgument() && arguments.size() >= 2)
            checkConstantArgument(name, arguments[1], 1);
        size_t zone_position = zonePosition();
        if (zone_position < arguments.size() && !isStringOrFixedString(*arguments[zone_position].type))
            throwIllegalType(name, *arguments[zone_position].type, zone_position + 1);

        switch (kind)
        {
            case Kind::Year:
            case Kind::DayOfYear:
            case Kind::ISOYear:
            case Kind::Millisecond: return typeByName("UInt16");
            case Kind::YYYYMM:
            case Kind::YYYYMMDD:
            case Kind::UnixTimestamp: return typeByName("UInt32");
            case Kind::YYYYMMDDhhmmss: return typeByName("UInt64");
            case Kind::Monday:
            case Kind::StartOfWeek:
            case Kind::LastDayOfWeek:
            case Kind::StartOfISOYear:
            case Kind::LastDayOfMonth:
            case Kind::StartOfMonth:
            case Kind::StartOfQuarter:
            case Kind::StartOfYear: return typeByName("Date");
            case Kind::StartOfDay:
            case Kind::StartOfHour:
            case Kind::StartOfMinute:
            case Kind::StartOfFiveMinutes:
            case Kind::StartOfTenMinutes:
            case Kind::StartOfFifteenMinutes:
                return std::make_shared<DataTypeDateTime>(explicitZoneName(arguments, 0, zone_position));
            default: return typeByName("UInt8");
        }
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        const DateLUT & zone = zoneFor(arguments, 0, zonePosition(), context);
        const auto & argument = arguments[0];
        auto civil = [](Int32 day, Int32 & year, UInt32 & month, UInt32 & day_of_month) { DateLUT::dayNumToCivil(day, year, month, day_of_month); };

        switch (kind)
        {
            case Kind::Year:
                return byDay<UInt16>(argument, rows, zone, [&](Int32 d) { Int32 y; UInt32 m, dd; civil(d, y, m, dd); return static_cast<UInt16>(y); });
            case Kind::Quarter:
                return byDay<UInt8>(argument, rows, zone, [&](Int32 d) { Int32 y; UInt32 m, dd; civil(d, y, m, dd); return static_cast<UInt8>((m - 1) / 3 + 1); });
            case Kind::Month:
                return byDay<UInt8>(argument, rows, zone, [&](Int32 d) { Int32 y; UInt32 m, dd; civil(d, y, m, dd); return static_cast<UInt8>(m); });
            case Kind::DayOfMonth:
                return byDay<UInt8>(argument, rows, zone, [&](Int32 d) { Int32 y; UInt32 m, dd; civil(d, y, m, dd); return static_cast<UInt8>(dd); });
            case Kind::DayOfWeek: {
                /// Mode 0: Monday = 1 .. Sunday = 7; 1: Monday = 0 .. 6; 2: Sunday = 0 .. 6; 3: Sunday = 1 .. 7.
                UInt8 mode = arguments.size() >= 2 ? static_cast<UInt8>(constantNumber<UInt64>(*arguments[1].column, arguments[1].type->getTypeId()) & 3) : 0;
                return byDay<UInt8>(argument, rows, zone, [mode](Int32 d)
                {
                    UInt8 dow = DateLUT::dayOfWeek(d);
                    return static_cast<UInt8>(mode == 0 ? dow : mode == 1 ? dow - 1 : mode == 2 ? dow % 7 : dow % 7 + 1);
                });
            }
            case Kind::DayOfYear:
                return byDay<UInt16>(argument, rows, zone, [](Int32 d) { return static_cast<UInt16>(dayOfYear(d)); });
            case Kind::ISOWeek:
                return byDay<UInt8>(argument, rows, zone, [](Int32 d) { return static_cast<UInt8>(isoWeek(d)); });
            case Kind::ISOYear:
                return byDay<UInt16>(argument, rows, zone, [](Int32 d) { return static_cast<UInt16>(isoYear(d)); });
            case Kind::LastDayOfMonth:
                /// As ClickHouse, a day past Date's end gives its end, while the end of June 2149
                /// wraps around past it.
                return byDay<UInt16>(argument, rows, zone, [&](Int32 d)
                {
                    if (d > DateLUT::kMaxDateDayNum)
                        return static_cast<UInt16>(DateLUT::kMaxDateDayNum);
                    Int32 y; UInt32 m, dd; civil(d, y, m, dd);
                    Int32 last = d - Int32(dd) + Int32(DateLUT::daysInMonth(y, m));
                    return last > DateLUT::kMaxDateDayNum ? static_cast<UInt16>(last) : clampDate(last);
                });
            case Kind::YYYYMM:
                return byDay<UInt32>(argument, rows, zone, [](Int32 d) { return DateLUT::toYYYYMM(d); });
            case Kind::YYYYMMDD:
                return byDay<UInt32>(argument, rows, zone, [](Int32 d) { return DateLUT::toYYYYMMDD(d); });
            case Kind::YYYYMMDDhhmmss: {
                auto result = ColumnUInt64::create(rows);
                forEachRow(argument, rows, result->getData().data(),
                    [](Int32 d) { return UInt64(DateLUT::toYYYYMMDD(d)) * 1000000; },
                    [&](Int64 t)
                    {
                        Int32 d;
                        const Int64 seconds = zone.toDayNumAndSeconds(t, d);
                        return UInt64(DateLUT::toYYYYMMDD(d)) * 1000000 + UInt64(seconds / 3600 * 10000 + seconds / 60 % 60 * 100 + seconds % 60);
                    });
                return result;
            }
            case Kind::Monday:
                return byDay<UInt16>(argument, rows, zone, [](Int32 d) { return clampDate(DateLUT::toFirstDayNumOfWeek(d, 1)); });
            case Kind::StartOfWeek: {
                UInt8 mode = arguments.size() >= 2 ? static_cast<UInt8>(constantNumber<UInt64>(*arguments[1].column, arguments[1].type->getTypeId())) : 0;
                return byDay<UInt16>(argument, rows, zone, [mode](Int32 d) { return clampDate(DateLUT::toFirstDayNumOfWeek(d, mode)); });
            }
            case Kind::LastDayOfWeek: {
                UInt8 mode = arguments.size() >= 2 ? static_cast<UInt8>(constantNumber<UInt64>(*arguments[1].column, arguments[1].type->getTypeId())) : 0;
                return byDay<UInt16>(argument, rows, zone, [mode](Int32 d) { return clampDate(DateLUT::toFirstDayNumOfWeek(d, mode) + 6); });
            }
            case Kind::StartOfISOYear:
                /// The Monday of ISO week 1: the week holding January 4th. As ClickHouse, a day past
                /// Date's end counts as its last day (2149-06-06, in ISO year 2149).
                return byDay<UInt16>(argument, rows, zone, [](Int32 d)
                {
                    d = std::min<Int32>(d, DateLUT::kMaxDateDayNum);
                    return clampDate(DateLUT::toFirstDayNumOfWeek(DateLUT::civilToDayNum(isoYear(d), 1, 4), 1));
                });
            case Kind::StartOfMonth:
                return byDay<UInt16>(argument, rows, zone, [](Int32 d) { return clampDate(DateLUT::toFirstDayNumOfMonth(d)); });
            case Kind::StartOfQuarter:
                return byDay<UInt16>(argument, rows, zone, [](Int32 d) { return clampDate(DateLUT::toFirstDayNumOfQuarter(d)); });
            case Kind::StartOfYear:
                return byDay<UInt16>(argument, rows, zone, [](Int32 d) { return clampDate(DateLUT::toFirstDayNumOfYear(d)); });
            case Kind::Hour:
                return byTime<UInt8>(argument, rows, [&](Int64 t) { return zone.toHour(t); });
            case Kind::Minute:
                return byTime<UInt8>(argument, rows, [&](Int64 t) { return zone.toMinute(t); });
            case Kind::Second:
                return byTime<UInt8>(argument, rows, [&](Int64 t) { return zone.toSecond(t); });
            case Kind::Millisecond:
                return millisecondsOf(argument, rows);
            case Kind::StartOfDay: {
                if (argument.type->getTypeId() == TypeIndex::DateTime64)
                    return startOfTime(argument, rows, [&](Int64 t) { return zone.toStartOfDay(t); });
                auto result = ColumnUInt32::create(rows);
                /// A Date (not a Date32) or a DateTime has the saturated days.
                const bool saturates = argument.type->getTypeId() == TypeIndex::Date;
                forEachRow(argument, rows, result->getData().data(),
                    [&](Int32 d) { return clampDateTime(saturates ? startOfDayFromEpoch(zone, d) : zone.fromDayNum(d)); },
                    [&](Int64 t) { return clampDateTime(startOfDayFromEpoch(zone, zone.toDayNum(t))); });
                return result;
            }
            case Kind::StartOfHour:
                return startOfTime(argument, rows, [&](Int64 t) { return zone.toStartOfHour(t); });
            case Kind::StartOfMinute:
                return startOfTime(argument, rows, [&](Int64 t) { return zone.toStartOfMinute(t); });
            case Kind::StartOfFiveMinutes:
                return startOfTime(argument, rows, [&](Int64 t) { return zone.toStartOfMinuteInterval(t, 5); });
            case Kind::StartOfTenMinutes:
                return startOfTime(argument, rows, [&](Int64 t) { return zone.toStartOfMinuteInterval(t, 10); });
            case Kind::StartOfFifteenMinutes:
                return startOfTime(argument, rows, [&](Int64 t) { return zone.toStartOfMinuteInterval(t, 15); });
            case Kind::UnixTimestamp:
                return unixTimestamps(argument, rows, zone);
        }
        throw Exception(ErrorCodes::LOGICAL_ERROR, "Unexpected kind of function {}", name);
    }

private:
    bool isTimeOfDayKind() const
    {
        return kind == Kind::Hour || kind == Kind::Minute || kind == Kind::Second || kind == Kind::Millisecond || kind == Kind::StartOfHour
            || kind == Kind::StartOfMinute || kind == Kind::StartOfFiveMinutes || kind == Kind::StartOfTenMinutes
            || kind == Kind::StartOfFifteenMinutes;
    }
    bool hasModeArgument() const { return kind == Kind::StartOfWeek || kind == Kind::LastDayOfWeek || kind == Kind::DayOfWeek; }
    size_t zonePosition() const { return hasModeArgument() ? 2 : 1; }

    /// Day-based results: Date rows directly, time rows through their local day.
    template <typename R, typename F>
    static ColumnPtr byDay(const ColumnWithTypeAndName & argument, size_t rows, const DateLUT & zone, F && f)
    {
        auto result = ColumnVector<R>::create(rows);
        forEachRow(argument, rows, result->getData().data(), f, [&](Int64 t) { return f(zone.toDayNum(t)); });
        return result;
    }

    template <typename R, typename F>
    static ColumnPtr byTime(const ColumnWithTypeAndName & argument, size_t rows, F && f)
    {
        auto result = ColumnVector<R>::create(rows);
        forEachRow(argument, rows, result->getData().data(), [](Int32) { return R{}; }, f);
        return result;
    }

    /// toStartOfHour ... toStartOfFifteenMinutes (and toStartOfDay of a DateTime64): as ClickHouse,
    /// a DateTime64 is read as its whole seconds truncated toward zero, and the start is cut to a
    /// DateTime's 32 bits, so one before 1970 or after 2106 wraps around.
    template <typename F>
    static ColumnPtr startOfTime(const ColumnWithTypeAndName & argument, size_t rows, F && start)
    {
        if (argument.type->getTypeId() != TypeIndex::DateTime64)
            return byTime<UInt32>(argument, rows, [&](Int64 t) { return clampDateTime(start(t)); });
        auto result = ColumnUInt32::create(rows);
        auto & out = result->getData();
        ColumnPtr column = argument.column->convertToFullColumnIfConst();
        const auto & values = column->assertCast<ColumnInt64>().getData();
        const Int64 multiplier = powerOf10(argument.type->as<DataTypeDateTime64>()->getScale());
        for (size_t i = 0; i < rows; ++i)
            out[i] = static_cast<UInt32>(start(values[i] / multiplier));
        return result;
    }

    /// toUnixTimestamp, as ClickHouse converts to UInt32: text is read as a DateTime in `zone`, a
    /// number converts as toUInt32, a date gives its UTC midnight (whatever the zone) wrapped
    /// around 32 bits, and a DateTime64
    /// (its seconds truncated toward zero) out of UInt32's range is DECIMAL_OVERFLOW.
    static ColumnPtr unixTimestamps(const ColumnWithTypeAndName & argument, size_t rows, const DateLUT & zone)
    {
        if (isStringOrFixedString(*argument.type))
            return castColumn(argument.column, argument.type, std::make_shared<DataTypeDateTime>(zone.getTimeZone()));
        if (isNumber(*argument.type))
            return castColumn(argument.column, argument.type, typeByName("UInt32"));
        auto result = ColumnUInt32::create(rows);
        auto & out = result->getData();
        if (argument.type->getTypeId() == TypeIndex::DateTime64)
        {
            ColumnPtr column = argument.column->convertToFullColumnIfConst();
            const auto & values = column->assertCast<ColumnInt64>().getData();
            const Int64 multiplier = powerOf10(argument.type->as<DataTypeDateTime64>()->getScale());
            for (size_t i = 0; i < rows; ++i)
            {
                const Int64 seconds = values[i] / multiplier;
                if (seconds < 0 || seconds > 0xFFFFFFFFLL)
                    throw Exception(ErrorCodes::DECIMAL_OVERFLOW, "Convert overflow");
                out[i] = static_cast<UInt32>(seconds);
            }
            return result;
        }
        forEachRow(argument, rows, out.data(), [](Int32 d) { return static_cast<UInt32>(Int64(d) * 86400); },
            [](Int64 t) { return static_cast<UInt32>(t); });
        return result;
    }

    /// toMillisecond: the millisecond within the second (of the second a time before 1970 falls
    /// in); a DateTime has none, so 0. No zone has a sub-second offset, so the zone is not read.
    static ColumnPtr millisecondsOf(const ColumnWithTypeAndName & argument, size_t rows)
    {
        if (argument.type->getTypeId() != TypeIndex::DateTime64)
            return ColumnUInt16::create(rows, 0);
        auto result = ColumnUInt16::create(rows);
        auto & out = result->getData();
        ColumnPtr column = argument.column->convertToFullColumnIfConst();
        const auto & values = column->assertCast<ColumnInt64>().getData();
        const UInt32 scale = argument.type->as<DataTypeDateTime64>()->getScale();
        const Int64 multiplier = powerOf10(scale);
        const Int64 divisor = scale >= 3 ? powerOf10(scale - 3) : 1;
        const Int64 factor = scale >= 3 ? 1 : powerOf10(3 - scale);
        for (size_t i = 0; i < rows; ++i)
        {
            const Int64 fraction = values[i] - floorDiv(values[i], multiplier) * multiplier;
            out[i] = static_cast<UInt16>(fraction / divisor * factor);
        }
        return result;
    }

    std::string name;
    Kind kind;
    FunctionContext context;
};

enum class Unit
{
    Nanosecond,
    Microsecond,
    Millisecond,
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Quarter,
    Year,
};

/// The unit names dateDiff and dateAdd accept (case-insensitive), or false.
bool parseUnit(std::string_view text, Unit & unit)
{
    std::string lower;
    for (char c : text)
        lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    static const std::pair<const char *, Unit> names[] = {
        {"nanosecond", Unit::Nanosecond}, {"nanoseconds", Unit::Nanosecond}, {"ns", Unit::Nanosecond},
        {"microsecond", Unit::Microsecond}, {"microseconds", Unit::Microsecond}, {"us", Unit::Microsecond}, {"u", Unit::Microsecond},
        {"millisecond", Unit::Millisecond}, {"milliseconds", Unit::Millisecond}, {"ms", Unit::Millisecond},
        {"second", Unit::Second}, {"seconds", Unit::Second}, {"ss", Unit::Second}, {"s", Unit::Second},
        {"minute", Unit::Minute}, {"minutes", Unit::Minute}, {"mi", Unit::Minute}, {"n", Unit::Minute},
        {"hour", Unit::Hour}, {"hours", Unit::Hour}, {"hh", Unit::Hour}, {"h", Unit::Hour},
        {"day", Unit::Day}, {"days", Unit::Day}, {"dd", Unit::Day}, {"d", Unit::Day},
        {"week", Unit::Week}, {"weeks", Unit::Week}, {"wk", Unit::Week}, {"ww", Unit::Week},
        {"month", Unit::Month}, {"months", Unit::Month}, {"mm", Unit::Month}, {"m", Unit::Month},
        {"quarter", Unit::Quarter}, {"quarters", Unit::Quarter}, {"qq", Unit::Quarter}, {"q", Unit::Quarter},
        {"year", Unit::Year}, {"years", Unit::Year}, {"yyyy", Unit::Year}, {"yy", Unit::Year},
    };
    for (const auto & [name, value] : names)
        if (lower == name)
        {
            unit = value;
            return true;
        }
    return false;
}

/// A date or time row seen as a local calendar position, for dateDiff and age.
struct LocalPoint
{
    Int64 seconds; /// unix time
    Int64 nanoseconds; /// fraction of the second (DateTime64), 0..999999999
    Int64 hour_num; /// ClickHouse's stable relative hour number (see points())
    Int64 seconds_of_day; /// local clock
    Int32 day_num;
    Int64 ticks; /// the DateTime64 value as stored, else unix time
    Int64 ticks_per_second;
};

/// ClickHouse's DATE_LUT_ADD: seconds from 1900 to 1970 (counted as 366-day years), which keeps
/// its relative hour numbers positive so that integer division floors them.
constexpr Int64 kLutAdd = Int64(1970 - 1900) * 366 * 86400;

constexpr Int64 kNanosecondsPerSecond = 1000000000;

/// dateDiff('unit', a, b[, zone]): how many unit boundaries lie between a and b in local
/// calendar terms (ClickHouse's toRelative*Num(b) - toRelative*Num(a)); Int64.
/// age('unit', a, b[, zone]): how many whole units have elapsed from a to b: the boundary count,
/// one nearer zero when the parts below the unit (month in quarter, day of month, clock time,
/// fraction) of the later one have not come round yet; for weeks, as ClickHouse, the day of the
/// week of a is compared with b's whichever comes first.
class FunctionDateDiff final : public IFunction
{
public:
    FunctionDateDiff(std::string name_, bool is_age_, const FunctionContext & context_)
        : name(std::move(name_)), is_age(is_age_), context(context_)
    {
    }
    std::string getName() const override { return name; }
    std::vector<size_t> getArgumentsThatAreAlwaysConstant() const override { return {0, 3}; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCountBetween(name, arguments.size(), 3, 4);
        if (!isStringOrFixedString(*arguments[0].type))
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "First argument for function {} (unit) must be String", name);
        for (size_t i = 1; i < 3; ++i)
            if (!isDateOrDateTime(*arguments[i].type))
                throw Exception(
                    ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                    "{} argument for function {} must be Date, Date32, DateTime or DateTime64",
                    i == 1 ? "Second" : "Third",
                    name);
        if (arguments.size() == 4 && !isStringOrFixedString(*arguments[3].type))
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Fourth argument for function {} (timezone) must be String", name);
        return typeByName("Int64");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        std::string_view unit_text = arguments[0].column->getDataAt(0);
        Unit unit;
        if (!parseUnit(unit_text, unit))
            throw Exception(ErrorCodes::BAD_ARGUMENTS, "Function {} does not support '{}' unit", name, unit_text);
        std::vector<LocalPoint> from = points(arguments, 1, rows);
        std::vector<LocalPoint> to = points(arguments, 2, rows);
        auto result = ColumnInt64::create(rows);
        auto & out = result->getData();
        if (!is_age)
        {
            for (size_t i = 0; i < rows; ++i)
                out[i] = relative(unit, to[i]) - relative(unit, from[i]);
            return result;
        }
        for (size_t i = 0; i < rows; ++i)
            out[i] = elapsed(unit, from[i], to[i]);
        return result;
    }

private:
    std::vector<LocalPoint> points(const ColumnsWithTypeAndName & arguments, size_t position, size_t rows) const
    {
        const DateLUT & zone = zoneFor(arguments, position, 3, context);
        /// Hours count on a grid shifted by the zone's offset at the epoch, not the current one,
        /// so a DST change does not add or remove an hour (ClickHouse's toStableRelativeHourNum:
        /// it shifts by a day minus that offset, so zones differ by twice their offsets).
        const Int64 hour_shift = kLutAdd + 86400 - zone.getOffsetAtTime(0);
        std::vector<LocalPoint> result(rows);
        auto of_time = [&](Int64 t, Int64 nanoseconds, Int64 ticks, Int64 ticks_per_second)
        {
            Int32 day_num;
            Int64 seconds_of_day = zone.toDayNumAndSeconds(t, day_num);
            Int64 hour_num = floorDiv(t + hour_shift, 3600) - kLutAdd / 3600;
            return LocalPoint{t, nanoseconds, hour_num, seconds_of_day, day_num, ticks, ticks_per_second};
        };
        const auto & argument = arguments[position];
        if (const auto * date_time64 = argument.type->as<DataTypeDateTime64>())
        {
            ColumnPtr column = argument.column->convertToFullColumnIfConst();
            const auto & values = column->assertCast<ColumnInt64>().getData();
            Int64 multiplier = powerOf10(date_time64->getScale());
            Int64 to_nanoseconds = kNanosecondsPerSecond / multiplier;
            for (size_t i = 0; i < rows; ++i)
            {
                Int64 whole = floorDiv(values[i], multiplier);
                result[i] = of_time(whole, (values[i] - whole * multiplier) * to_nanoseconds, values[i], multiplier);
            }
            return result;
        }
        forEachRow(
            argument, rows, result.data(),
            [&](Int32 d) { return of_time(zone.fromDayNum(d), 0, zone.fromDayNum(d), 1); },
            [&](Int64 t) { return of_time(t, 0, t, 1); });
        return result;
    }

    static Int64 relative(Unit unit, const LocalPoint & p)
    {
        Int32 year;
        UInt32 month;
        UInt32 day;
        switch (unit)
        {
            case Unit::Nanosecond: return inTicks(p, kNanosecondsPerSecond);
            case Unit::Microsecond: return inTicks(p, 1000000);
            case Unit::Millisecond: return inTicks(p, 1000);
            case Unit::Second: return p.seconds;
            case Unit::Minute: return floorDiv(p.seconds, 60);
            case Unit::Hour: return p.hour_num;
            case Unit::Day: return p.day_num;
            /// Weeks start on Monday; as ClickHouse, the division truncates (before 1970 too).
            case Unit::Week: return (Int64(p.day_num) + 8 - DateLUT::dayOfWeek(p.day_num)) / 7;
            case Unit::Month: DateLUT::dayNumToCivil(p.day_num, year, month, day); return Int64(year) * 12 + month - 1;
            case Unit::Quarter: DateLUT::dayNumToCivil(p.day_num, year, month, day); return Int64(year) * 4 + (month - 1) / 3;
            case Unit::Year: DateLUT::dayNumToCivil(p.day_num, year, month, day); return year;
        }
        return 0;
    }

    /// The time in units of 1 / `per_second` s, as ClickHouse rescales a DateTime64's value:
    /// a finer unit multiplies, a coarser one divides toward zero.
    static Int64 inTicks(const LocalPoint & p, Int64 per_second)
    {
        return p.ticks_per_second >= per_second ? p.ticks / (p.ticks_per_second / per_second) : p.ticks * (per_second / p.ticks_per_second);
    }

    /// The parts of a point below `unit`, as one number ordered as they are.
    static Int64 belowUnit(Unit unit, const LocalPoint & p)
    {
        switch (unit)
        {
            case Unit::Nanosecond: return 0;
            case Unit::Microsecond: return p.nanoseconds % 1000;
            case Unit::Millisecond: return p.nanoseconds % 1000000;
            case Unit::Second: return p.nanoseconds;
            case Unit::Minute: return p.seconds_of_day % 60 * kNanosecondsPerSecond + p.nanoseconds;
            case Unit::Hour: return p.seconds_of_day % 3600 * kNanosecondsPerSecond + p.nanoseconds;
            default: {
                Int32 year;
                UInt32 month;
                UInt32 day;
                DateLUT::dayNumToCivil(p.day_num, year, month, day);
                /// Below a month the day of month counts too (Jan 31 to Feb 28 is no whole month),
                /// below a quarter the month in the quarter, below a year the month.
                Int64 months = unit == Unit::Year ? month : unit == Unit::Quarter ? (month - 1) % 3 : 0;
                Int64 days = unit == Unit::Month || unit == Unit::Quarter || unit == Unit::Year ? months * 32 + day : 0;
                return (days * 86400 + p.seconds_of_day) * kNanosecondsPerSecond + p.nanoseconds;
            }
        }
    }

    static Int64 elapsed(Unit unit, const LocalPoint & from, const LocalPoint & to)
    {
        Int64 boundaries = relative(unit, to) - relative(unit, from);
        bool forward = from.seconds < to.seconds || (from.seconds == to.seconds && from.nanoseconds <= to.nanoseconds);
        const LocalPoint & first = forward ? from : to;
        const LocalPoint & second = forward ? to : from;
        bool not_round = belowUnit(unit, first) > belowUnit(unit, second);
        if (unit == Unit::Week)
        {
            UInt8 from_day = DateLUT::dayOfWeek(from.day_num);
            UInt8 to_day = DateLUT::dayOfWeek(to.day_num);
            not_round = from_day > to_day || (from_day == to_day && not_round);
        }
        if (!not_round)
            return boundaries;
        return forward ? boundaries - 1 : boundaries + 1;
    }

    std::string name;
    bool is_age;
    FunctionContext context;
};

/// addSeconds ... addYears and subtractSeconds ... subtractYears (also dateAdd/dateSub with a
/// unit argument): Date stays Date for calendar units and becomes DateTime for clock units;
/// DateTime and DateTime64 keep their type. Calendar units keep the local time of day.
class FunctionAddInterval final : public IFunction
{
public:
    FunctionAddInterval(std::string name_, std::optional<Unit> unit_, bool subtract_, const FunctionContext & context_)
        : name(std::move(name_)), fixed_unit(unit_), subtract(subtract_), context(context_)
    {
    }
    std::string getName() const override { return name; }
    std::vector<size_t> getArgumentsThatAreAlwaysConstant() const override
    {
        return fixed_unit ? std::vector<size_t>{2} : std::vector<size_t>{0, 3};
    }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        size_t offset = fixed_unit ? 0 : 1;
        checkArgumentCountBetween(name, arguments.size(), 2 + offset, 3 + offset);
        Unit unit = unitOf(arguments);
        const auto & date = arguments[datePosition()];
        const auto & delta = arguments[deltaPosition()];
        /// An Interval of the same unit counts as its Int64 (d + toIntervalDay(n) computes here);
        /// a float counts its whole units, truncated toward zero, as ClickHouse.
        if (!isNumber(*delta.type) && delta.type->getTypeId() != TypeIndex::Interval)
            throwIllegalType(name, *delta.type, deltaPosition() + 1);
        TypeIndex type = date.type->getTypeId();
        if (UInt32 unit_scale = subsecondScale(unit))
        {
            if (!isTimeType(type))
                throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "{} cannot be used with {}", name, date.type->getName());
            UInt32 scale = std::max(unit_scale, decimalScale(*date.type));
            return std::make_shared<DataTypeDateTime64>(scale, explicitZoneName(arguments, datePosition(), offset + 2));
        }
        bool clock_unit = unit == Unit::Second || unit == Unit::Minute || unit == Unit::Hour;
        switch (type)
        {
            case TypeIndex::Date:
                if (clock_unit)
                    return std::make_shared<DataTypeDateTime>(explicitZoneName(arguments, datePosition(), offset + 2));
                return date.type;
            case TypeIndex::Date32:
                /// A DateTime64(3), as in ClickHouse, so that the extended range stays.
                if (clock_unit)
                    return std::make_shared<DataTypeDateTime64>(3, explicitZoneName(arguments, datePosition(), offset + 2));
                return date.type;
            case TypeIndex::DateTime:
                return std::make_shared<DataTypeDateTime>(explicitZoneName(arguments, datePosition(), offset + 2));
            case TypeIndex::DateTime64:
                return std::make_shared<DataTypeDateTime64>(
                    date.type->as<DataTypeDateTime64>()->getScale(), explicitZoneName(arguments, datePosition(), offset + 2));
            default:
                throw Exception(
                    ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type {} of first argument of function {}", date.type->getName(), name);
        }
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const override
    {
        size_t offset = fixed_unit ? 0 : 1;
        Unit unit = unitOf(arguments);
        const auto & date = arguments[datePosition()];
        if (UInt32 unit_scale = subsecondScale(unit))
            return addSubseconds(arguments, unit_scale, decimalScale(*result_type), rows);
        const DateLUT & zone = zoneFor(arguments, datePosition(), offset + 2, context);
        TypeIndex delta_type = arguments[deltaPosition()].type->getTypeId();
        auto delta = numericOperand<Int64>(arguments[deltaPosition()].column, delta_type == TypeIndex::Interval ? TypeIndex::Int64 : delta_type);
        auto delta_at = [&](size_t i)
        {
            Int64 value = delta.is_const ? delta.constant : delta.data[i];
            return subtract ? -value : value;
        };
        Int64 multiplier = unitSeconds(unit);
        bool clock_unit = multiplier != 0;
        ColumnPtr column = date.column->convertToFullColumnIfConst();
        TypeIndex type = date.type->getTypeId();

        if (isDateType(type) && !clock_unit)
        {
            auto shift_day = [&](Int32 d, size_t i) { return shiftDay(d, unit, delta_at(i)); };
            if (type == TypeIndex::Date)
            {
                const auto & values = column->assertCast<ColumnUInt16>().getData();
                auto result = ColumnUInt16::create(rows);
                if (!byMonths(unit))
                {
                    for (size_t i = 0; i < rows; ++i)
                        result->getData()[i] = static_cast<UInt16>(shift_day(values[i], i));
                    return result;
                }
                /// As ClickHouse: months before 1970 give 1970-01-01, and after 2299 the calendar's
                /// last day, which wraps around past Date's end.
                for (size_t i = 0; i < rows; ++i)
                {
                    const Int32 day = shift_day(values[i], i);
                    result->getData()[i] = day < 0 ? 0 : static_cast<UInt16>(std::min(day, DateLUT::kMaxDayNum));
                }
                return result;
            }
            const auto & values = column->assertCast<ColumnInt32>().getData();
            auto result = ColumnInt32::create(rows);
            for (size_t i = 0; i < rows; ++i)
                result->getData()[i] = std::clamp<Int32>(shift_day(values[i], i), DateLUT::kMinDayNum, DateLUT::kMaxDayNum);
            return result;
        }

        auto shift_time = [&](Int64 t, size_t i)
        {
            if (clock_unit)
                return t + delta_at(i) * multiplier;
            Int32 day_num;
            Int64 seconds_of_day = zone.toDayNumAndSeconds(t, day_num);
            return zone.makeDateTime(shiftDay(day_num, unit, delta_at(i)), seconds_of_day);
        };

        if (type == TypeIndex::DateTime64)
        {
            const auto & values = column->assertCast<ColumnInt64>().getData();
            Int64 scale = powerOf10(date.type->as<DataTypeDateTime64>()->getScale());
            auto result = ColumnInt64::create(rows);
            for (size_t i = 0; i < rows; ++i)
            {
                Int64 whole = floorDiv(values[i], scale);
                Int64 fraction = values[i] - whole * scale;
                result->getData()[i] = shift_time(whole, i) * scale + fraction;
            }
            return result;
        }

        if (type == TypeIndex::Date32)
        {
            /// A Date32 plus a clock unit: from the date's midnight in the zone, in milliseconds.
            const auto & values = column->assertCast<ColumnInt32>().getData();
            auto result = ColumnInt64::create(rows);
            for (size_t i = 0; i < rows; ++i)
                result->getData()[i] = shift_time(zone.fromDayNum(values[i]), i) * 1000;
            return result;
        }

        auto result = ColumnUInt32::create(rows);
        if (type == TypeIndex::DateTime)
        {
            const auto & values = column->assertCast<ColumnUInt32>().getData();
            /// Months that reach before 1970 give the epoch, as ClickHouse.
            const bool saturates = byMonths(unit);
            for (size_t i = 0; i < rows; ++i)
            {
                const Int64 t = shift_time(values[i], i);
                result->getData()[i] = static_cast<UInt32>(saturates && t < 0 ? 0 : t);
            }
        }
        else
        {
            /// A Date plus a clock unit: from the date's midnight in the zone.
            const auto & values = column->assertCast<ColumnUInt16>().getData();
            for (size_t i = 0; i < rows; ++i)
                result->getData()[i] = static_cast<UInt32>(shift_time(zone.fromDayNum(values[i]), i));
        }
        return result;
    }

private:
    /// addDays(date, n[, zone]) and dateAdd('unit', n, date[, zone]).
    size_t datePosition() const { return fixed_unit ? 0 : 2; }
    size_t deltaPosition() const { return 1; }

    Unit unitOf(const ColumnsWithTypeAndName & arguments) const
    {
        if (fixed_unit)
            return *fixed_unit;
        const auto & unit_argument = arguments[0];
        if (!unit_argument.column || !unit_argument.column->isConst() || !isStringOrFixedString(*unit_argument.type))
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "First argument for function {} (unit) must be a constant String", name);
        std::string_view text = unit_argument.column->getDataAt(0);
        Unit unit;
        if (!parseUnit(text, unit))
            throw Exception(ErrorCodes::BAD_ARGUMENTS, "Function {} does not support '{}' unit", name, text);
        return unit;
    }

    /// Ticks of a time in the result's scale plus delta units of 10^-unit_scale seconds.
    ColumnPtr addSubseconds(const ColumnsWithTypeAndName & arguments, UInt32 unit_scale, UInt32 result_scale, size_t rows) const
    {
        const auto & date = arguments[datePosition()];
        UInt32 date_scale = decimalScale(*date.type);
        Int64 value_multiplier = powerOf10(result_scale - date_scale);
        Int64 delta_multiplier = powerOf10(result_scale - unit_scale) * (subtract ? -1 : 1);
        TypeIndex delta_type = arguments[deltaPosition()].type->getTypeId();
        auto delta = numericOperand<Int64>(arguments[deltaPosition()].column, delta_type == TypeIndex::Interval ? TypeIndex::Int64 : delta_type);
        auto value = numericOperand<Int64>(date.column, date.type->getTypeId() == TypeIndex::DateTime ? TypeIndex::UInt32 : TypeIndex::Int64);
        auto result = ColumnInt64::create(rows);
        binaryLoop(value, delta, result->getData().data(), rows,
            [=](Int64 t, Int64 n) { return t * value_multiplier + n * delta_multiplier; });
        return result;
    }

    static bool byMonths(Unit unit) { return unit == Unit::Month || unit == Unit::Quarter || unit == Unit::Year; }

    static UInt32 subsecondScale(Unit unit)
    {
        switch (unit)
        {
            case Unit::Millisecond: return 3;
            case Unit::Microsecond: return 6;
            case Unit::Nanosecond: return 9;
            default: return 0;
        }
    }

    static Int64 unitSeconds(Unit unit)
    {
        switch (unit)
        {
            case Unit::Second: return 1;
            case Unit::Minute: return 60;
            case Unit::Hour: return 3600;
            default: return 0;
        }
    }

    static Int32 shiftDay(Int32 day_num, Unit unit, Int64 delta)
    {
        switch (unit)
        {
            case Unit::Day: return static_cast<Int32>(day_num + delta);
            case Unit::Week: return static_cast<Int32>(day_num + delta * 7);
            case Unit::Month: return addMonthsToDay(day_num, delta);
            case Unit::Quarter: return addMonthsToDay(day_num, delta * 3);
            case Unit::Year: return addMonthsToDay(day_num, delta * 12);
            default: return day_num;
        }
    }

    std::string name;
    std::optional<Unit> fixed_unit;
    bool subtract;
    FunctionContext context;
};

/// toTimeZone(t, 'zone'): the same instants, shown in another zone (only the type changes).
class FunctionToTimeZone final : public IFunction
{
public:
    std::string getName() const override { return "toTimeZone"; }
    std::vector<size_t> getArgumentsThatAreAlwaysConstant() const override { return {1}; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 2);
        if (!isStringOrFixedString(*arguments[1].type))
            throwIllegalType(getName(), *arguments[1].type, 2);
        if (!arguments[1].column || !arguments[1].column->isConst())
            throw Exception(ErrorCodes::ILLEGAL_COLUMN, "Argument time_zone must be a constant string");
        std::string zone_name(arguments[1].column->getDataAt(0));
        if (const auto * date_time64 = arguments[0].type->as<DataTypeDateTime64>())
            return std::make_shared<DataTypeDateTime64>(date_time64->getScale(), zone_name);
        if (arguments[0].type->getTypeId() != TypeIndex::DateTime)
            throw Exception(
                ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                "Illegal type {} of argument of function {}. Should be DateTime or DateTime64",
                arguments[0].type->getName(),
                getName());
        return std::make_shared<DataTypeDateTime>(zone_name);
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t) const override
    {
        return arguments[0].column;
    }
};

/// fromUnixTimestamp(n): the DateTime of unix time n (an integer).
class FunctionFromUnixTimestamp final : public IFunction
{
public:
    explicit FunctionFromUnixTimestamp(std::string name_) : name(std::move(name_)) {}
    std::string getName() const override { return name; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(name, arguments.size(), 1);
        if (!isInteger(*arguments[0].type))
            throwIllegalType(name, *arguments[0].type, 1);
        return typeByName("DateTime");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        /// DateTime keeps the low 32 bits, as a cast of the integer would.
        auto seconds = numericOperand<Int64>(arguments[0].column, arguments[0].type->getTypeId());
        auto result = ColumnUInt32::create(rows);
        auto & out = result->getData();
        for (size_t i = 0; i < rows; ++i)
            out[i] = static_cast<UInt32>(seconds.is_const ? seconds.constant : seconds.data[i]);
        return result;
    }

private:
    std::string name;
};

/// now([zone]), now64([scale[, zone]]), today(): the query's start time, the same in every row.
class FunctionNow final : public IFunction
{
public:
    enum class Kind
    {
        Now,
        Now64,
        Today,
    };
    FunctionNow(std::string name_, Kind kind_, const FunctionContext & context_) : name(std::move(name_)), kind(kind_), context(context_)
    {
        if (context.query_start_time_us == 0)
            context.query_start_time_us
                = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
    }
    std::string getName() const override { return name; }
    bool isDeterministic() const override { return false; }
    std::vector<size_t> getArgumentsThatAreAlwaysConstant() const override { return {0, 1}; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        switch (kind)
        {
            case Kind::Today:
                checkArgumentCount(name, arguments.size(), 0);
                return typeByName("Date");
            case Kind::Now:
                checkArgumentCountBetween(name, arguments.size(), 0, 1);
                if (arguments.size() == 1 && !isStringOrFixedString(*arguments[0].type))
                    throwIllegalType(name, *arguments[0].type, 1);
                return std::make_shared<DataTypeDateTime>(arguments.empty() ? "" : std::string(arguments[0].column->getDataAt(0)));
            case Kind::Now64:
                checkArgumentCountBetween(name, arguments.size(), 0, 2);
                if (!arguments.empty() && !isInteger(*arguments[0].type))
                    throwIllegalType(name, *arguments[0].type, 1);
                if (arguments.size() == 2 && !isStringOrFixedString(*arguments[1].type))
                    throwIllegalType(name, *arguments[1].type, 2);
                return std::make_shared<DataTypeDateTime64>(
                    arguments.empty() ? 3 : static_cast<UInt32>(constantNumber<UInt64>(*arguments[0].column, arguments[0].type->getTypeId())),
                    arguments.size() < 2 ? "" : std::string(arguments[1].column->getDataAt(0)));
        }
        return nullptr;
    }

    ColumnPtr execute(const ColumnsWithTypeAndName &, const DataTypePtr & result_type, size_t rows) const override
    {
        Int64 micros = context.query_start_time_us;
        switch (kind)
        {
            case Kind::Today: {
                const DateLUT & zone = context.session_timezone.empty() ? DateLUT::serverTimezone() : DateLUT::instance(context.session_timezone);
                return ColumnUInt16::create(rows, clampDate(zone.toDayNum(floorDiv(micros, 1000000))));
            }
            case Kind::Now:
                return ColumnUInt32::create(rows, clampDateTime(floorDiv(micros, 1000000)));
            case Kind::Now64: {
                UInt32 scale = result_type->as<DataTypeDateTime64>()->getScale();
                Int64 value = scale <= 6 ? floorDiv(micros, powerOf10(6 - scale)) : micros * powerOf10(scale - 6);
                return ColumnInt64::create(rows, value);
            }
        }
        return nullptr;
    }

private:
    std::string name;
    Kind kind;
    FunctionContext context;
};
}

void registerFunctionsDateTime(FunctionFactory & factory)
{
    using Kind = FunctionDateTimeTransform::Kind;
    auto transform = [&](const std::string & name, Kind kind, FunctionFactory::CaseSensitiveness sensitiveness = CaseSensitive)
    {
        factory.registerFunction(
            name, [name, kind](const FunctionContext & context) { return std::make_shared<FunctionDateTimeTransform>(name, kind, context); },
            sensitiveness);
    };
    transform("toYear", Kind::Year);
    transform("toQuarter", Kind::Quarter);
    transform("toMonth", Kind::Month);
    transform("toDayOfMonth", Kind::DayOfMonth);
    transform("toDayOfWeek", Kind::DayOfWeek);
    transform("toDayOfYear", Kind::DayOfYear);
    transform("toISOWeek", Kind::ISOWeek);
    transform("toISOYear", Kind::ISOYear);
    transform("toLastDayOfMonth", Kind::LastDayOfMonth);
    transform("toHour", Kind::Hour);
    transform("toMinute", Kind::Minute);
    transform("toSecond", Kind::Second);
    transform("toMillisecond", Kind::Millisecond);
    transform("toYYYYMM", Kind::YYYYMM);
    transform("toYYYYMMDD", Kind::YYYYMMDD);
    transform("toStartOfDay", Kind::StartOfDay);
    transform("toStartOfHour", Kind::StartOfHour);
    transform("toStartOfMinute", Kind::StartOfMinute);
    transform("toStartOfFiveMinutes", Kind::StartOfFiveMinutes);
    transform("toStartOfTenMinutes", Kind::StartOfTenMinutes);
    transform("toStartOfFifteenMinutes", Kind::StartOfFifteenMinutes);
    transform("toMonday", Kind::Monday);
    transform("toStartOfWeek", Kind::StartOfWeek);
    transform("toLastDayOfWeek", Kind::LastDayOfWeek);
    transform("toStartOfISOYear", Kind::StartOfISOYear);
    transform("toStartOfMonth", Kind::StartOfMonth);
    transform("toStartOfQuarter", Kind::StartOfQuarter);
    transform("toStartOfYear", Kind::StartOfYear);
    transform("toUnixTimestamp", Kind::UnixTimestamp);
    transform("toYYYYMMDDhhmmss", Kind::YYYYMMDDhhmmss);
    factory.registerAlias("toStartOfFiveMinute", "toStartOfFiveMinutes");
    factory.registerAlias("YEAR", "toYear", CaseInsensitive);
    factory.registerAlias("QUARTER", "toQuarter", CaseInsensitive);
    factory.registerAlias("MONTH", "toMonth", CaseInsensitive);
    factory.registerAlias("DAY", "toDayOfMonth", CaseInsensitive);
    factory.registerAlias("DAYOFMONTH", "toDayOfMonth", CaseInsensitive);
    factory.registerAlias("DAYOFWEEK", "toDayOfWeek", CaseInsensitive);
    factory.registerAlias("DAYOFYEAR", "toDayOfYear", CaseInsensitive);
    factory.registerAlias("LAST_DAY", "toLastDayOfMonth", CaseInsensitive);
    factory.registerAlias("HOUR", "toHour", CaseInsensitive);
    factory.registerAlias("MINUTE", "toMinute", CaseInsensitive);
    factory.registerAlias("SECOND", "toSecond", CaseInsensitive);
    factory.registerAlias("MILLISECOND", "toMillisecond", CaseInsensitive);

    factory.registerFunction(
        "dateDiff", [](const FunctionContext & context) { return std::make_shared<FunctionDateDiff>("dateDiff", false, context); }, CaseInsensitive);
    factory.registerFunction(
        "age", [](const FunctionContext & context) { return std::make_shared<FunctionDateDiff>("age", true, context); }, CaseInsensitive);
    factory.registerAlias("date_diff", "dateDiff", CaseInsensitive);
    factory.registerAlias("DATEDIFF", "dateDiff", CaseInsensitive);
    factory.registerAlias("timestampDiff", "dateDiff", CaseInsensitive);
    factory.registerAlias("timestamp_diff", "dateDiff", CaseInsensitive);

    auto add = [&](const std::string & name, std::optional<Unit> unit, bool subtract, FunctionFactory::CaseSensitiveness sensitiveness = CaseSensitive)
    {
        factory.registerFunction(
            name,
            [name, unit, subtract](const FunctionContext & context) { return std::make_shared<FunctionAddInterval>(name, unit, subtract, context); },
            sensitiveness);
    };
    const std::pair<const char *, Unit> units[] = {
        {"Nanoseconds", Unit::Nanosecond}, {"Microseconds", Unit::Microsecond}, {"Milliseconds", Unit::Millisecond},
        {"Seconds", Unit::Second}, {"Minutes", Unit::Minute}, {"Hours", Unit::Hour},       {"Days", Unit::Day},
        {"Weeks", Unit::Week},     {"Months", Unit::Month},   {"Quarters", Unit::Quarter}, {"Years", Unit::Year},
    };
    for (const auto & [suffix, unit] : units)
    {
        add(std::string("add") + suffix, unit, false);
        add(std::string("subtract") + suffix, unit, true);
    }
    add("dateAdd", std::nullopt, false, CaseInsensitive);
    add("dateSub", std::nullopt, true, CaseInsensitive);
    factory.registerAlias("date_add", "dateAdd", CaseInsensitive);
    factory.registerAlias("date_sub", "dateSub", CaseInsensitive);

    factory.registerFunction("toTimeZone", [](const FunctionContext &) { return std::make_shared<FunctionToTimeZone>(); });
    factory.registerAlias("toTimezone", "toTimeZone");
    factory.registerFunction(
        "fromUnixTimestamp", [](const FunctionContext &) { return std::make_shared<FunctionFromUnixTimestamp>("fromUnixTimestamp"); });
    factory.registerAlias("FROM_UNIXTIME", "fromUnixTimestamp", CaseInsensitive);

    using NowKind = FunctionNow::Kind;
    factory.registerFunction(
        "now", [](const FunctionContext & context) { return std::make_shared<FunctionNow>("now", NowKind::Now, context); }, CaseInsensitive);
    factory.registerAlias("current_timestamp", "now", CaseInsensitive);
    factory.registerFunction(
        "now64", [](const FunctionContext & context) { return std::make_shared<FunctionNow>("now64", NowKind::Now64, context); }, CaseInsensitive);
    factory.registerFunction(
        "today", [](const FunctionContext & context) { return std::make_shared<FunctionNow>("today", NowKind::Today, context); }, CaseInsensitive);
    factory.registerAlias("curdate", "today", CaseInsensitive);
    factory.registerAlias("current_date", "today", CaseInsensitive);
}
}
