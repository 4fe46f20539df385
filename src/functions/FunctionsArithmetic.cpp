// plus, minus, multiply, divide, intDiv, intDivOrZero, modulo, moduloOrZero, negate, abs with ClickHouse's
// result types. Each call widens its operands to one computation type and runs one typed loop,
// so only a few loops per operation are instantiated instead of one per pair of argument types.
// Decimals are computed exactly on their raw integers.
#include <cmath>
#include <limits>

#include "functions/CastColumn.h"
#include "functions/FunctionFactory.h"
#include "functions/FunctionHelpers.h"
#include "functions/registerFunctions.h"
#include "columns/ColumnTuple.h"
#include "types/DataTypeInterval.h"
#include "types/DataTypeTuple.h"

namespace datastore::functions
{
namespace
{
enum class BinaryOp
{
    Plus,
    Minus,
    Multiply,
    Divide,
    IntDiv,
    IntDivOrZero,
    Modulo,
    ModuloOrZero,
};

bool isDateLike(TypeIndex type)
{
    return type == TypeIndex::Date || type == TypeIndex::Date32 || type == TypeIndex::DateTime || type == TypeIndex::DateTime64;
}

size_t operandSize(TypeIndex type)
{
    return nativeNumberSize(type);
}

bool operandSigned(TypeIndex type)
{
    return isNativeSignedInteger(type) || type == TypeIndex::Float32 || type == TypeIndex::Float64;
}

/// Twice as wide, up to 64 bits; 128-bit operands stay 128-bit.
size_t nextSize(size_t size)
{
    return size >= 16 ? 16 : std::min<size_t>(size * 2, 8);
}

class FunctionBinaryArithmetic final : public IFunction
{
public:
    FunctionBinaryArithmetic(std::string name_, BinaryOp op_, const FunctionContext & context_ = {})
        : name(std::move(name_)), op(op_), context(context_)
    {
    }

    std::string getName() const override { return name; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(name, arguments.size(), 2);
        TypeIndex left = arguments[0].type->getTypeId();
        TypeIndex right = arguments[1].type->getTypeId();

        if (left == TypeIndex::Interval || right == TypeIndex::Interval)
            return intervalResultType(arguments);
        /// t + (INTERVAL 1 DAY, INTERVAL 1 HOUR), either order, and t - (...).
        if ((isDateLike(left) && right == TypeIndex::Tuple && (op == BinaryOp::Plus || op == BinaryOp::Minus))
            || (left == TypeIndex::Tuple && isDateLike(right) && op == BinaryOp::Plus))
        {
            interval_function = FunctionFactory::instance().get(op == BinaryOp::Plus ? "addTupleOfIntervals" : "subtractTupleOfIntervals", context);
            interval_first = left == TypeIndex::Tuple;
            return interval_function->getReturnType(intervalArguments(arguments));
        }
        if (isDateLike(left) || isDateLike(right))
            return dateResultType(arguments);
        if (isDecimal(*arguments[0].type) || isDecimal(*arguments[1].type))
            return decimalResultType(arguments);
        if (!isNativeNumber(left) || !isNativeNumber(right))
            throwIllegalTypes(arguments);

        bool any_float = isNativeFloat(left) || isNativeFloat(right);
        switch (op)
        {
            case BinaryOp::Plus:
            case BinaryOp::Multiply:
                if (any_float)
                    return typeByName("Float64");
                return typeByName(integerTypeName(
                    isNativeSignedInteger(left) || isNativeSignedInteger(right), nextSize(std::max(operandSize(left), operandSize(right)))));
            case BinaryOp::Minus:
                if (any_float)
                    return typeByName("Float64");
                return typeByName(integerTypeName(true, nextSize(std::max(operandSize(left), operandSize(right)))));
            case BinaryOp::Divide: return typeByName("Float64");
            case BinaryOp::IntDiv:
            case BinaryOp::IntDivOrZero:
                /// Floats count as signed integers of their width.
                return typeByName(integerTypeName(operandSigned(left) || operandSigned(right), operandSize(left)));
            case BinaryOp::Modulo:
            case BinaryOp::ModuloOrZero:
            {
                if (any_float)
                    return typeByName("Float64");
                bool left_signed = isNativeSignedInteger(left);
                size_t size = operandSize(right);
                /// A signed remainder of an unsigned divisor needs one more bit.
                if (left_signed && !isNativeSignedInteger(right))
                    size = nextSize(size);
                return typeByName(integerTypeName(left_signed, size));
            }
        }
        throwIllegalTypes(arguments);
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const override
    {
        if (interval_function)
            return interval_function->execute(intervalArguments(arguments), result_type, rows);
        if (is_interval_pair)
            return executeIntervalPair(arguments, result_type, rows);
        TypeIndex left = arguments[0].type->getTypeId();
        TypeIndex right = arguments[1].type->getTypeId();
        TypeIndex result = result_type->getTypeId();

        bool any_float = isNativeFloat(left) || isNativeFloat(right);
        bool any_decimal = isDecimal(*arguments[0].type) || isDecimal(*arguments[1].type);
        if (any_decimal && isDecimal(*result_type))
            return executeDecimal(arguments, result_type, rows);
        if (any_decimal)
        {
            /// A decimal with a float is computed in Float64 from the decimals' values.
            ColumnsWithTypeAndName as_floats = arguments;
            DataTypePtr float64 = typeByName("Float64");
            for (auto & argument : as_floats)
            {
                argument.column = castColumn(argument.column, argument.type, float64);
                argument.type = float64;
            }
            return execute(as_floats, result_type, rows);
        }
        ColumnPtr computed;
        TypeIndex computed_type;
        if (isDateLike(left) || isDateLike(right))
        {
            ColumnsWithTypeAndName operands = arguments;
            if (left == TypeIndex::DateTime64 || right == TypeIndex::DateTime64)
            {
                /// The number counts seconds: scaled to the DateTime64's ticks first.
                size_t number = left == TypeIndex::DateTime64 ? 1 : 0;
                operands[number].column = castColumn(arguments[number].column, arguments[number].type, arguments[1 - number].type);
                operands[number].type = arguments[1 - number].type;
            }
            computed = compute<Int64>(operands, rows);
            computed_type = TypeIndex::Int64;
        }
        else if (op == BinaryOp::Plus || op == BinaryOp::Minus || op == BinaryOp::Multiply)
        {
            /// Wrapping in the result type gives exactly ClickHouse's results.
            dispatchByStorage(result, [&](auto tag) {
                using R = typename decltype(tag)::Type;
                computed = compute<R>(arguments, rows);
            });
            computed_type = result;
        }
        else if (op == BinaryOp::Divide || any_float)
        {
            computed = compute<Float64>(arguments, rows);
            computed_type = TypeIndex::Float64;
        }
        else if (!isNativeSignedInteger(left) && !isNativeSignedInteger(right))
        {
            if (left == TypeIndex::UInt128 || right == TypeIndex::UInt128)
            {
                computed = compute<UInt128>(arguments, rows);
                computed_type = TypeIndex::UInt128;
            }
            else
            {
                computed = compute<UInt64>(arguments, rows);
                computed_type = TypeIndex::UInt64;
            }
        }
        else if (operandSize(left) >= 16 || operandSize(right) >= 16
                 || (isNativeSignedInteger(left) != isNativeSignedInteger(right) && (operandSize(left) >= 8 || operandSize(right) >= 8)))
        {
            /// Mixed signedness at 64 bits: Int128 holds both operands exactly.
            computed = compute<Int128>(arguments, rows);
            computed_type = TypeIndex::Int128;
        }
        else
        {
            computed = compute<Int64>(arguments, rows);
            computed_type = TypeIndex::Int64;
        }

        ColumnPtr converted;
        dispatchByStorage(result, [&](auto tag) {
            using R = typename decltype(tag)::Type;
            converted = convertNumericColumn<R>(computed, computed_type);
        });
        return converted;
    }

private:
    /// t + INTERVAL n unit (either order) and t - INTERVAL n unit: computed by addUnits(t, n)
    /// and subtractUnits(t, n), which the interval's Int64 count feeds directly.
    DataTypePtr intervalResultType(const ColumnsWithTypeAndName & arguments) const
    {
        size_t interval_position = arguments[1].type->getTypeId() == TypeIndex::Interval ? 1 : 0;
        const auto * interval = arguments[interval_position].type->as<DataTypeInterval>();
        /// INTERVAL 1 DAY + INTERVAL 2 DAY is IntervalDay 3; of different units, a Tuple of both
        /// (the second negated by minus), as ClickHouse 24.x.
        if (arguments[0].type->getTypeId() == TypeIndex::Interval && arguments[1].type->getTypeId() == TypeIndex::Interval
            && (op == BinaryOp::Plus || op == BinaryOp::Minus))
        {
            is_interval_pair = true;
            if (arguments[0].type->as<DataTypeInterval>()->getKind() == arguments[1].type->as<DataTypeInterval>()->getKind())
                return arguments[0].type;
            return std::make_shared<DataTypeTuple>(DataTypes{arguments[0].type, arguments[1].type});
        }
        bool supported = (op == BinaryOp::Plus || (op == BinaryOp::Minus && interval_position == 1))
            && arguments[1 - interval_position].type->getTypeId() != TypeIndex::Interval;
        if (!supported)
            throwIllegalTypes(arguments);
        std::string function = std::string(op == BinaryOp::Plus ? "add" : "subtract") + std::string(intervalKindName(interval->getKind())) + "s";
        interval_function = FunctionFactory::instance().get(function, context);
        interval_first = interval_position == 0;
        return interval_function->getReturnType(intervalArguments(arguments));
    }

    ColumnPtr executeIntervalPair(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const
    {
        auto left = numericOperand<Int64>(arguments[0].column, TypeIndex::Int64);
        auto right = numericOperand<Int64>(arguments[1].column, TypeIndex::Int64);
        Int64 sign = op == BinaryOp::Minus ? -1 : 1;
        auto result = ColumnInt64::create(rows);
        if (result_type->getTypeId() == TypeIndex::Interval)
        {
            binaryLoop(left, right, result->getData().data(), rows, [sign](Int64 a, Int64 b) { return a + sign * b; });
            return result;
        }
        binaryLoop(left, right, result->getData().data(), rows, [sign](Int64, Int64 b) { return sign * b; });
        return ColumnTuple::create(Columns{arguments[0].column->convertToFullColumnIfConst(), std::move(result)});
    }

    ColumnsWithTypeAndName intervalArguments(const ColumnsWithTypeAndName & arguments) const
    {
        return interval_first ? ColumnsWithTypeAndName{arguments[1], arguments[0]} : arguments;
    }

    DataTypePtr dateResultType(const ColumnsWithTypeAndName & arguments) const
    {
        const auto & left = arguments[0].type;
        const auto & right = arguments[1].type;
        bool left_date = isDateLike(left->getTypeId());
        bool right_date = isDateLike(right->getTypeId());
        if (op == BinaryOp::Plus && left_date != right_date)
        {
            const auto & other = left_date ? right : left;
            if (isNativeNumber(other->getTypeId()))
                return left_date ? left : right;
        }
        if (op == BinaryOp::Minus && left_date)
        {
            if (!right_date && isNativeNumber(right->getTypeId()))
                return left;
            if (right_date && left->getTypeId() == right->getTypeId() && left->getTypeId() != TypeIndex::DateTime64)
                return typeByName("Int32");
        }
        throwIllegalTypes(arguments);
    }

    /// Decimal operands: the width of the wider one, scales by ClickHouse's rules; an integer
    /// operand has scale 0, except as a dividend, where it takes the divisor's scale.
    DataTypePtr decimalResultType(const ColumnsWithTypeAndName & arguments) const
    {
        const auto & left = *arguments[0].type;
        const auto & right = *arguments[1].type;
        if (op != BinaryOp::Plus && op != BinaryOp::Minus && op != BinaryOp::Multiply && op != BinaryOp::Divide)
            throwIllegalTypes(arguments);
        if (isNativeFloat(left.getTypeId()) || isNativeFloat(right.getTypeId()))
            return typeByName("Float64");
        for (const auto * type : {&left, &right})
            if (!isDecimal(*type) && !isNativeInteger(type->getTypeId()))
                throwIllegalTypes(arguments);
        UInt32 precision = std::max(decimalWidth(left), decimalWidth(right));
        auto [left_scale, right_scale] = operandScales(arguments);
        UInt32 scale = 0;
        switch (op)
        {
            case BinaryOp::Plus:
            case BinaryOp::Minus: scale = std::max(left_scale, right_scale); break;
            case BinaryOp::Multiply: scale = left_scale + right_scale; break;
            default:
                if (left_scale < right_scale)
                    throw Exception(ErrorCodes::ARGUMENT_OUT_OF_BOUND, "Decimal result's scale is less than argument's one");
                scale = left_scale;
                break;
        }
        return typeByName(fmt::format("Decimal({}, {})", precision, scale));
    }

    static UInt32 decimalWidth(const IDataType & type)
    {
        size_t size = nativeNumberSize(type.getTypeId());
        return size <= 4 ? 9 : (size == 8 ? 18 : 38);
    }

    std::pair<UInt32, UInt32> operandScales(const ColumnsWithTypeAndName & arguments) const
    {
        UInt32 left_scale = decimalScale(*arguments[0].type);
        UInt32 right_scale = decimalScale(*arguments[1].type);
        if (op == BinaryOp::Divide && !isDecimal(*arguments[0].type))
            left_scale = right_scale;
        return {left_scale, right_scale};
    }

    /// Exact decimal arithmetic on raw values in Int128, then narrowed to the result's width.
    ColumnPtr executeDecimal(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const
    {
        auto [left_scale, right_scale] = operandScales(arguments);
        UInt32 result_scale = decimalScale(*result_type);
        if (op == BinaryOp::Plus || op == BinaryOp::Minus)
            left_scale = right_scale = result_scale;
        auto raw = [&](const ColumnWithTypeAndName & argument, UInt32 scale) {
            return numericOperand<Int128>(castColumn(argument.column, argument.type, typeByName(fmt::format("Decimal(38, {})", scale))),
                                          TypeIndex::Decimal128);
        };
        auto a = raw(arguments[0], left_scale);
        auto b = raw(arguments[1], right_scale);
        auto result = ColumnVector<Int128>::create(rows);
        Int128 * out = result->getData().data();
        switch (op)
        {
            case BinaryOp::Plus: binaryLoop(a, b, out, rows, [](Int128 x, Int128 y) { return x + y; }); break;
            case BinaryOp::Minus: binaryLoop(a, b, out, rows, [](Int128 x, Int128 y) { return x - y; }); break;
            case BinaryOp::Multiply: binaryLoop(a, b, out, rows, [](Int128 x, Int128 y) { return x * y; }); break;
            default:
            {
                checkDivisors(a, b, rows);
                Int128 multiplier = 1;
                for (UInt32 i = 0; i < right_scale; ++i)
                    multiplier *= 10;
                binaryLoop(a, b, out, rows, [multiplier](Int128 x, Int128 y) { return x * multiplier / y; });
                break;
            }
        }
        ColumnPtr converted;
        dispatchByStorage(result_type->getTypeId(), [&](auto tag) {
            using R = typename decltype(tag)::Type;
            /// A result that does not fit its width is an error, not a wrapped value.
            if constexpr (sizeof(R) < sizeof(Int128))
                for (size_t i = 0; i < rows; ++i)
                    if (out[i] > static_cast<Int128>(std::numeric_limits<R>::max()) || out[i] < static_cast<Int128>(std::numeric_limits<R>::min()))
                        throw Exception(ErrorCodes::DECIMAL_OVERFLOW, "Decimal math overflow");
            converted = convertNumericColumn<R>(result, TypeIndex::Int128);
        });
        return converted;
    }

    [[noreturn]] void throwIllegalTypes(const ColumnsWithTypeAndName & arguments) const
    {
        throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal types {} and {} of arguments of function {}",
                        arguments[0].type->getName(), arguments[1].type->getName(), name);
    }

    template <typename C>
    ColumnPtr compute(const ColumnsWithTypeAndName & arguments, size_t rows) const
    {
        auto a = numericOperand<C>(arguments[0].column, arguments[0].type->getTypeId());
        auto b = numericOperand<C>(arguments[1].column, arguments[1].type->getTypeId());
        DivisionTrap<C> trap = divisionTrap<C>(arguments[0].type->getTypeId(), arguments[1].type->getTypeId());
        auto result = ColumnVector<C>::create(rows);
        C * out = result->getData().data();
        switch (op)
        {
            case BinaryOp::Plus: binaryLoop(a, b, out, rows, [](C x, C y) { return static_cast<C>(x + y); }); break;
            case BinaryOp::Minus: binaryLoop(a, b, out, rows, [](C x, C y) { return static_cast<C>(x - y); }); break;
            case BinaryOp::Multiply: binaryLoop(a, b, out, rows, [](C x, C y) { return static_cast<C>(x * y); }); break;
            case BinaryOp::Divide:
                if constexpr (std::is_floating_point_v<C>)
                    binaryLoop(a, b, out, rows, [](C x, C y) { return x / y; });
                break;
            case BinaryOp::IntDiv:
                checkDivisors(a, b, rows, trap);
                if constexpr (std::is_floating_point_v<C>)
                    binaryLoop(a, b, out, rows, [](C x, C y) { return std::trunc(x / y); });
                else
                    binaryLoop(a, b, out, rows, [](C x, C y) { return static_cast<C>(x / y); });
                break;
            case BinaryOp::IntDivOrZero:
                if constexpr (std::is_floating_point_v<C>)
                    binaryLoop(a, b, out, rows, [](C x, C y) { return y == 0 ? C(0) : std::trunc(x / y); });
                else if constexpr (std::is_signed_v<C> || std::is_same_v<C, Int128>)
                    binaryLoop(a, b, out, rows, [trap](C x, C y) { return y == 0 || trap.traps(x, y) ? C(0) : static_cast<C>(x / y); });
                else
                    binaryLoop(a, b, out, rows, [](C x, C y) { return y == 0 ? C(0) : static_cast<C>(x / y); });
                break;
            case BinaryOp::Modulo:
            case BinaryOp::ModuloOrZero:
                /// A float remainder of zero is NaN, as fmod gives it, in either function.
                if constexpr (std::is_floating_point_v<C>)
                    binaryLoop(a, b, out, rows, [](C x, C y) { return std::fmod(x, y); });
                else
                {
                    /// x % -1 is 0, also for the minimal signed x, where the instruction traps.
                    auto remainder = [](C x, C y) {
                        if constexpr (std::is_signed_v<C> || std::is_same_v<C, Int128>)
                            if (y == C(-1))
                                return C(0);
                        return static_cast<C>(x % y);
                    };
                    if (op == BinaryOp::ModuloOrZero)
                        binaryLoop(a, b, out, rows, [remainder](C x, C y) { return y == 0 ? C(0) : remainder(x, y); });
                    else
                    {
                        checkDivisors(a, b, rows, trap);
                        binaryLoop(a, b, out, rows, remainder);
                    }
                }
                break;
        }
        return result;
    }

    template <typename C>
    static C minimum()
    {
        if constexpr (std::is_same_v<C, Int128>)
            return static_cast<Int128>(static_cast<UInt128>(1) << 127);
        else
            return std::numeric_limits<C>::min();
    }

    /// x / -1 and x % -1 of the minimal value of x's signed type trap in the CPU: ClickHouse
    /// refuses them (its OrZero forms give 0), judged by the arguments' own types, not C.
    template <typename C>
    struct DivisionTrap
    {
        bool can_trap = false;
        C minimum{};
        bool traps(C x, C y) const { return can_trap && y == C(-1) && x == minimum; }
    };

    template <typename C>
    static DivisionTrap<C> divisionTrap(TypeIndex left, TypeIndex right)
    {
        DivisionTrap<C> trap;
        if constexpr (!std::is_floating_point_v<C> && (std::is_signed_v<C> || std::is_same_v<C, Int128>))
            if (isNativeSignedInteger(left) && isNativeSignedInteger(right))
                dispatchByStorage(left, [&](auto tag) {
                    using T = typename decltype(tag)::Type;
                    if constexpr (!std::is_floating_point_v<T> && sizeof(T) <= sizeof(C))
                    {
                        trap.can_trap = true;
                        trap.minimum = static_cast<C>(minimum<T>());
                    }
                });
        return trap;
    }

    /// intDiv and modulo refuse a zero divisor (and the minimal signed number by -1) before the
    /// loop, so the loop itself stays branch-free.
    template <typename C>
    void checkDivisors(const NumericOperand<C> & a, const NumericOperand<C> & b, size_t rows, DivisionTrap<C> trap = {}) const
    {
        auto check = [&](C x, C y) {
            if (y == 0)
                throw Exception(ErrorCodes::ILLEGAL_DIVISION, "Division by zero");
            if (trap.traps(x, y))
                throw Exception(ErrorCodes::ILLEGAL_DIVISION, "Division of minimal signed number by minus one");
        };
        if (b.is_const)
        {
            if (b.constant == 0)
                check(C(0), b.constant);
            if (b.constant != C(-1))
                return;
        }
        for (size_t i = 0; i < rows; ++i)
            check(a.is_const ? a.constant : a.data[i], b.is_const ? b.constant : b.data[i]);
    }

    std::string name;
    BinaryOp op;
    FunctionContext context;
    /// Set by getReturnType when one operand is an Interval.
    mutable FunctionPtr interval_function;
    mutable bool interval_first = false;
    /// Set by getReturnType for Interval + Interval and Interval - Interval.
    mutable bool is_interval_pair = false;
};

class FunctionUnaryArithmetic final : public IFunction
{
public:
    FunctionUnaryArithmetic(std::string name_, bool is_abs_) : name(std::move(name_)), is_abs(is_abs_) {}

    std::string getName() const override { return name; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(name, arguments.size(), 1);
        TypeIndex type = arguments[0].type->getTypeId();
        if (isDecimal(*arguments[0].type))
            return arguments[0].type;
        if (!isNativeNumber(type))
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type {} of argument of function {}", arguments[0].type->getName(), name);
        if (isNativeFloat(type))
            return arguments[0].type;
        if (type == TypeIndex::Bool)
            type = TypeIndex::UInt8;
        bool is_signed = isNativeSignedInteger(type);
        if (is_abs)
            return typeByName(integerTypeName(false, operandSize(type)));
        return is_signed ? typeByName(integerTypeName(true, operandSize(type))) : typeByName(integerTypeName(true, nextSize(operandSize(type))));
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const override
    {
        TypeIndex type = arguments[0].type->getTypeId();
        TypeIndex result = result_type->getTypeId();
        ColumnPtr computed;
        TypeIndex computed_type = result;
        if (isNativeFloat(type))
        {
            dispatchByStorage(type, [&](auto tag) {
                using F = typename decltype(tag)::Type;
                computed = apply<F>(arguments[0], rows);
            });
        }
        else if (operandSize(type) >= 16)
        {
            computed = apply<Int128>(arguments[0], rows);
            computed_type = TypeIndex::Int128;
        }
        else
        {
            computed = apply<Int64>(arguments[0], rows);
            computed_type = TypeIndex::Int64;
        }
        ColumnPtr converted;
        dispatchByStorage(result, [&](auto tag) {
            using R = typename decltype(tag)::Type;
            converted = convertNumericColumn<R>(computed, computed_type);
        });
        return converted;
    }

private:
    /// Two's complement negation: the minimal value wraps to itself instead of overflowing.
    template <typename C>
    static C negated(C value)
    {
        if constexpr (std::is_floating_point_v<C>)
            return -value;
        else if constexpr (std::is_same_v<C, Int128>)
            return static_cast<Int128>(UInt128(0) - static_cast<UInt128>(value));
        else
            return static_cast<C>(UInt64(0) - static_cast<UInt64>(value));
    }

    template <typename C>
    ColumnPtr apply(const ColumnWithTypeAndName & argument, size_t rows) const
    {
        auto source = numericOperand<C>(argument.column->convertToFullColumnIfConst(), argument.type->getTypeId());
        auto result = ColumnVector<C>::create(rows);
        C * out = result->getData().data();
        if (is_abs)
            for (size_t i = 0; i < rows; ++i)
                out[i] = source.data[i] < 0 ? negated(source.data[i]) : source.data[i];
        else
            for (size_t i = 0; i < rows; ++i)
                out[i] = negated(source.data[i]);
        return result;
    }

    std::string name;
    bool is_abs;
};
}

void registerFunctionsArithmetic(FunctionFactory & factory)
{
    factory.registerFunction(
        "plus", [](const FunctionContext & context) { return std::make_shared<FunctionBinaryArithmetic>("plus", BinaryOp::Plus, context); });
    factory.registerFunction(
        "minus", [](const FunctionContext & context) { return std::make_shared<FunctionBinaryArithmetic>("minus", BinaryOp::Minus, context); });
    factory.registerFunction("multiply", makeCreator<FunctionBinaryArithmetic>(std::string("multiply"), BinaryOp::Multiply));
    factory.registerFunction("divide", makeCreator<FunctionBinaryArithmetic>(std::string("divide"), BinaryOp::Divide));
    factory.registerFunction("intDiv", makeCreator<FunctionBinaryArithmetic>(std::string("intDiv"), BinaryOp::IntDiv));
    factory.registerFunction("intDivOrZero", makeCreator<FunctionBinaryArithmetic>(std::string("intDivOrZero"), BinaryOp::IntDivOrZero));
    factory.registerFunction("modulo", makeCreator<FunctionBinaryArithmetic>(std::string("modulo"), BinaryOp::Modulo));
    factory.registerFunction("moduloOrZero", makeCreator<FunctionBinaryArithmetic>(std::string("moduloOrZero"), BinaryOp::ModuloOrZero));
    factory.registerAlias("mod", "modulo", FunctionFactory::CaseSensitiveness::CaseInsensitive);
    factory.registerFunction("negate", makeCreator<FunctionUnaryArithmetic>(std::string("negate"), false));
    factory.registerFunction("abs", makeCreator<FunctionUnaryArithmetic>(std::string("abs"), true), FunctionFactory::CaseSensitiveness::CaseInsensitive);
}
}
