// What the date and time functions share: the zone a time is read in (its argument, its
// type's, the session's), one typed loop over any date or time column, and the clamping of
// results into Date and DateTime.
#pragma once

#include <algorithm>
#include <string>

#include "base/DateLUT.h"
#include "base/Exception.h"
#include "columns/Block.h"
#include "columns/ColumnVector.h"
#include "functions/FunctionContext.h"
#include "types/DataTypeDateTime64.h"

namespace datastore::functions
{
/// 10^scale for DateTime64 scales (0..9 and beyond, as far as Int64 reaches).
Int64 powerOf10(UInt32 scale);
/// Division rounding toward minus infinity (times before 1970 round down, not toward zero).
Int64 floorDiv(Int64 a, Int64 b);

bool isDateType(TypeIndex t);
bool isTimeType(TypeIndex t);

/// The zone a function reads times in: its time zone argument (must be a constant string,
/// else ILLEGAL_COLUMN), else the argument type's zone, else the session's (or server's) zone.
const DateLUT & zoneFor(const ColumnsWithTypeAndName & arguments, size_t time_position, size_t zone_position, const FunctionContext & context);
/// The name of a zone as the result type should carry it: explicit when the argument had one.
std::string explicitZoneName(const ColumnsWithTypeAndName & arguments, size_t time_position, size_t zone_position);

/// Day of the year, 1..366.
Int32 dayOfYear(Int32 day_num);
/// ISO 8601 week (1..53) and its year: a week belongs to the year of its Thursday.
Int32 isoWeek(Int32 day_num);
Int32 isoYear(Int32 day_num);

/// Moves a local day by whole months, keeping the day of month when it exists and using the
/// month's last day otherwise (Jan 31 + 1 month = Feb 29 in a leap year).
Int32 addMonthsToDay(Int32 day_num, Int64 months);

UInt16 clampDate(Int64 day_num);
/// The start of a local day as a DateTime gives it, as ClickHouse's saturated days: a day that
/// begins before 1970 gives the start of the first day that does not (1970-01-02 in a zone east
/// of UTC).
Int64 startOfDayFromEpoch(const DateLUT & zone, Int32 day_num);
UInt32 clampDateTime(Int64 t);

/// Calls on_day(day_num) for Date/Date32 rows or on_time(unix seconds) for DateTime/DateTime64
/// rows, writing out[i]; one typed loop per column kind.
template <typename R, typename OnDay, typename OnTime>
void forEachRow(const ColumnWithTypeAndName & argument, size_t rows, R * out, OnDay && on_day, OnTime && on_time)
{
    ColumnPtr column = argument.column->convertToFullColumnIfConst();
    switch (argument.type->getTypeId())
    {
        case TypeIndex::Date: {
            const auto & values = column->assertCast<ColumnUInt16>().getData();
            for (size_t i = 0; i < rows; ++i)
                out[i] = on_day(static_cast<Int32>(values[i]));
            break;
        }
        case TypeIndex::Date32: {
            const auto & values = column->assertCast<ColumnInt32>().getData();
            for (size_t i = 0; i < rows; ++i)
                out[i] = on_day(values[i]);
            break;
        }
        case TypeIndex::DateTime: {
            const auto & values = column->assertCast<ColumnUInt32>().getData();
            for (size_t i = 0; i < rows; ++i)
                out[i] = on_time(static_cast<Int64>(values[i]));
            break;
        }
        case TypeIndex::DateTime64: {
            const auto & values = column->assertCast<ColumnInt64>().getData();
            Int64 multiplier = powerOf10(argument.type->as<DataTypeDateTime64>()->getScale());
            for (size_t i = 0; i < rows; ++i)
                out[i] = on_time(floorDiv(values[i], multiplier));
            break;
        }
        default:
            throw Exception(ErrorCodes::ILLEGAL_COLUMN, "Illegal column {} of date or time argument", column->getName());
    }
}
}
