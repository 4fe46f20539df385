// Buckets counted from an origin (see IntervalOriginRounding.h). Rows are read as plain Int64:
// day numbers for Date and Date32, seconds for DateTime, ticks for DateTime64.
#include "functions/IntervalOriginRounding.h"

#include "columns/ColumnVector.h"
#include "functions/DateTimeHelpers.h"
#include "functions/FunctionHelpers.h"
#include "functions/IntervalRounding.h"

namespace datastore::functions
{
namespace
{
template <typename T>
void appendRaw(const IColumn & column, size_t rows, std::vector<Int64> & out)
{
    const auto & data = column.assertCast<ColumnVector<T>>().getData();
    for (size_t i = 0; i < rows; ++i)
        out[i] = static_cast<Int64>(data[i]);
}

std::vector<Int64> rawValues(const IColumn & column, TypeIndex type, size_t rows)
{
    std::vector<Int64> out(rows);
    ColumnPtr full = column.convertToFullColumnIfConst();
    switch (type)
    {
        case TypeIndex::Date: appendRaw<UInt16>(*full, rows, out); break;
        case TypeIndex::Date32: appendRaw<Int32>(*full, rows, out); break;
        case TypeIndex::DateTime: appendRaw<UInt32>(*full, rows, out); break;
        default: appendRaw<Int64>(*full, rows, out); break;
    }
    return out;
}

Int64 monthsPerUnit(IntervalKind kind)
{
    return kind == IntervalKind::Year ? 12 : kind == IntervalKind::Quarter ? 3 : 1;
}

Int64 monthIndex(Int32 day_num)
{
    Int32 year;
    UInt32 month, day;
    DateLUT::dayNumToCivil(day_num, year, month, day);
    return Int64(year) * 12 + month - 1;
}

/// Rounding of rows that are instants, in ticks of `ticks_per_second`.
class TimeRounder
{
public:
    TimeRounder(IntervalKind kind_, Int64 count_, UInt32 scale, const DateLUT & zone_, Int64 origin_)
        : kind(kind_), count(count_), ticks_per_second(powerOf10(scale)), zone(zone_), origin(origin_)
    {
        Int64 origin_seconds = floorDiv(origin, ticks_per_second);
        origin_fraction = origin - origin_seconds * ticks_per_second;
        origin_local = localTicks(origin);
        origin_time_of_day = zone.toDayNumAndSeconds(origin_seconds, origin_day);
        if (kind < IntervalKind::Second)
            step = count * (scale > intervalKindScale(kind) ? powerOf10(scale - intervalKindScale(kind)) : 1);
        else if (kind < IntervalKind::Month)
            step = count * intervalKindSeconds(kind) * ticks_per_second;
    }

    Int64 round(Int64 value) const
    {
        if (kind == IntervalKind::Day || kind == IntervalKind::Hour)
        {
            /// As ClickHouse: the distance from the origin, read as a time since 1970 in the
            /// zone, is rounded there as toStartOfInterval would, and added back to the origin.
            Int64 distance = floorDiv(value - origin, ticks_per_second);
            return origin + startTimeOfInterval(distance, kind, count, zone) * ticks_per_second;
        }
        if (kind == IntervalKind::Week)
        {
            /// Weeks step in local time: a bucket starts at the origin's clock time.
            Int64 local = origin_local + floorDiv(localTicks(value) - origin_local, step) * step;
            Int64 local_seconds = floorDiv(local, ticks_per_second);
            Int64 day = floorDiv(local_seconds, 86400);
            return zone.makeDateTime(static_cast<Int32>(day), local_seconds - day * 86400) * ticks_per_second + origin_fraction;
        }
        if (kind < IntervalKind::Month)
            return origin + floorDiv(value - origin, step) * step;
        Int32 value_day;
        zone.toDayNumAndSeconds(floorDiv(value, ticks_per_second), value_day);
        Int64 months = count * monthsPerUnit(kind);
        Int64 steps = floorDiv(monthIndex(value_day) - monthIndex(origin_day), months) * months;
        Int64 result = afterMonths(steps);
        return result > value ? afterMonths(steps - months) : result;
    }

private:
    Int64 localTicks(Int64 value) const
    {
        Int64 seconds = floorDiv(value, ticks_per_second);
        return value + Int64(zone.getOffsetAtTime(seconds)) * ticks_per_second;
    }

    Int64 afterMonths(Int64 months) const
    {
        Int32 day = addMonthsToDay(origin_day, months);
        return zone.makeDateTime(day, origin_time_of_day) * ticks_per_second + origin_fraction;
    }

    IntervalKind kind;
    Int64 count;
    Int64 ticks_per_second;
    const DateLUT & zone;
    Int64 origin;
    Int64 origin_fraction = 0;
    Int64 origin_local = 0;
    Int32 origin_day = 0;
    Int64 origin_time_of_day = 0;
    Int64 step = 1;
};

Int64 roundDay(Int64 value, Int64 origin, IntervalKind kind, Int64 count)
{
    if (kind < IntervalKind::Month)
    {
        Int64 step = kind == IntervalKind::Week ? count * 7 : count;
        return origin + floorDiv(value - origin, step) * step;
    }
    Int64 months = count * monthsPerUnit(kind);
    Int64 steps = floorDiv(monthIndex(static_cast<Int32>(value)) - monthIndex(static_cast<Int32>(origin)), months) * months;
    Int64 result = addMonthsToDay(static_cast<Int32>(origin), steps);
    return result > value ? addMonthsToDay(static_cast<Int32>(origin), steps - months) : result;
}

template <typename T>
ColumnPtr toColumn(const std::vector<Int64> & values)
{
    auto column = ColumnVector<T>::create(values.size());
    auto & data = column->getData();
    for (size_t i = 0; i < values.size(); ++i)
        data[i] = static_cast<T>(values[i]);
    return column;
}
}

ColumnPtr roundColumnFromOrigin(
    const ColumnWithTypeAndName & value, const ColumnWithTypeAndName & origin, IntervalKind kind, Int64 count, const DateLUT & zone,
    size_t rows)
{
    TypeIndex type = value.type->getTypeId();
    std::vector<Int64> values = rawValues(*value.column, type, rows);
    Int64 origin_value = rawValues(constantData(*origin.column), type, 1)[0];
    for (Int64 v : values)
        if (v < origin_value)
            throw Exception(ErrorCodes::BAD_ARGUMENTS, "The origin must be before the end date / date with time");

    if (isDateType(type))
    {
        for (Int64 & v : values)
            v = roundDay(v, origin_value, kind, count);
        if (type == TypeIndex::Date32)
            return toColumn<Int32>(values);
        for (Int64 & v : values)
            v = clampDate(v);
        return toColumn<UInt16>(values);
    }
    UInt32 scale = type == TypeIndex::DateTime64 ? value.type->as<DataTypeDateTime64>()->getScale() : 0;
    TimeRounder rounder(kind, count, scale, zone, origin_value);
    for (Int64 & v : values)
        v = rounder.round(v);
    if (type == TypeIndex::DateTime64)
        return toColumn<Int64>(values);
    for (Int64 & v : values)
        v = clampDateTime(v);
    return toColumn<UInt32>(values);
}
}
