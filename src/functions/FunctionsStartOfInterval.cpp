// Time buckets: toStartOfInterval(t, INTERVAL n unit[, origin][, zone]), date_trunc('unit',
// t[, zone]) and timeSlots(start, duration[, size]). Result types follow ClickHouse: whole days
// and longer give a Date (Date32 from date_trunc on the extended types), shorter units a
// DateTime, and units finer than a second a DateTime64 of the unit's scale; with an origin,
// the value's own type.
#include "columns/ColumnArray.h"
#include "functions/DateTimeHelpers.h"
#include "functions/FunctionHelpers.h"
#include "functions/IntervalOriginRounding.h"
#include "functions/IntervalRounding.h"
#include "functions/registerFunctions.h"
#include "types/DataTypeArray.h"
#include "types/DataTypeDateTime.h"
#include "types/DataTypeDateTime64.h"
#include "types/DataTypeDecimal.h"
#include "types/DataTypeInterval.h"

namespace datastore::functions
{
namespace
{
using enum FunctionFactory::CaseSensitiveness;

/// forEachRow, except that a DateTime64 is read as its whole seconds truncated toward zero, as
/// ClickHouse's toStartOfInterval reads it: a time before 1970 rounds from the second after it.
template <typename R, typename OnDay, typename OnTime>
void forEachRowInWholeSeconds(const ColumnWithTypeAndName & value, size_t rows, R * out, OnDay && on_day, OnTime && on_time)
{
    if (value.type->getTypeId() != TypeIndex::DateTime64)
        return forEachRow(value, rows, out, on_day, on_time);
    ColumnPtr column = value.column->convertToFullColumnIfConst();
    const auto & values = column->assertCast<ColumnInt64>().getData();
    const Int64 multiplier = powerOf10(value.type->as<DataTypeDateTime64>()->getScale());
    for (size_t i = 0; i < rows; ++i)
        out[i] = on_time(values[i] / multiplier);
}

/// Rounds every row of `value` down to the start of `count` units of `kind`, in the type
/// `result_type` (Date, Date32, DateTime or DateTime64) that the caller resolved.
ColumnPtr roundColumn(const ColumnWithTypeAndName & value, IntervalKind kind, Int64 count, const DateLUT & zone, const DataTypePtr & result_type, size_t rows)
{
    TypeIndex result = result_type->getTypeId();
    if (isSubsecondInterval(kind))
    {
        /// Both the value and the step in the finer of the two scales, then floored.
        UInt32 scale = value.type->as<DataTypeDateTime64>()->getScale();
        UInt32 result_scale = result_type->as<DataTypeDateTime64>()->getScale();
        Int64 value_multiplier = result_scale > scale ? powerOf10(result_scale - scale) : 1;
        Int64 value_divisor = scale > result_scale ? powerOf10(scale - result_scale) : 1;
        Int64 step = count * powerOf10(result_scale - intervalKindScale(kind));
        const auto & values = value.column->convertToFullColumnIfConst()->assertCast<ColumnInt64>().getData();
        auto column = ColumnInt64::create(rows);
        auto & out = column->getData();
        for (size_t i = 0; i < rows; ++i)
            out[i] = floorDiv(floorDiv(values[i], value_divisor) * value_multiplier, step) * step;
        return column;
    }
    /// A result before 1970 or after the type's end wraps around as ClickHouse's does, except
    /// for a DateTime or Date value, which cannot leave the range but at its edges.
    const bool narrow_value = value.type->getTypeId() == TypeIndex::Date || value.type->getTypeId() == TypeIndex::DateTime;
    if (isDayInterval(kind))
    {
        std::vector<Int32> days(rows);
        forEachRowInWholeSeconds(
            value, rows, days.data(), [&](Int32 day_num) { return startDayOfInterval(day_num, kind, count); },
            [&](Int64 t) { return startDayOfInterval(zone.toDayNum(t), kind, count); });
        if (result == TypeIndex::Date32)
        {
            auto column = ColumnInt32::create(rows);
            for (size_t i = 0; i < rows; ++i)
                column->getData()[i] = std::clamp(days[i], DateLUT::kMinDayNum, DateLUT::kMaxDayNum);
            return column;
        }
        auto column = ColumnUInt16::create(rows);
        for (size_t i = 0; i < rows; ++i)
            column->getData()[i] = narrow_value ? clampDate(days[i]) : static_cast<UInt16>(days[i]);
        return column;
    }
    std::vector<Int64> times(rows);
    /// Days of a DateTime start at the first local midnight from 1970 on (startOfDayFromEpoch).
    const bool saturate_days = kind == IntervalKind::Day && value.type->getTypeId() == TypeIndex::DateTime;
    forEachRowInWholeSeconds(
        value, rows, times.data(), [&](Int32 day_num) { return startTimeOfInterval(zone.fromDayNum(day_num), kind, count, zone); },
        [&](Int64 t)
        {
            Int64 start = startTimeOfInterval(t, kind, count, zone);
            return saturate_days && start < 0 ? startOfDayFromEpoch(zone, zone.toDayNum(start)) : start;
        });
    if (result == TypeIndex::DateTime64)
    {
        Int64 multiplier = powerOf10(result_type->as<DataTypeDateTime64>()->getScale());
        auto column = ColumnInt64::create(rows);
        for (size_t i = 0; i < rows; ++i)
            column->getData()[i] = times[i] * multiplier;
        return column;
    }
    auto column = ColumnUInt32::create(rows);
    for (size_t i = 0; i < rows; ++i)
        column->getData()[i] = value.type->getTypeId() == TypeIndex::DateTime ? clampDateTime(times[i]) : static_cast<UInt32>(times[i]);
    return column;
}

/// ILLEGAL_TYPE_OF_ARGUMENT unless the type is Date, Date32, DateTime or DateTime64.
void checkDateOrTime(const std::string & function, const IDataType & type)
{
    if (!isDateOrDateTime(type))
        throw Exception(
            ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
            "Illegal type {} of 1st argument of function {}, expected a Date, Date32, DateTime or DateTime64",
            type.getName(),
            function);
}

/// Hours and shorter need a time; finer than seconds need a DateTime64.
void checkKindFits(IntervalKind kind, const IDataType & type)
{
    TypeIndex id = type.getTypeId();
    bool fits = isDayInterval(kind) || kind == IntervalKind::Day || (isSubsecondInterval(kind) ? id == TypeIndex::DateTime64 : isTimeType(id));
    if (!fits)
        throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal interval kind for argument data type {}", type.getFamilyName());
}

/// toStartOfInterval(t, INTERVAL n unit[, zone]) and toStartOfInterval(t, INTERVAL n unit,
/// origin[, zone]).
class FunctionToStartOfInterval final : public IFunction
{
public:
    explicit FunctionToStartOfInterval(const FunctionContext & context_) : context(context_) {}
    std::string getName() const override { return "toStartOfInterval"; }
    std::vector<size_t> getArgumentsThatAreAlwaysConstant() const override { return {1, 2, 3}; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCountBetween(getName(), arguments.size(), 2, 4);
        checkDateOrTime(getName(), *arguments[0].type);
        const auto * interval = arguments[1].type->as<DataTypeInterval>();
        if (!interval)
            throw Exception(
                ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                "Illegal type {} of 2nd argument of function {}, expected a time interval",
                arguments[1].type->getName(),
                getName());
        bool has_origin = hasOrigin(arguments);
        if (arguments.size() == 4 && !has_origin)
            throw Exception(
                ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                "Illegal type {} of 3rd argument of function {}. The third argument must be a Date/Date32/DateTime/DateTime64 with a "
                "constant origin",
                arguments[2].type->getName(),
                getName());
        size_t zone_position = has_origin ? 3 : 2;
        if (zone_position < arguments.size() && !isStringOrFixedString(*arguments[zone_position].type))
            throwIllegalType(getName(), *arguments[zone_position].type, zone_position + 1);
        checkConstantArgument(getName(), arguments[1], 1);
        countOf(arguments[1]);
        IntervalKind kind = interval->getKind();
        checkKindFits(kind, *arguments[0].type);
        std::string zone = explicitZoneName(arguments, 0, zone_position);
        if (has_origin)
            return originResultType(arguments, zone);
        if (isDayInterval(kind))
            return typeByName("Date");
        if (isSubsecondInterval(kind))
            return std::make_shared<DataTypeDateTime64>(intervalKindScale(kind), zone);
        return std::make_shared<DataTypeDateTime>(zone);
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const override
    {
        IntervalKind kind = arguments[1].type->as<DataTypeInterval>()->getKind();
        if (hasOrigin(arguments))
            return roundColumnFromOrigin(arguments[0], arguments[2], kind, countOf(arguments[1]), zoneFor(arguments, 0, 3, context), rows);
        return roundColumn(arguments[0], kind, countOf(arguments[1]), zoneFor(arguments, 0, 2, context), result_type, rows);
    }

private:
    static bool hasOrigin(const ColumnsWithTypeAndName & arguments) { return arguments.size() >= 3 && isDateOrDateTime(*arguments[2].type); }

    /// With an origin the result keeps the type of the value, which the origin must share.
    DataTypePtr originResultType(const ColumnsWithTypeAndName & arguments, const std::string & zone) const
    {
        const IDataType & value = *arguments[0].type;
        const IDataType & origin = *arguments[2].type;
        if (value.getTypeId() != origin.getTypeId())
            throw Exception(
                ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                "Datetime argument and origin argument for function {} must have the same type",
                getName());
        checkConstantArgument(getName(), arguments[2], 2);
        if (value.getTypeId() == TypeIndex::DateTime64)
        {
            UInt32 scale = value.as<DataTypeDateTime64>()->getScale();
            if (scale != origin.as<DataTypeDateTime64>()->getScale())
                throw Exception(
                    ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                    "Datetime argument and origin argument for function {} must have the same scale",
                    getName());
            return std::make_shared<DataTypeDateTime64>(scale, zone);
        }
        if (value.getTypeId() == TypeIndex::DateTime)
            return std::make_shared<DataTypeDateTime>(zone);
        return arguments[0].type;
    }

    Int64 countOf(const ColumnWithTypeAndName & interval) const
    {
        Int64 count = constantNumber<Int64>(*interval.column, TypeIndex::Int64);
        if (count <= 0)
            throw Exception(ErrorCodes::ARGUMENT_OUT_OF_BOUND, "Value for 2nd argument of function {} must be positive", getName());
        return count;
    }

    FunctionContext context;
};

/// date_trunc('unit', t[, zone]): toStartOfInterval(t, INTERVAL 1 unit) in a result type
/// that keeps Date32 and DateTime64 ranges.
class FunctionDateTrunc final : public IFunction
{
public:
    explicit FunctionDateTrunc(const FunctionContext & context_) : context(context_) {}
    std::string getName() const override { return "dateTrunc"; }
    std::vector<size_t> getArgumentsThatAreAlwaysConstant() const override { return {0, 2}; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCountBetween(getName(), arguments.size(), 2, 3);
        IntervalKind kind = kindOf(arguments[0]);
        const IDataType & type = *arguments[1].type;
        if (!isDateOrDateTime(type) || (!isDayInterval(kind) && kind != IntervalKind::Day && isDateType(type.getTypeId())))
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type {} of argument for function {}", type.getName(), getName());
        if (arguments.size() == 3 && !isStringOrFixedString(*arguments[2].type))
            throwIllegalType(getName(), *arguments[2].type, 3);
        checkKindFits(kind, type);
        bool extended = type.getTypeId() == TypeIndex::Date32 || type.getTypeId() == TypeIndex::DateTime64;
        if (isDayInterval(kind))
            return typeByName(extended ? "Date32" : "Date");
        std::string zone = explicitZoneName(arguments, 1, 2);
        if (extended)
            return std::make_shared<DataTypeDateTime64>(intervalKindScale(kind), zone);
        return std::make_shared<DataTypeDateTime>(zone);
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const override
    {
        return roundColumn(arguments[1], kindOf(arguments[0]), 1, zoneFor(arguments, 1, 2, context), result_type, rows);
    }

private:
    IntervalKind kindOf(const ColumnWithTypeAndName & unit) const
    {
        if (!unit.column || !unit.column->isConst() || !isStringOrFixedString(*unit.type))
            throw Exception(
                ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "First argument for function {} must be constant string: name of datepart", getName());
        std::string_view name = unit.column->getDataAt(0);
        auto kind = intervalKindFromName(name);
        if (!kind || *kind == IntervalKind::Nanosecond)
            throw Exception(ErrorCodes::BAD_ARGUMENTS, "{} doesn't look like datepart name in {}", name, getName());
        return *kind;
    }

    FunctionContext context;
};

/// timeSlots(start, duration[, size = 1800]): the starts of the `size`-second slots that the
/// span [start, start + duration] touches, as an array of DateTime; for a DateTime64 start the
/// duration and size are Decimal64 seconds and the slots a DateTime64 of the finest scale.
class FunctionTimeSlots final : public IFunction
{
public:
    std::string getName() const override { return "timeSlots"; }
    std::vector<size_t> getArgumentsThatAreAlwaysConstant() const override { return {2}; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCountBetween(getName(), arguments.size(), 2, 3);
        if (arguments[0].type->getTypeId() == TypeIndex::DateTime64)
            return getReturnTypeForDateTime64(arguments);
        if (arguments[0].type->getTypeId() != TypeIndex::DateTime)
            throw Exception(
                ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                "A value of illegal type was provided as 1st argument 'start_time' to function '{}'. Expected: DateTime64, got: {}",
                getName(),
                arguments[0].type->getName());
        if (arguments[1].type->getTypeId() != TypeIndex::UInt32)
            throw Exception(
                ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                "A value of illegal type was provided as 2nd argument 'duration' to function '{}'. Expected: UInt32, got: {}",
                getName(),
                arguments[1].type->getName());
        if (arguments.size() == 3)
        {
            if (!isNativeInteger(arguments[2].type->getTypeId()))
                throwIllegalType(getName(), *arguments[2].type, 3);
            checkConstantArgument(getName(), arguments[2], 2);
            slotSize(arguments);
        }
        return std::make_shared<DataTypeArray>(arguments[0].type);
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const override
    {
        if (arguments[0].type->getTypeId() == TypeIndex::DateTime64)
            return executeForDateTime64(arguments, result_type, rows);
        Int64 size = slotSize(arguments);
        auto starts = numericOperand<Int64>(arguments[0].column, TypeIndex::UInt32);
        auto durations = numericOperand<Int64>(arguments[1].column, TypeIndex::UInt32);
        auto slots = ColumnUInt32::create();
        ColumnArray::Offsets offsets(rows);
        auto & data = slots->getData();
        for (size_t i = 0; i < rows; ++i)
        {
            Int64 start = starts.is_const ? starts.constant : starts.data[i];
            Int64 end = start + (durations.is_const ? durations.constant : durations.data[i]);
            for (Int64 slot = start / size * size; slot <= end; slot += size)
                data.push_back(static_cast<UInt32>(slot));
            offsets[i] = data.size();
        }
        return ColumnArray::create(std::move(slots), std::move(offsets));
    }

private:
    DataTypePtr getReturnTypeForDateTime64(const ColumnsWithTypeAndName & arguments) const
    {
        static constexpr const char * names[] = {"", "2nd argument 'duration'", "3rd argument 'size'"};
        UInt32 scale = arguments[0].type->as<DataTypeDateTime64>()->getScale();
        for (size_t i = 1; i < arguments.size(); ++i)
        {
            if (arguments[i].type->getTypeId() != TypeIndex::Decimal64)
                throw Exception(
                    ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                    "A value of illegal type was provided as {} to function '{}'. Expected: Decimal64, got: {}",
                    names[i],
                    getName(),
                    arguments[i].type->getName());
            scale = std::max(scale, arguments[i].type->as<DataTypeDecimal<Int64>>()->getScale());
        }
        if (arguments.size() == 3)
        {
            checkConstantArgument(getName(), arguments[2], 2);
            decimalSlotSize(arguments, scale);
        }
        return std::make_shared<DataTypeArray>(std::make_shared<DataTypeDateTime64>(scale, explicitZoneName(arguments, 0, arguments.size())));
    }

    /// Start, duration and size in ticks of the result's scale. The first and last slots are
    /// found by division that truncates toward zero, as ClickHouse does, so before 1970 both
    /// move one slot later.
    ColumnPtr executeForDateTime64(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const
    {
        const UInt32 scale = result_type->as<DataTypeArray>()->getNestedType()->as<DataTypeDateTime64>()->getScale();
        const Int64 size = decimalSlotSize(arguments, scale);
        const Int64 start_factor = powerOf10(scale - arguments[0].type->as<DataTypeDateTime64>()->getScale());
        const Int64 duration_factor = powerOf10(scale - arguments[1].type->as<DataTypeDecimal<Int64>>()->getScale());
        ColumnPtr starts = arguments[0].column->convertToFullColumnIfConst();
        ColumnPtr durations = arguments[1].column->convertToFullColumnIfConst();
        const auto & start_values = starts->assertCast<ColumnInt64>().getData();
        const auto & duration_values = durations->assertCast<ColumnInt64>().getData();
        auto slots = ColumnInt64::create();
        auto & data = slots->getData();
        ColumnArray::Offsets offsets(rows);
        for (size_t i = 0; i < rows; ++i)
        {
            const Int64 start = start_values[i] * start_factor;
            const Int64 end = start + duration_values[i] * duration_factor;
            for (Int64 slot = start / size; slot <= end / size; ++slot)
                data.push_back(slot * size);
            offsets[i] = data.size();
        }
        return ColumnArray::create(std::move(slots), std::move(offsets));
    }

    /// The constant Decimal64 size in ticks of `scale`; 1800 seconds when not given.
    Int64 decimalSlotSize(const ColumnsWithTypeAndName & arguments, UInt32 scale) const
    {
        if (arguments.size() < 3)
            return 1800 * powerOf10(scale);
        const UInt32 size_scale = arguments[2].type->as<DataTypeDecimal<Int64>>()->getScale();
        const Int64 size = constantNumber<Int64>(*arguments[2].column, TypeIndex::Int64) * powerOf10(scale - size_scale);
        if (size <= 0)
            throw Exception(ErrorCodes::ILLEGAL_COLUMN, "Third argument for function {} must be greater than zero", getName());
        return size;
    }

    Int64 slotSize(const ColumnsWithTypeAndName & arguments) const
    {
        if (arguments.size() < 3)
            return 1800;
        Int64 size = constantNumber<Int64>(*arguments[2].column, arguments[2].type->getTypeId());
        if (size <= 0)
            throw Exception(ErrorCodes::ILLEGAL_COLUMN, "Third argument for function {} must be greater than zero", getName());
        return size;
    }
};
}

void registerFunctionsStartOfInterval(FunctionFactory & factory)
{
    factory.registerFunction(
        "toStartOfInterval", [](const FunctionContext & context) { return std::make_shared<FunctionToStartOfInterval>(context); });
    factory.registerFunction(
        "dateTrunc", [](const FunctionContext & context) { return std::make_shared<FunctionDateTrunc>(context); }, CaseInsensitive);
    factory.registerAlias("date_trunc", "dateTrunc", CaseInsensitive);
    factory.registerFunction("timeSlots", makeCreator<FunctionTimeSlots>());
}
}
