// Integer math with ClickHouse's types and limits: intExp2(n) and intExp10(n) (UInt64, 0 below
// zero, saturated above the largest power that fits, a fractional n truncated), factorial(n)
// (UInt64, n at most 20, 1 for n < 1) and gcd / lcm (in plus's result type; a zero operand is a
// division by zero, as ClickHouse computes them by division).
#include <limits>

#include "functions/FunctionFactory.h"
#include "functions/FunctionHelpers.h"
#include "functions/registerFunctions.h"

namespace datastore::functions
{
namespace
{
enum class PowerOf
{
    Two,
    Ten,
};

UInt64 integerPower(PowerOf base, Float64 exponent)
{
    if (!(exponent >= 0))
        return 0;
    UInt64 n = exponent >= 64 ? 64 : static_cast<UInt64>(exponent);
    if (base == PowerOf::Two)
        return n >= 64 ? std::numeric_limits<UInt64>::max() : UInt64(1) << n;
    if (n > 19)
        return std::numeric_limits<UInt64>::max();
    UInt64 value = 1;
    for (UInt64 i = 0; i < n; ++i)
        value *= 10;
    return value;
}

class FunctionIntExp final : public IFunction
{
public:
    explicit FunctionIntExp(PowerOf base_) : base(base_) {}
    std::string getName() const override { return base == PowerOf::Two ? "intExp2" : "intExp10"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 1);
        if (!isNativeNumber(arguments[0].type->getTypeId()))
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type {} of argument of function {}", arguments[0].type->getName(),
                            getName());
        return typeByName("UInt64");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        auto exponents = numericOperand<Float64>(arguments[0].column->convertToFullColumnIfConst(), arguments[0].type->getTypeId());
        auto result = ColumnUInt64::create(rows);
        for (size_t i = 0; i < rows; ++i)
            result->getData()[i] = integerPower(base, exponents.data[i]);
        return result;
    }

private:
    PowerOf base;
};

class FunctionFactorial final : public IFunction
{
public:
    static constexpr Int64 largest = 20;

    std::string getName() const override { return "factorial"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 1);
        TypeIndex type = arguments[0].type->getTypeId();
        if (!isNativeInteger(type) || nativeNumberSize(type) > 8)
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                            "Illegal type of argument of function factorial, should not be floating point or big int");
        return typeByName("UInt64");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        auto values = numericOperand<Int128>(arguments[0].column->convertToFullColumnIfConst(), arguments[0].type->getTypeId());
        auto result = ColumnUInt64::create(rows);
        for (size_t i = 0; i < rows; ++i)
        {
            Int128 n = values.data[i];
            if (n > largest)
                throw Exception(ErrorCodes::BAD_ARGUMENTS, "The maximum value for the input argument of function factorial is {}", largest);
            UInt64 product = 1;
            for (Int128 k = 2; k <= n; ++k)
                product *= static_cast<UInt64>(k);
            result->getData()[i] = product;
        }
        return result;
    }
};

class FunctionGcdLcm final : public IFunction
{
public:
    explicit FunctionGcdLcm(bool is_lcm_) : is_lcm(is_lcm_) {}
    std::string getName() const override { return is_lcm ? "lcm" : "gcd"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 2);
        TypeIndex left = arguments[0].type->getTypeId();
        TypeIndex right = arguments[1].type->getTypeId();
        if (!isNativeInteger(left) || !isNativeInteger(right))
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal types {} and {} of arguments of function {}",
                            arguments[0].type->getName(), arguments[1].type->getName(), getName());
        size_t size = std::max(nativeNumberSize(left), nativeNumberSize(right));
        size = size >= 16 ? 16 : std::min<size_t>(size * 2, 8);
        return typeByName(integerTypeName(isNativeSignedInteger(left) || isNativeSignedInteger(right), size));
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const override
    {
        auto a = numericOperand<Int128>(arguments[0].column->convertToFullColumnIfConst(), arguments[0].type->getTypeId());
        auto b = numericOperand<Int128>(arguments[1].column->convertToFullColumnIfConst(), arguments[1].type->getTypeId());
        auto computed = ColumnVector<Int128>::create(rows);
        Int128 * out = computed->getData().data();
        constexpr Int128 int64_min = std::numeric_limits<Int64>::min();
        for (size_t i = 0; i < rows; ++i)
        {
            Int128 x = a.data[i];
            Int128 y = b.data[i];
            if (x == 0 || y == 0)
                throw Exception(ErrorCodes::ILLEGAL_DIVISION, "Division by zero");
            if ((x == int64_min && y == -1) || (y == int64_min && x == -1))
                throw Exception(ErrorCodes::ILLEGAL_DIVISION, "Division of minimal signed number by minus one");
            UInt128 p = static_cast<UInt128>(x < 0 ? -x : x);
            UInt128 q = static_cast<UInt128>(y < 0 ? -y : y);
            UInt128 m = p;
            UInt128 n = q;
            while (n != 0)
            {
                UInt128 r = m % n;
                m = n;
                n = r;
            }
            out[i] = static_cast<Int128>(is_lcm ? p / m * q : m);
        }
        ColumnPtr result;
        dispatchByStorage(result_type->getTypeId(), [&](auto tag) {
            using R = typename decltype(tag)::Type;
            result = convertNumericColumn<R>(std::move(computed), TypeIndex::Int128);
        });
        return result;
    }

private:
    bool is_lcm;
};
}

void registerFunctionsIntegerMath(FunctionFactory & factory)
{
    factory.registerFunction("intExp2", makeCreator<FunctionIntExp>(PowerOf::Two));
    factory.registerFunction("intExp10", makeCreator<FunctionIntExp>(PowerOf::Ten));
    factory.registerFunction("factorial", makeCreator<FunctionFactorial>());
    factory.registerFunction("gcd", makeCreator<FunctionGcdLcm>(false));
    factory.registerFunction("lcm", makeCreator<FunctionGcdLcm>(true));
}
}
