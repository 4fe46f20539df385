// dateName('part', date[, time_zone]): one part of a date or time as text: year, quarter,
// month (its English name), dayofyear, day, week (ISO week number), weekday (English name),
// hour, minute, second; the clock parts only for times.
#include <fmt/format.h>

#include "columns/ColumnString.h"
#include "functions/DateTimeHelpers.h"
#include "functions/FunctionHelpers.h"
#include "functions/registerFunctions.h"

namespace datastore::functions
{
namespace
{
enum class DatePart
{
    Year,
    Quarter,
    Month,
    DayOfYear,
    Day,
    Week,
    Weekday,
    Hour,
    Minute,
    Second,
};

constexpr std::pair<std::string_view, DatePart> kParts[] = {
    {"year", DatePart::Year}, {"quarter", DatePart::Quarter}, {"month", DatePart::Month}, {"dayofyear", DatePart::DayOfYear},
    {"day", DatePart::Day}, {"week", DatePart::Week}, {"weekday", DatePart::Weekday}, {"hour", DatePart::Hour},
    {"minute", DatePart::Minute}, {"second", DatePart::Second},
};
constexpr std::string_view kMonthNames[]
    = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"};
constexpr std::string_view kWeekdayNames[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

/// A row as its local day and clock seconds.
struct LocalTime
{
    Int32 day_num;
    Int64 seconds_of_day;
};

class FunctionDateName final : public IFunction
{
public:
    explicit FunctionDateName(const FunctionContext & context_) : context(context_) {}
    std::string getName() const override { return "dateName"; }
    std::vector<size_t> getArgumentsThatAreAlwaysConstant() const override { return {0, 2}; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCountBetween(getName(), arguments.size(), 2, 3);
        checkConstantStringArgument(getName(), arguments, 0, 1, "date_part");
        TypeIndex type = arguments[1].type->getTypeId();
        if (!isDateType(type) && !isTimeType(type))
            throwIllegalType(getName(), *arguments[1].type, 2);
        checkConstantStringArgument(getName(), arguments, 2, 3, "timezone");
        DatePart part = partOf(arguments);
        static constexpr std::string_view clock_functions[] = {"toHour", "toMinute", "toSecond"};
        if (part >= DatePart::Hour && isDateType(type))
            throw Exception(
                ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal argument of type {} for function {}", arguments[1].type->getName(),
                clock_functions[static_cast<size_t>(part) - static_cast<size_t>(DatePart::Hour)]);
        return typeByName("String");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        DatePart part = partOf(arguments);
        const DateLUT & zone = zoneFor(arguments, 1, 2, context);
        std::vector<LocalTime> times(rows);
        forEachRow(
            arguments[1], rows, times.data(), [](Int32 d) { return LocalTime{d, 0}; },
            [&](Int64 t)
            {
                LocalTime local;
                local.seconds_of_day = zone.toDayNumAndSeconds(t, local.day_num);
                return local;
            });
        auto result = ColumnString::create();
        auto & chars = result->getChars();
        auto & offsets = result->getOffsets();
        offsets.resize(rows);
        for (size_t i = 0; i < rows; ++i)
        {
            Int32 year;
            UInt32 month;
            UInt32 day;
            DateLUT::dayNumToCivil(times[i].day_num, year, month, day);
            std::string_view name;
            Int64 number = 0;
            switch (part)
            {
                case DatePart::Year: number = year; break;
                case DatePart::Quarter: number = (month - 1) / 3 + 1; break;
                case DatePart::Month: name = kMonthNames[month - 1]; break;
                case DatePart::DayOfYear: number = dayOfYear(times[i].day_num); break;
                case DatePart::Day: number = day; break;
                case DatePart::Week: number = isoWeek(times[i].day_num); break;
                case DatePart::Weekday: name = kWeekdayNames[DateLUT::dayOfWeek(times[i].day_num) - 1]; break;
                case DatePart::Hour: number = times[i].seconds_of_day / 3600; break;
                case DatePart::Minute: number = times[i].seconds_of_day / 60 % 60; break;
                case DatePart::Second: number = times[i].seconds_of_day % 60; break;
            }
            if (name.empty())
            {
                fmt::format_int text(number);
                chars.insert(text.data(), text.data() + text.size());
            }
            else
                chars.insert(name.data(), name.data() + name.size());
            offsets[i] = chars.size();
        }
        return result;
    }

private:
    DatePart partOf(const ColumnsWithTypeAndName & arguments) const
    {
        std::string_view text = arguments[0].column->getDataAt(0);
        for (const auto & [name, part] : kParts)
            if (name == text)
                return part;
        throw Exception(ErrorCodes::BAD_ARGUMENTS, "Invalid date part {} for function dateName", text);
    }

    FunctionContext context;
};
}

void registerFunctionDateName(FunctionFactory & factory)
{
    factory.registerFunction("dateName", [](const FunctionContext & context) { return std::make_shared<FunctionDateName>(context); });
}
}
