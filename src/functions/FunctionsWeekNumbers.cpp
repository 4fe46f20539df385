// toWeek(date[, mode[, zone]]) and toYearWeek(date[, mode[, zone]]): MySQL's WEEK() and
// YEARWEEK(). The mode's bits choose Monday (1) or Sunday as the first day, a week number
// 1..53 counted in its own year (2) rather than 0..53, and the first week as the first with 4
// or more days (clear after the Monday bit's flip) or the first holding the week's first day;
// bit 8 makes week 1 the week holding January 1st.
#include "functions/DateTimeHelpers.h"
#include "functions/FunctionHelpers.h"
#include "functions/registerFunctions.h"

namespace datastore::functions
{
namespace
{
constexpr UInt8 kMondayFirst = 1;
constexpr UInt8 kWeekYear = 2;
constexpr UInt8 kFirstWeekday = 4;
constexpr UInt8 kNewYearDay = 8;

struct YearWeek
{
    Int32 year;
    UInt32 week;
};

Int32 firstDayOfYear(Int32 year)
{
    return DateLUT::civilToDayNum(year, 1, 1);
}

Int32 daysInYear(Int32 year)
{
    return DateLUT::isLeapYear(year) ? 366 : 365;
}

/// Day of the week counted from 0 at the week's first day.
Int32 weekday(Int32 day_num, bool is_monday_first)
{
    UInt8 dow = DateLUT::dayOfWeek(day_num); /// Monday = 1 .. Sunday = 7
    return is_monday_first ? dow - 1 : dow % 7;
}

/// Week 1 holds January 1st: a week crossing the new year belongs to the later year.
YearWeek newYearDayWeek(Int32 day_num, bool is_monday_first)
{
    Int32 year, civil_year;
    UInt32 month, day;
    DateLUT::dayNumToCivil(day_num, civil_year, month, day);
    year = civil_year;
    Int32 week_start = day_num - weekday(day_num, is_monday_first);
    Int32 next_new_year = firstDayOfYear(year + 1);
    if (next_new_year - weekday(next_new_year, is_monday_first) <= day_num)
        return {year + 1, 1};
    Int32 new_year = firstDayOfYear(year);
    Int32 first_week_start = new_year - weekday(new_year, is_monday_first);
    return {year, static_cast<UInt32>((week_start - first_week_start) / 7 + 1)};
}

/// MySQL's week calculation for the mode's lower three bits.
YearWeek mysqlWeek(Int32 day_num, UInt8 mode)
{
    /// As MySQL: without the Monday bit, the meaning of the first-weekday bit flips.
    if (!(mode & kMondayFirst))
        mode ^= kFirstWeekday;
    bool is_monday_first = mode & kMondayFirst;
    bool is_week_year = mode & kWeekYear;
    bool is_first_weekday = mode & kFirstWeekday;

    Int32 year;
    UInt32 month, day;
    DateLUT::dayNumToCivil(day_num, year, month, day);
    Int32 first_day = firstDayOfYear(year);
    Int32 first_weekday = weekday(first_day, is_monday_first);
    auto starts_late = [&](Int32 w) { return is_first_weekday ? w != 0 : w >= 4; };

    if (month == 1 && static_cast<Int32>(day) <= 7 - first_weekday)
    {
        if (!is_week_year && starts_late(first_weekday))
            return {year, 0};
        is_week_year = true;
        --year;
        Int32 days = daysInYear(year);
        first_day -= days;
        first_weekday = (first_weekday + 53 * 7 - days) % 7;
    }
    Int32 days = starts_late(first_weekday) ? day_num - (first_day + 7 - first_weekday) : day_num - (first_day - first_weekday);
    if (is_week_year && days >= 52 * 7)
    {
        Int32 next_weekday = (first_weekday + daysInYear(year)) % 7;
        if (!starts_late(next_weekday))
            return {year + 1, 1};
    }
    return {year, static_cast<UInt32>(days / 7 + 1)};
}

YearWeek yearWeek(Int32 day_num, UInt8 mode)
{
    if (mode & kNewYearDay)
        return newYearDayWeek(day_num, mode & kMondayFirst);
    return mysqlWeek(day_num, mode & 7);
}

class FunctionWeek final : public IFunction
{
public:
    FunctionWeek(std::string name_, bool is_year_week_, const FunctionContext & context_)
        : name(std::move(name_)), is_year_week(is_year_week_), context(context_)
    {
    }
    std::string getName() const override { return name; }
    std::vector<size_t> getArgumentsThatAreAlwaysConstant() const override { return {1, 2}; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCountBetween(name, arguments.size(), 1, 3);
        if (!isDateOrDateTime(*arguments[0].type))
            throw Exception(
                ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type {} of argument of function {}", arguments[0].type->getName(), name);
        if (arguments.size() >= 2)
        {
            if (!isInteger(*arguments[1].type))
                throwIllegalType(name, *arguments[1].type, 2);
            if (!arguments[1].column || !arguments[1].column->isConst())
                throw Exception(ErrorCodes::ILLEGAL_COLUMN, "Argument at index 1 for function {} must be constant", name);
        }
        if (arguments.size() == 3 && !isStringOrFixedString(*arguments[2].type))
            throwIllegalType(name, *arguments[2].type, 3);
        return typeByName(is_year_week ? "UInt32" : "UInt8");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        UInt8 mode = arguments.size() >= 2 ? static_cast<UInt8>(constantNumber<UInt64>(*arguments[1].column, arguments[1].type->getTypeId())) : 0;
        const DateLUT & zone = zoneFor(arguments, 0, 2, context);
        if (is_year_week)
        {
            /// YEARWEEK always numbers weeks within their own year.
            UInt8 year_mode = static_cast<UInt8>(mode | kWeekYear);
            auto on_day = [year_mode](Int32 d)
            {
                YearWeek value = yearWeek(d, year_mode);
                return static_cast<UInt32>(value.year * 100 + static_cast<Int32>(value.week));
            };
            return run<UInt32>(arguments[0], rows, zone, on_day);
        }
        return run<UInt8>(arguments[0], rows, zone, [mode](Int32 d) { return static_cast<UInt8>(yearWeek(d, mode).week); });
    }

private:
    template <typename R, typename F>
    static ColumnPtr run(const ColumnWithTypeAndName & argument, size_t rows, const DateLUT & zone, F && on_day)
    {
        auto result = ColumnVector<R>::create(rows);
        forEachRow(argument, rows, result->getData().data(), on_day, [&](Int64 t) { return on_day(zone.toDayNum(t)); });
        return result;
    }

    std::string name;
    bool is_year_week;
    FunctionContext context;
};
}

void registerFunctionsWeekNumbers(FunctionFactory & factory)
{
    factory.registerFunction(
        "toWeek", [](const FunctionContext & context) { return std::make_shared<FunctionWeek>("toWeek", false, context); });
    factory.registerFunction(
        "toYearWeek", [](const FunctionContext & context) { return std::make_shared<FunctionWeek>("toYearWeek", true, context); });
    factory.registerAlias("week", "toWeek", FunctionFactory::CaseSensitiveness::CaseInsensitive);
    factory.registerAlias("yearweek", "toYearWeek", FunctionFactory::CaseSensitiveness::CaseInsensitive);
}
}
