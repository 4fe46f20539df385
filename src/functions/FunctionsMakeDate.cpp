// makeDate, makeDate32, makeDateTime and makeDateTime64: a date or time from its numeric parts.
// As in ClickHouse, parts out of range give the type's zero (1970-01-01, or 1900-01-01 for
// DateTime64) instead of an error, a day past the month's end rolls over into the next month,
// and years past 2299 give the largest value.
#include <optional>

#include "base/DateLUT.h"
#include "functions/DateTimeHelpers.h"
#include "functions/FunctionHelpers.h"
#include "functions/registerFunctions.h"
#include "types/DataTypeDateTime.h"
#include "types/DataTypeDateTime64.h"

namespace datastore::functions
{
namespace
{
constexpr Int32 kMinYear = 1900;
constexpr Int32 kMaxYear = 2299;

/// The parts of one call, each either a column or a constant, read as Int64 (floats truncate).
class Parts
{
public:
    Parts(const ColumnsWithTypeAndName & arguments, size_t count)
    {
        for (size_t i = 0; i < count; ++i)
            operands.push_back(numericOperand<Int64>(arguments[i].column, arguments[i].type->getTypeId()));
    }
    Int64 at(size_t part, size_t row) const
    {
        const auto & operand = operands[part];
        return operand.is_const ? operand.constant : operand.data[row];
    }

private:
    std::vector<NumericOperand<Int64>> operands;
};

class FunctionMakeDateBase : public IFunction
{
public:
    explicit FunctionMakeDateBase(std::string name_) : name(std::move(name_)) {}
    std::string getName() const override { return name; }

protected:
    void checkNumbers(const ColumnsWithTypeAndName & arguments, const std::vector<const char *> & names, size_t count) const
    {
        for (size_t i = 0; i < count; ++i)
            if (!isNativeNumber(arguments[i].type->getTypeId()))
                throwIllegalArgument(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, name, i + 1, names[i], "Number", *arguments[i].type);
    }

    /// The day number of a civil date, or nullopt when a part is out of range.
    static std::optional<Int32> dayOf(Int64 year, Int64 month, Int64 day)
    {
        if (year < kMinYear || year > kMaxYear || month < 1 || month > 12 || day < 1 || day > 31)
            return std::nullopt;
        return DateLUT::makeDayNum(static_cast<Int32>(year), static_cast<Int32>(month), static_cast<Int32>(day), 0);
    }

    std::string name;
};

/// makeDate(year, month, day) or makeDate(year, day_of_year); makeDate32 likewise.
class FunctionMakeDate final : public FunctionMakeDateBase
{
public:
    FunctionMakeDate(std::string name_, bool is_date32_) : FunctionMakeDateBase(std::move(name_)), is_date32(is_date32_) {}

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        if (arguments.size() != 2 && arguments.size() != 3)
            throw Exception(
                ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH,
                "An incorrect number of arguments was specified for function '{}'. Expected 2 arguments, got {} argument{}",
                name, arguments.size(), arguments.size() == 1 ? "" : "s");
        if (arguments.size() == 2)
            checkNumbers(arguments, {"year", "dayofyear"}, 2);
        else
            checkNumbers(arguments, {"year", "month", "day"}, 3);
        return typeByName(is_date32 ? "Date32" : "Date");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        Parts parts(arguments, arguments.size());
        Int32 min_day = is_date32 ? DateLUT::kMinDayNum : 0;
        Int32 max_day = is_date32 ? DateLUT::kMaxDayNum : DateLUT::kMaxDateDayNum;
        auto in_range = [=](std::optional<Int32> day) { return day && *day >= min_day && *day <= max_day ? *day : 0; };
        auto day_at = [&](size_t i) -> std::optional<Int32>
        {
            Int64 year = parts.at(0, i);
            if (arguments.size() == 3)
                return dayOf(year, parts.at(1, i), parts.at(2, i));
            /// ClickHouse takes day 1..365 only, even in a leap year.
            Int64 day_of_year = parts.at(1, i);
            if (year < kMinYear || year > kMaxYear || day_of_year < 1 || day_of_year > 365)
                return std::nullopt;
            return DateLUT::civilToDayNum(static_cast<Int32>(year), 1, 1) + static_cast<Int32>(day_of_year) - 1;
        };
        if (is_date32)
        {
            auto result = ColumnInt32::create(rows);
            for (size_t i = 0; i < rows; ++i)
                result->getData()[i] = in_range(day_at(i));
            return result;
        }
        auto result = ColumnUInt16::create(rows);
        for (size_t i = 0; i < rows; ++i)
            result->getData()[i] = static_cast<UInt16>(in_range(day_at(i)));
        return result;
    }

private:
    bool is_date32;
};

/// makeDateTime(year, month, day, hour, minute, second[, timezone]) and
/// makeDateTime64(year, month, day, hour, minute, second[, fraction[, precision[, timezone]]]).
class FunctionMakeDateTime final : public FunctionMakeDateBase
{
public:
    FunctionMakeDateTime(std::string name_, bool is_64_, const FunctionContext & context_)
        : FunctionMakeDateBase(std::move(name_)), is_64(is_64_), context(context_)
    {
    }
    std::vector<size_t> getArgumentsThatAreAlwaysConstant() const override { return is_64 ? std::vector<size_t>{7, 8} : std::vector<size_t>{6}; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkMandatoryAndOptionalArguments(name, arguments.size(), 6, is_64 ? 3 : 1);
        std::vector<const char *> names = {"year", "month", "day", "hour", "minute", "second", "fraction", "precision"};
        size_t numbers = std::min<size_t>(arguments.size(), is_64 ? 8 : 6);
        checkNumbers(arguments, names, numbers);
        checkConstantStringArgument(name, arguments, zonePosition(), zonePosition(), "timezone");
        std::string zone_name = zonePosition() < arguments.size() ? std::string(arguments[zonePosition()].column->getDataAt(0)) : "";
        if (!is_64)
            return std::make_shared<DataTypeDateTime>(zone_name);
        return std::make_shared<DataTypeDateTime64>(precision(arguments), zone_name);
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const override
    {
        const DateLUT & zone = zonePosition() < arguments.size() ? DateLUT::instance(std::string(arguments[zonePosition()].column->getDataAt(0)))
            : context.session_timezone.empty()                    ? DateLUT::serverTimezone()
                                                                  : DateLUT::instance(context.session_timezone);
        Parts parts(arguments, std::min<size_t>(arguments.size(), 7));
        /// Clock parts are checked against 99, as when a DateTime is parsed from text.
        auto time_at = [&](size_t i, Int64 & t)
        {
            Int64 hour = parts.at(3, i), minute = parts.at(4, i), second = parts.at(5, i);
            std::optional<Int32> day = dayOf(parts.at(0, i), parts.at(1, i), parts.at(2, i));
            if (!day || hour < 0 || hour > 99 || minute < 0 || minute > 99 || second < 0 || second > 99)
                return false;
            t = zone.makeDateTime(*day, hour * 3600 + minute * 60 + second);
            return true;
        };
        if (!is_64)
        {
            auto result = ColumnUInt32::create(rows);
            for (size_t i = 0; i < rows; ++i)
            {
                Int64 t = 0;
                if (parts.at(0, i) > kMaxYear)
                    t = 0xFFFFFFFFLL;
                else if (!time_at(i, t))
                    t = 0;
                result->getData()[i] = clampDateTime(t);
            }
            return result;
        }
        UInt32 scale = result_type->as<DataTypeDateTime64>()->getScale();
        Int64 multiplier = powerOf10(scale);
        Int64 min_value = zone.makeDateTime(DateLUT::kMinDayNum, 0) * multiplier;
        Int64 max_value = zone.makeDateTime(DateLUT::kMaxDayNum, 86399) * multiplier + multiplier - 1;
        auto result = ColumnInt64::create(rows);
        for (size_t i = 0; i < rows; ++i)
        {
            Int64 t = 0;
            Int64 & out = result->getData()[i];
            if (parts.at(0, i) > kMaxYear)
                out = max_value;
            else if (!time_at(i, t))
                out = min_value;
            else
            {
                Int64 fraction = arguments.size() > 6 ? std::clamp<Int64>(parts.at(6, i), 0, multiplier - 1) : 0;
                out = std::max(min_value, t * multiplier + fraction);
            }
        }
        return result;
    }

private:
    size_t zonePosition() const { return is_64 ? 8 : 6; }

    UInt32 precision(const ColumnsWithTypeAndName & arguments) const
    {
        if (arguments.size() <= 7)
            return 3;
        const auto & argument = arguments[7];
        if (!argument.column || !argument.column->isConst())
            throwIllegalArgument(ErrorCodes::ILLEGAL_COLUMN, name, 7, "precision", "const Number", *argument.type);
        Int64 value = constantNumber<Int64>(*argument.column, argument.type->getTypeId());
        if (value < 0 || value > 9)
            throw Exception(ErrorCodes::ARGUMENT_OUT_OF_BOUND, "Argument 'precision' for function {} must be in range [0, 9]", name);
        return static_cast<UInt32>(value);
    }

    bool is_64;
    FunctionContext context;
};
}

void registerFunctionsMakeDate(FunctionFactory & factory)
{
    factory.registerFunction("makeDate", makeCreator<FunctionMakeDate>(std::string("makeDate"), false));
    factory.registerFunction("makeDate32", makeCreator<FunctionMakeDate>(std::string("makeDate32"), true));
    factory.registerFunction(
        "makeDateTime", [](const FunctionContext & context) { return std::make_shared<FunctionMakeDateTime>("makeDateTime", false, context); });
    factory.registerFunction(
        "makeDateTime64", [](const FunctionContext & context) { return std::make_shared<FunctionMakeDateTime>("makeDateTime64", true, context); });
}
}
