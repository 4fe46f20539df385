// Shared pieces of the date and time functions (see DateTimeHelpers.h).
#include "functions/DateTimeHelpers.h"

#include "types/DataTypeDateTime.h"
#include "types/DataTypeDateTime64.h"

namespace datastore::functions
{
Int64 powerOf10(UInt32 scale)
{
    Int64 result = 1;
    for (UInt32 i = 0; i < scale; ++i)
        result *= 10;
    return result;
}

Int64 floorDiv(Int64 a, Int64 b)
{
    Int64 q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

bool isDateType(TypeIndex t)
{
    return t == TypeIndex::Date || t == TypeIndex::Date32;
}

bool isTimeType(TypeIndex t)
{
    return t == TypeIndex::DateTime || t == TypeIndex::DateTime64;
}

const DateLUT & zoneFor(const ColumnsWithTypeAndName & arguments, size_t time_position, size_t zone_position, const FunctionContext & context)
{
    if (zone_position < arguments.size())
    {
        const auto & zone_argument = arguments[zone_position];
        if (!zone_argument.column || !zone_argument.column->isConst() || !isStringOrFixedString(*zone_argument.type))
            throw Exception(
                ErrorCodes::ILLEGAL_COLUMN,
                "Illegal column {} of time zone argument of function, must be a constant string",
                zone_argument.column ? zone_argument.column->getName() : zone_argument.type->getName());
        return DateLUT::instance(std::string(zone_argument.column->getDataAt(0)));
    }
    const IDataType & type = *arguments[time_position].type;
    if (const auto * date_time = type.as<DataTypeDateTime>())
        return date_time->getTimeZone();
    if (const auto * date_time64 = type.as<DataTypeDateTime64>())
        return date_time64->getTimeZone();
    return context.session_timezone.empty() ? DateLUT::serverTimezone() : DateLUT::instance(context.session_timezone);
}

std::string explicitZoneName(const ColumnsWithTypeAndName & arguments, size_t time_position, size_t zone_position)
{
    if (zone_position < arguments.size() && arguments[zone_position].column && arguments[zone_position].column->isConst())
        return std::string(arguments[zone_position].column->getDataAt(0));
    const IDataType & type = *arguments[time_position].type;
    if (const auto * date_time = type.as<DataTypeDateTime>(); date_time && date_time->hasExplicitTimeZone())
        return date_time->getTimeZone().getTimeZone();
    if (const auto * date_time64 = type.as<DataTypeDateTime64>(); date_time64 && date_time64->hasExplicitTimeZone())
        return date_time64->getTimeZone().getTimeZone();
    return "";
}

Int32 dayOfYear(Int32 day_num)
{
    Int32 year;
    UInt32 month;
    UInt32 day;
    DateLUT::dayNumToCivil(day_num, year, month, day);
    return day_num - DateLUT::civilToDayNum(year, 1, 1) + 1;
}

Int32 isoWeek(Int32 day_num)
{
    return (dayOfYear(day_num - DateLUT::dayOfWeek(day_num) + 4) - 1) / 7 + 1;
}

Int32 isoYear(Int32 day_num)
{
    Int32 year;
    UInt32 month;
    UInt32 day;
    DateLUT::dayNumToCivil(day_num - DateLUT::dayOfWeek(day_num) + 4, year, month, day);
    return year;
}

Int32 addMonthsToDay(Int32 day_num, Int64 months)
{
    Int32 year;
    UInt32 month;
    UInt32 day;
    DateLUT::dayNumToCivil(day_num, year, month, day);
    Int64 total = Int64(year) * 12 + (month - 1) + months;
    Int32 new_year = static_cast<Int32>(floorDiv(total, 12));
    UInt32 new_month = static_cast<UInt32>(total - Int64(new_year) * 12) + 1;
    UInt32 new_day = std::min(day, DateLUT::daysInMonth(new_year, new_month));
    return DateLUT::civilToDayNum(new_year, new_month, new_day);
}

UInt16 clampDate(Int64 day_num)
{
    return static_cast<UInt16>(std::clamp<Int64>(day_num, 0, DateLUT::kMaxDateDayNum));
}

Int64 startOfDayFromEpoch(const DateLUT & zone, Int32 day_num)
{
    const Int64 start = zone.fromDayNum(day_num);
    if (start >= 0)
        return start;
    const Int32 epoch_day = zone.toDayNum(0);
    return zone.fromDayNum(zone.fromDayNum(epoch_day) >= 0 ? epoch_day : epoch_day + 1);
}

UInt32 clampDateTime(Int64 t)
{
    return static_cast<UInt32>(std::clamp<Int64>(t, 0, 0xFFFFFFFFLL));
}
}
