// toUInt8 ... toFloat64, toString, toFixedString, toDecimalN, toDate, toDate32, toDateTime,
// toDateTime64, toUUID, toIPv4, toIPv6, toBool with their -OrZero and -OrNull forms (numbers,
// UUID, IP addresses and Bool also -OrDefault), CAST / _CAST. All of them resolve a target type
// from their arguments and convert with castColumn. accurateCast, accurateCastOrNull and
// accurateCastOrDefault also check that numbers keep their value.
#include <cmath>
#include <functional>
#include <limits>
#include <type_traits>

#include "columns/ColumnNullable.h"
#include "functions/CastColumn.h"
#include "functions/FunctionFactory.h"
#include "functions/FunctionHelpers.h"
#include "functions/registerFunctions.h"

namespace datastore::functions
{
namespace
{
enum class ErrorMode
{
    Throw,
    OrZero,
    OrNull,
    /// toInt32OrDefault(s[, default]): unparsable strings give `default` (else the type's default).
    OrDefault,
};

/// The target type of a conversion, from the function's name and its arguments.
using TargetResolver = std::function<DataTypePtr(const std::string & name, const ColumnsWithTypeAndName & arguments)>;

Field constantArgument(const std::string & name, const ColumnsWithTypeAndName & arguments, size_t position, const char * what)
{
    const auto & argument = arguments[position];
    if (!argument.column || !argument.column->isConst())
        throw Exception(ErrorCodes::ILLEGAL_COLUMN, "{} argument of function {} must be constant ({})", position == 1 ? "Second" : "Third", name, what);
    return (*argument.column)[0];
}

UInt64 constantUnsigned(const std::string & name, const ColumnsWithTypeAndName & arguments, size_t position, const char * what)
{
    Field value = constantArgument(name, arguments, position, what);
    if (const auto * unsigned_value = value.tryGet<UInt64>())
        return *unsigned_value;
    if (const auto * signed_value = value.tryGet<Int64>(); signed_value && *signed_value >= 0)
        return static_cast<UInt64>(*signed_value);
    throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type {} of argument {} of function {} ({})", arguments[position].type->getName(),
                    position + 1, name, what);
}

std::string constantString(const std::string & name, const ColumnsWithTypeAndName & arguments, size_t position, const char * what)
{
    Field value = constantArgument(name, arguments, position, what);
    if (const auto * text = value.tryGet<std::string>())
        return *text;
    throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type {} of argument {} of function {} ({})", arguments[position].type->getName(),
                    position + 1, name, what);
}

std::string quoted(const std::string & text)
{
    std::string result = "'";
    for (char c : text)
    {
        if (c == '\'' || c == '\\')
            result += '\\';
        result += c;
    }
    return result + "'";
}

TargetResolver fixedType(const std::string & type_name)
{
    return [type_name](const std::string & name, const ColumnsWithTypeAndName & arguments) {
        checkArgumentCount(name, arguments.size(), 1);
        return typeByName(type_name);
    };
}

TargetResolver decimalType(UInt32 precision)
{
    return [precision](const std::string & name, const ColumnsWithTypeAndName & arguments) {
        checkArgumentCount(name, arguments.size(), 2);
        UInt64 scale = constantUnsigned(name, arguments, 1, "scale");
        return typeByName(fmt::format("Decimal({}, {})", precision, scale));
    };
}

/// toDate(x[, time_zone]), toDate32(x[, time_zone]): the zone picks the calendar day of a time.
TargetResolver dateType(const std::string & type_name)
{
    return [type_name](const std::string & name, const ColumnsWithTypeAndName & arguments) {
        checkArgumentCountBetween(name, arguments.size(), 1, 2);
        if (arguments.size() == 2)
            constantString(name, arguments, 1, "time zone");
        return typeByName(type_name);
    };
}

/// A DateTime or DateTime64 type read in `zone` (same storage, so the column stays as it is).
DataTypePtr inTimeZone(const DataTypePtr & type, const std::string & zone)
{
    if (type->getTypeId() == TypeIndex::DateTime)
        return typeByName("DateTime(" + quoted(zone) + ")");
    if (type->getTypeId() == TypeIndex::DateTime64)
        return typeByName(fmt::format("DateTime64({}, {})", decimalScale(*type), quoted(zone)));
    return type;
}

DataTypePtr dateTimeType(const std::string & name, const ColumnsWithTypeAndName & arguments)
{
    checkArgumentCountBetween(name, arguments.size(), 1, 2);
    if (arguments.size() == 2)
        return typeByName("DateTime(" + quoted(constantString(name, arguments, 1, "time zone")) + ")");
    return typeByName("DateTime");
}

DataTypePtr dateTime64Type(const std::string & name, const ColumnsWithTypeAndName & arguments)
{
    checkArgumentCountBetween(name, arguments.size(), 2, 3);
    UInt64 precision = constantUnsigned(name, arguments, 1, "precision");
    if (arguments.size() == 3)
        return typeByName(fmt::format("DateTime64({}, {})", precision, quoted(constantString(name, arguments, 2, "time zone"))));
    return typeByName(fmt::format("DateTime64({})", precision));
}

DataTypePtr fixedStringType(const std::string & name, const ColumnsWithTypeAndName & arguments)
{
    checkArgumentCount(name, arguments.size(), 2);
    if (!isStringOrFixedString(*arguments[0].type))
        throwIllegalType(name, *arguments[0].type, 1);
    return typeByName(fmt::format("FixedString({})", constantUnsigned(name, arguments, 1, "length")));
}

class FunctionConvert final : public IFunction
{
public:
    /// `target_arity`: how many leading arguments pick the target type (the value, and a
    /// decimal's scale); an OrDefault's default value comes after them.
    FunctionConvert(std::string name_, TargetResolver resolver_, ErrorMode mode_, size_t target_arity_ = 1)
        : name(std::move(name_)), resolver(std::move(resolver_)), mode(mode_), target_arity(target_arity_)
    {
    }

    std::string getName() const override { return name; }
    std::vector<size_t> getArgumentsThatAreAlwaysConstant() const override { return {1, 2}; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        DataTypePtr target = resolver(name, targetArguments(arguments));
        /// Dates and times are left out: ClickHouse's date forms take some numbers too.
        TypeIndex target_id = target->getTypeId();
        bool is_time_target = target_id == TypeIndex::Date || target_id == TypeIndex::Date32 || target_id == TypeIndex::DateTime
            || target_id == TypeIndex::DateTime64;
        if ((mode == ErrorMode::OrZero || mode == ErrorMode::OrNull) && !is_time_target && !isStringOrFixedString(*arguments[0].type))
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                            "Illegal type {} of first argument of function {}. Conversion functions with postfix 'OrZero' or 'OrNull' should "
                            "take String argument",
                            arguments[0].type->getName(), name);
        return mode == ErrorMode::OrNull ? makeNullable(target) : target;
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t) const override
    {
        DataTypePtr target = resolver(name, targetArguments(arguments));
        auto source = arguments[0];
        TypeIndex target_id = removeNullable(target)->getTypeId();
        if ((target_id == TypeIndex::Date || target_id == TypeIndex::Date32) && arguments.size() == 2)
            source.type = inTimeZone(source.type, constantString(name, arguments, 1, "time zone"));
        if (mode == ErrorMode::Throw || !isStringOrFixedString(*source.type))
        {
            /// Numbers to dates and times (the only non-strings the -OrNull forms take) convert as they are.
            ColumnPtr converted = castColumn(source.column, source.type, target);
            if (mode != ErrorMode::OrNull)
                return converted;
            return ColumnNullable::create(converted->convertToFullColumnIfConst(), ColumnUInt8::create(converted->size(), 0));
        }

        PodArray<UInt8> failed;
        ColumnPtr strings = source.column->convertToFullColumnIfConst();
        ColumnPtr values = parseStrings(*strings, target, &failed);
        if (mode == ErrorMode::OrZero || (mode == ErrorMode::OrDefault && arguments.size() <= target_arity))
            return values;
        if (mode == ErrorMode::OrDefault)
            return selectRows(failed, castColumn(arguments[target_arity].column, arguments[target_arity].type, target), values);
        return ColumnNullable::create(values, ColumnUInt8::create(std::move(failed)));
    }

private:
    /// The arguments that pick the target type: all but an OrDefault's default value.
    ColumnsWithTypeAndName targetArguments(const ColumnsWithTypeAndName & arguments) const
    {
        if (mode != ErrorMode::OrDefault || arguments.size() <= target_arity)
            return arguments;
        return ColumnsWithTypeAndName(arguments.begin(), arguments.begin() + static_cast<std::ptrdiff_t>(target_arity));
    }

    std::string name;
    TargetResolver resolver;
    ErrorMode mode;
    size_t target_arity;
};

/// toString(x[, time_zone]): dates and times are written in the given zone.
class FunctionToString final : public IFunction
{
public:
    std::string getName() const override { return "toString"; }
    std::vector<size_t> getArgumentsThatAreAlwaysConstant() const override { return {1}; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCountBetween("toString", arguments.size(), 1, 2);
        if (arguments.size() == 2)
        {
            TypeIndex type = arguments[0].type->getTypeId();
            if (type != TypeIndex::DateTime && type != TypeIndex::DateTime64)
                throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                                "Illegal type {} of argument of function toString. The second argument is a time zone: the first must be DateTime or DateTime64",
                                arguments[0].type->getName());
            constantString("toString", arguments, 1, "time zone");
        }
        return typeByName("String");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t) const override
    {
        const auto & source = arguments[0];
        if (arguments.size() == 1)
            return castColumn(source.column, source.type, result_type);
        std::string zone = quoted(constantString("toString", arguments, 1, "time zone"));
        DataTypePtr zoned;
        if (source.type->getTypeId() == TypeIndex::DateTime)
            zoned = typeByName("DateTime(" + zone + ")");
        else
            zoned = typeByName(fmt::format("DateTime64({}, {})", decimalScale(*source.type), zone));
        /// Same values, only shown in another zone.
        return castColumn(source.column, zoned, result_type);
    }
};

/// CAST(x, 'T'), _CAST: NULLs go to a Nullable target or are an error.
class FunctionCast final : public IFunction
{
public:
    FunctionCast(std::string name_, bool keep_nullable_) : name(std::move(name_)), keep_nullable(keep_nullable_) {}

    std::string getName() const override { return name; }
    bool useDefaultImplementationForNulls() const override { return false; }
    bool useDefaultImplementationForLowCardinality() const override { return false; }
    std::vector<size_t> getArgumentsThatAreAlwaysConstant() const override { return {1}; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(name, arguments.size(), 2);
        if (arguments[1].type->getTypeId() != TypeIndex::String || !arguments[1].column || !arguments[1].column->isConst())
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                            "Second argument to {} must be a constant string describing type. Instead there is {}", name,
                            arguments[1].type->getName());
        DataTypePtr target = typeByName((*arguments[1].column)[0].get<std::string>());
        if (keep_nullable && arguments[0].type->isNullable())
            return makeNullable(target);
        return target;
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t) const override
    {
        return castColumn(arguments[0].column, arguments[0].type, result_type);
    }

private:
    std::string name;
    bool keep_nullable;
};

/// Whether `value` survives conversion to To unchanged (no wrap, no lost fraction, no overflow).
template <typename From, typename To>
bool convertsExactly(From value)
{
    if constexpr (std::is_floating_point_v<To>)
    {
        if constexpr (std::is_floating_point_v<From>)
            return !std::isfinite(value) || std::isfinite(static_cast<To>(value));
        else
            return true;
    }
    else if constexpr (std::is_floating_point_v<From>)
    {
        if (!std::isfinite(value))
            throw Exception(ErrorCodes::CANNOT_CONVERT_TYPE, "Unexpected inf or nan to integer conversion");
        return std::trunc(value) == value && static_cast<long double>(value) >= static_cast<long double>(std::numeric_limits<To>::lowest())
            && static_cast<long double>(value) <= static_cast<long double>(std::numeric_limits<To>::max());
    }
    else
    {
        /// Both fit Int128 except UInt128, whose values beyond Int128 are caught by the sign test.
        if ((std::is_same_v<From, UInt128> && static_cast<Int128>(value) < 0) || (std::is_same_v<To, UInt128> && value < From(0)))
            return false;
        return static_cast<Int128>(static_cast<To>(value)) == static_cast<Int128>(value);
    }
}

/// accurateCast(x, 'T') refuses values that change in the conversion; accurateCastOrNull
/// makes them NULL (and strings that do not parse, and NULLs), accurateCastOrDefault(x, 'T'[,
/// default]) gives them `default` (of type T), else T's default.
enum class AccurateMode
{
    Throw,
    OrNull,
    OrDefault,
};

class FunctionAccurateCast final : public IFunction
{
public:
    explicit FunctionAccurateCast(AccurateMode mode_) : mode(mode_) {}

    std::string getName() const override
    {
        return mode == AccurateMode::Throw ? "accurateCast" : mode == AccurateMode::OrNull ? "accurateCastOrNull" : "accurateCastOrDefault";
    }
    bool useDefaultImplementationForNulls() const override { return mode == AccurateMode::Throw; }
    bool useDefaultImplementationForLowCardinality() const override { return mode != AccurateMode::OrDefault; }
    std::vector<size_t> getArgumentsThatAreAlwaysConstant() const override { return {1}; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        DataTypePtr target = targetType(arguments);
        if (mode == AccurateMode::OrNull)
            return makeNullable(target);
        if (mode == AccurateMode::OrDefault)
        {
            /// ClickHouse computes it as accurateCastOrNull, so the same types are refused.
            if (!removeLowCardinality(target)->canBeInsideNullable() && !target->isNullable())
                throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                                "Type {} is not supported for accurateCastOrNull because it cannot be inside Nullable", target->getName());
            if (arguments.size() == 3 && !arguments[2].type->equals(*target))
                throw Exception(ErrorCodes::BAD_ARGUMENTS, "Default value type should be same as cast type. Expected {}. Actual {}",
                                target->getName(), arguments[2].type->getName());
        }
        return target;
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        DataTypePtr result_type = targetType(arguments);
        /// OrDefault converts to the plain type and wraps the result after.
        DataTypePtr target = mode == AccurateMode::OrDefault ? removeNullable(removeLowCardinality(result_type)) : result_type;
        bool is_lenient = mode != AccurateMode::Throw;
        const auto & source = arguments[0];
        ColumnPtr column = source.column->convertToFullColumnIfConst()->convertToFullColumnIfLowCardinality();
        DataTypePtr source_type = removeLowCardinality(source.type);
        PodArray<UInt8> failed(rows, 0);
        if (is_lenient && source_type->isNullable())
        {
            const auto & nullable = column->assertCast<ColumnNullable>();
            failed = nullable.getNullMapData();
            column = nullable.getNestedColumnPtr();
            source_type = removeNullable(source_type);
        }

        ColumnPtr values;
        TypeIndex from = source_type->getTypeId();
        TypeIndex to = target->getTypeId();
        if (from == TypeIndex::Nothing)
            values = target->createColumn()->cloneResized(rows);
        else if (is_lenient && isStringOrFixedString(*source_type))
        {
            PodArray<UInt8> parse_failed;
            values = parseStrings(*column, target, &parse_failed);
            for (size_t i = 0; i < rows; ++i)
                failed[i] |= parse_failed[i];
        }
        else if (isNativeNumber(from) && from != TypeIndex::Bool && to != TypeIndex::Bool
                 && (isNativeNumber(to) || to == TypeIndex::Date || to == TypeIndex::DateTime))
        {
            checkExact(*column, from, to, failed);
            if (is_lenient)
            {
                /// Rows that cannot convert are replaced: give them a value that converts cleanly.
                auto cleaned = column->cloneEmpty();
                for (size_t i = 0; i < rows; ++i)
                    failed[i] ? cleaned->insertDefault() : cleaned->insertFrom(*column, i);
                column = std::move(cleaned);
            }
            values = castColumn(column, source_type, target);
        }
        else
            values = castColumn(column, source_type, target);

        if (mode == AccurateMode::Throw)
            return values;
        if (mode == AccurateMode::OrNull)
            return ColumnNullable::create(values, ColumnUInt8::create(std::move(failed)));
        values = castColumn(values, target, result_type);
        ColumnPtr defaults = arguments.size() == 3 ? arguments[2].column : result_type->createColumn()->cloneResized(rows);
        return selectRows(failed, defaults, values);
    }

private:
    DataTypePtr targetType(const ColumnsWithTypeAndName & arguments) const
    {
        if (mode != AccurateMode::OrDefault)
        {
            checkArgumentCount(getName(), arguments.size(), 2);
            return typeByName(constantString(getName(), arguments, 1, "type name"));
        }
        if (arguments.size() < 2 || arguments.size() > 3)
            throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Function {} expected 2 or 3 arguments. Actual {}", getName(),
                            arguments.size());
        const auto & type_name = arguments[1];
        if (type_name.type->getTypeId() != TypeIndex::String || !type_name.column || !type_name.column->isConst())
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                            "Second argument to {} must be a constant string describing type. Actual {}", getName(), type_name.type->getName());
        return typeByName((*type_name.column)[0].get<std::string>());
    }

    /// Marks (or refuses) the values that do not survive the conversion. A Date or DateTime
    /// takes numbers from 0 to 2^32 - 1 (for a Date, those past 65535 as a time).
    void checkExact(const IColumn & column, TypeIndex from, TypeIndex to, PodArray<UInt8> & failed) const
    {
        bool is_date = to == TypeIndex::Date || to == TypeIndex::DateTime;
        dispatchByStorage(from, [&](auto from_tag) {
            using From = typename decltype(from_tag)::Type;
            const auto & data = column.assertCast<ColumnVector<From>>().getData();
            auto check = [&](auto is_exact) {
                for (size_t i = 0; i < data.size(); ++i)
                {
                    if (failed[i] || is_exact(data[i]))
                        continue;
                    if (mode == AccurateMode::Throw)
                    {
                        if (is_date)
                            throw Exception(ErrorCodes::CANNOT_CONVERT_TYPE, "Value {} cannot be safely converted into type {}",
                                            Field(data[i]).dump(), to == TypeIndex::Date ? "UInt16" : "UInt32");
                        throw Exception(ErrorCodes::CANNOT_CONVERT_TYPE, "Value in column {} cannot be safely converted into type {}",
                                        column.getName(), typeByName(integerOrFloatName(to))->getName());
                    }
                    failed[i] = 1;
                }
            };
            if (is_date)
                check([](From value) { return isUnsigned32(value); });
            else
                dispatchByStorage(to, [&](auto to_tag) {
                    using To = typename decltype(to_tag)::Type;
                    check([this](From value) {
                        /// NaN and infinities have no integer: an error for accurateCast, else a failed row.
                        if constexpr (std::is_floating_point_v<From> && !std::is_floating_point_v<To>)
                            if (mode != AccurateMode::Throw && !std::isfinite(value))
                                return false;
                        return convertsExactly<From, To>(value);
                    });
                });
        });
    }

    template <typename From>
    static bool isUnsigned32(From value)
    {
        if constexpr (std::is_floating_point_v<From>)
            return value >= 0 && value <= static_cast<From>(std::numeric_limits<UInt32>::max());
        else
            return value >= From(0) && static_cast<UInt64>(value) <= std::numeric_limits<UInt32>::max();
    }

    static std::string integerOrFloatName(TypeIndex type)
    {
        if (type == TypeIndex::Float32)
            return "Float32";
        if (type == TypeIndex::Float64)
            return "Float64";
        return integerTypeName(isNativeSignedInteger(type), nativeNumberSize(type));
    }

    AccurateMode mode;
};

void registerConversion(FunctionFactory & factory, const std::string & name, const TargetResolver & resolver, bool with_variants,
                        bool with_default = false, size_t target_arity = 1)
{
    factory.registerFunction(name, [name, resolver](const FunctionContext &) {
        return std::make_shared<FunctionConvert>(name, resolver, ErrorMode::Throw);
    });
    if (!with_variants)
        return;
    std::vector<std::pair<const char *, ErrorMode>> variants{{"OrZero", ErrorMode::OrZero}, {"OrNull", ErrorMode::OrNull}};
    if (with_default)
        variants.emplace_back("OrDefault", ErrorMode::OrDefault);
    for (auto [suffix, mode] : variants)
    {
        std::string variant = name + suffix;
        factory.registerFunction(variant, [variant, resolver, mode, target_arity](const FunctionContext &) {
            return std::make_shared<FunctionConvert>(variant, resolver, mode, target_arity);
        });
    }
}
}

void registerFunctionsConversion(FunctionFactory & factory)
{
    for (const char * type : {"UInt8", "UInt16", "UInt32", "UInt64", "UInt128", "Int8", "Int16", "Int32", "Int64", "Int128", "Float32", "Float64",
                              "UUID", "Bool", "IPv4", "IPv6"})
        registerConversion(factory, std::string("to") + type, fixedType(type), true, true);
    registerConversion(factory, "toDate", dateType("Date"), true);
    registerConversion(factory, "toDate32", dateType("Date32"), true);
    registerConversion(factory, "toDecimal32", decimalType(9), true, true, 2);
    registerConversion(factory, "toDecimal64", decimalType(18), true, true, 2);
    registerConversion(factory, "toDecimal128", decimalType(38), true, true, 2);
    registerConversion(factory, "toDateTime", dateTimeType, true);
    registerConversion(factory, "toDateTime64", dateTime64Type, true);
    registerConversion(factory, "toFixedString", fixedStringType, false);
    factory.registerFunction("toString", [](const FunctionContext &) { return std::make_shared<FunctionToString>(); });
    factory.registerFunction("CAST", [](const FunctionContext & context) { return std::make_shared<FunctionCast>("CAST", context.cast_keep_nullable); },
                             FunctionFactory::CaseSensitiveness::CaseInsensitive);
    for (auto mode : {AccurateMode::Throw, AccurateMode::OrNull, AccurateMode::OrDefault})
        factory.registerFunction(FunctionAccurateCast(mode).getName(), [mode](const FunctionContext &) { return std::make_shared<FunctionAccurateCast>(mode); });
    factory.registerFunction("_CAST", [](const FunctionContext &) { return std::make_shared<FunctionCast>("_CAST", true); });
}
}
