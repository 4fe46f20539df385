// toRelativeYearNum ... toRelativeSecondNum(date[, zone]): the number of years, quarters,
// months, weeks (from Monday), days, hours, minutes or seconds from a fixed point in the past,
// for differences of dates. They keep ClickHouse's results exactly, quirks included: Date32
// rows before 1970 read as 1970-01-01 for the day-based units and finer; older DateTime64 rows
// keep a day number wrapped to 16 bits; hours in zones with an offset that is not a whole hour
// since 1970 (and hours before 1970) are counted from a point a day earlier, as ClickHouse does.
#include <algorithm>

#include "functions/DateTimeHelpers.h"
#include "functions/FunctionHelpers.h"
#include "functions/registerFunctions.h"

namespace datastore::functions
{
namespace
{
enum class RelativeUnit
{
    Year,
    Quarter,
    Month,
    Week,
    Day,
    Hour,
    Minute,
    Second,
};

Int64 relativeWeek(Int64 day_num)
{
    return (day_num + 8 - DateLUT::dayOfWeek(static_cast<Int32>(day_num))) / 7;
}

class FunctionRelativeNum final : public IFunction
{
public:
    FunctionRelativeNum(std::string name_, RelativeUnit unit_, const FunctionContext & context_)
        : name(std::move(name_)), unit(unit_), context(context_)
    {
    }
    std::string getName() const override { return name; }
    std::vector<size_t> getArgumentsThatAreAlwaysConstant() const override { return {1}; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCountBetween(name, arguments.size(), 1, 2);
        if (!isDateOrDateTime(*arguments[0].type))
            throw Exception(
                ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type {} of argument of function {}", arguments[0].type->getName(), name);
        if (arguments.size() == 2 && !isStringOrFixedString(*arguments[1].type))
            throwIllegalType(name, *arguments[1].type, 2);
        return typeByName(unit == RelativeUnit::Year ? "UInt16" : "UInt32");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        const DateLUT & zone = zoneFor(arguments, 0, 1, context);
        const auto & argument = arguments[0];
        bool is_calendar = unit == RelativeUnit::Year || unit == RelativeUnit::Quarter || unit == RelativeUnit::Month;
        /// Date32 rows before 1970 read as 1970-01-01, except in the calendar units.
        bool clamps_days = argument.type->getTypeId() == TypeIndex::Date32 && !is_calendar;
        Int32 epoch_offset = zone.getOffsetAtTime(0);
        bool has_whole_hours = zone.hasWholeHourOffsetsSinceEpoch();
        auto on_day = [&](Int32 d) -> UInt32
        {
            if (clamps_days && d < 0)
                d = 0;
            if (is_calendar || unit == RelativeUnit::Week || unit == RelativeUnit::Day)
                return fromDay(d);
            return fromTime(zone.fromDayNum(d), epoch_offset, has_whole_hours);
        };
        auto on_time = [&](Int64 t) -> UInt32
        {
            if (is_calendar)
                return fromDay(zone.toDayNum(t));
            if (unit == RelativeUnit::Day)
                return fromDay(static_cast<UInt16>(zone.toDayNum(t)));
            if (unit == RelativeUnit::Week)
                return fromDay(std::max(zone.toDayNum(t), 0));
            return fromTime(t, epoch_offset, has_whole_hours);
        };
        if (unit == RelativeUnit::Year)
        {
            auto result = ColumnUInt16::create(rows);
            forEachRow(argument, rows, result->getData().data(),
                [&](Int32 d) { return static_cast<UInt16>(on_day(d)); }, [&](Int64 t) { return static_cast<UInt16>(on_time(t)); });
            return result;
        }
        auto result = ColumnUInt32::create(rows);
        forEachRow(argument, rows, result->getData().data(), on_day, on_time);
        return result;
    }

private:
    UInt32 fromDay(Int32 d) const
    {
        Int32 year;
        UInt32 month, day;
        switch (unit)
        {
            case RelativeUnit::Year:
            case RelativeUnit::Quarter:
            case RelativeUnit::Month:
                DateLUT::dayNumToCivil(d, year, month, day);
                if (unit == RelativeUnit::Year)
                    return static_cast<UInt32>(year);
                if (unit == RelativeUnit::Quarter)
                    return static_cast<UInt32>(year * 4 + static_cast<Int32>((month - 1) / 3));
                return static_cast<UInt32>(year * 12 + static_cast<Int32>(month));
            case RelativeUnit::Week: return static_cast<UInt32>(relativeWeek(d));
            default: return static_cast<UInt32>(d);
        }
    }

    UInt32 fromTime(Int64 t, Int32 epoch_offset, bool has_whole_hours) const
    {
        switch (unit)
        {
            case RelativeUnit::Hour:
                if (t >= 0 && has_whole_hours)
                    return static_cast<UInt32>(t / 3600);
                return static_cast<UInt32>(floorDiv(t + 86400 - epoch_offset, 3600));
            case RelativeUnit::Minute: return static_cast<UInt32>(floorDiv(t, 60));
            default: return static_cast<UInt32>(t);
        }
    }

    std::string name;
    RelativeUnit unit;
    FunctionContext context;
};
}

void registerFunctionsRelativeNum(FunctionFactory & factory)
{
    const std::pair<const char *, RelativeUnit> units[] = {
        {"toRelativeYearNum", RelativeUnit::Year}, {"toRelativeQuarterNum", RelativeUnit::Quarter},
        {"toRelativeMonthNum", RelativeUnit::Month}, {"toRelativeWeekNum", RelativeUnit::Week},
        {"toRelativeDayNum", RelativeUnit::Day}, {"toRelativeHourNum", RelativeUnit::Hour},
        {"toRelativeMinuteNum", RelativeUnit::Minute}, {"toRelativeSecondNum", RelativeUnit::Second},
    };
    for (const auto & [name, unit] : units)
        factory.registerFunction(
            name, [name, unit](const FunctionContext & context) { return std::make_shared<FunctionRelativeNum>(name, unit, context); });
}
}
