// Mathematical functions over Float64, as ClickHouse computes them: exp, log, pow, sqrt,
// the trigonometric and hyperbolic families, erf and gamma, and the constants e() and pi().
// Any integer, float or Decimal argument is read as Float64; the result is always Float64.
#include <cmath>
#include <limits>
#include <numbers>

#include "functions/FunctionHelpers.h"
#include "functions/registerFunctions.h"

namespace datastore::functions
{
namespace
{
using enum FunctionFactory::CaseSensitiveness;
using UnaryMath = double (*)(double);
using BinaryMath = double (*)(double, double);

/// ILLEGAL_TYPE_OF_ARGUMENT unless the argument is a number (Decimals included).
void checkNumeric(const std::string & function, const ColumnsWithTypeAndName & arguments)
{
    for (size_t i = 0; i < arguments.size(); ++i)
        if (!isNumber(*arguments[i].type) && !isDecimal(*arguments[i].type))
            throwIllegalType(function, *arguments[i].type, i + 1);
}

/// The argument as Float64 values; Decimals divided by their scale.
NumericOperand<Float64> floatOperand(const ColumnWithTypeAndName & argument)
{
    auto operand = numericOperand<Float64>(argument.column, argument.type->getTypeId());
    UInt32 scale = isDecimal(*argument.type) ? decimalScale(*argument.type) : 0;
    if (scale == 0)
        return operand;
    const Float64 divisor = std::pow(10.0, scale);
    if (operand.is_const)
    {
        operand.constant /= divisor;
        return operand;
    }
    auto scaled = ColumnFloat64::create(argument.column->size());
    for (size_t i = 0; i < scaled->size(); ++i)
        scaled->getData()[i] = operand.data[i] / divisor;
    operand.holder = scaled;
    operand.data = scaled->getData().data();
    return operand;
}

class FunctionMathUnary final : public IFunction
{
public:
    FunctionMathUnary(std::string name_, UnaryMath math_) : name(std::move(name_)), math(math_) {}
    std::string getName() const override { return name; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(name, arguments.size(), 1);
        checkNumeric(name, arguments);
        return typeByName("Float64");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        auto operand = floatOperand(arguments[0]);
        auto result = ColumnFloat64::create(rows);
        auto * out = result->getData().data();
        if (operand.is_const)
            std::fill(out, out + rows, math(operand.constant));
        else
            for (size_t i = 0; i < rows; ++i)
                out[i] = math(operand.data[i]);
        return result;
    }

private:
    std::string name;
    UnaryMath math;
};

class FunctionMathBinary final : public IFunction
{
public:
    FunctionMathBinary(std::string name_, BinaryMath math_) : name(std::move(name_)), math(math_) {}
    std::string getName() const override { return name; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(name, arguments.size(), 2);
        checkNumeric(name, arguments);
        return typeByName("Float64");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        auto result = ColumnFloat64::create(rows);
        binaryLoop(floatOperand(arguments[0]), floatOperand(arguments[1]), result->getData().data(), rows, math);
        return result;
    }

private:
    std::string name;
    BinaryMath math;
};

class FunctionMathConstant final : public IFunction
{
public:
    FunctionMathConstant(std::string name_, Float64 value_) : name(std::move(name_)), value(value_) {}
    std::string getName() const override { return name; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(name, arguments.size(), 0);
        return typeByName("Float64");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName &, const DataTypePtr &, size_t rows) const override
    {
        return ColumnFloat64::create(rows, value);
    }

private:
    std::string name;
    Float64 value;
};
}

namespace
{
/// The correctly rounded cube root, as ClickHouse's libm gives it; glibc's cbrt is off by an ulp
/// on some inputs (cbrt(27) = 3.0000000000000004). A Newton step in extended precision from
/// glibc's root, then the neighbour nearest the true root, decided by cubing the midpoints
/// between neighbours in 113-bit precision.
double cubeRoot(double x)
{
    double root = std::cbrt(x);
    if (root == 0 || !std::isfinite(root))
        return root;
    double magnitude = std::fabs(x);
    long double wide = std::fabs(root);
    wide -= (wide * wide * wide - magnitude) / (3 * wide * wide);
    double candidate = static_cast<double>(wide);
    auto cube = [](__float128 value) { return value * value * value; };
    __float128 target = magnitude;
    double below = std::nextafter(candidate, 0.0);
    double above = std::nextafter(candidate, std::numeric_limits<double>::infinity());
    if (target < cube((static_cast<__float128>(below) + candidate) / 2))
        candidate = below;
    else if (target > cube((static_cast<__float128>(candidate) + above) / 2))
        candidate = above;
    return x < 0 ? -candidate : candidate;
}
}

void registerFunctionsMath(FunctionFactory & factory)
{
    auto unary = [&](const std::string & name, UnaryMath math, FunctionFactory::CaseSensitiveness sensitiveness = CaseSensitive)
    { factory.registerFunction(name, makeCreator<FunctionMathUnary>(name, math), sensitiveness); };
    auto binary = [&](const std::string & name, BinaryMath math, FunctionFactory::CaseSensitiveness sensitiveness = CaseSensitive)
    { factory.registerFunction(name, makeCreator<FunctionMathBinary>(name, math), sensitiveness); };

    unary("exp", [](double x) { return std::exp(x); }, CaseInsensitive);
    unary("log", [](double x) { return std::log(x); }, CaseInsensitive);
    factory.registerAlias("ln", "log", CaseInsensitive);
    unary("exp2", [](double x) { return std::exp2(x); });
    unary("log2", [](double x) { return std::log2(x); }, CaseInsensitive);
    unary("exp10", [](double x) { return std::pow(10.0, x); });
    unary("log10", [](double x) { return std::log10(x); }, CaseInsensitive);
    unary("log1p", [](double x) { return std::log1p(x); });
    unary("sqrt", [](double x) { return std::sqrt(x); }, CaseInsensitive);
    unary("cbrt", [](double x) { return cubeRoot(x); });
    unary("sin", [](double x) { return std::sin(x); }, CaseInsensitive);
    unary("cos", [](double x) { return std::cos(x); }, CaseInsensitive);
    unary("tan", [](double x) { return std::tan(x); }, CaseInsensitive);
    unary("asin", [](double x) { return std::asin(x); }, CaseInsensitive);
    unary("acos", [](double x) { return std::acos(x); }, CaseInsensitive);
    unary("atan", [](double x) { return std::atan(x); }, CaseInsensitive);
    unary("sinh", [](double x) { return std::sinh(x); });
    unary("cosh", [](double x) { return std::cosh(x); });
    unary("tanh", [](double x) { return std::tanh(x); });
    unary("asinh", [](double x) { return std::asinh(x); });
    unary("acosh", [](double x) { return std::acosh(x); });
    unary("atanh", [](double x) { return std::atanh(x); });
    unary("erf", [](double x) { return std::erf(x); });
    unary("erfc", [](double x) { return std::erfc(x); });
    unary("lgamma", [](double x) { return std::lgamma(x); });
    unary("tgamma", [](double x) { return std::tgamma(x); });
    unary("degrees", [](double x) { return x * (180.0 / std::numbers::pi); }, CaseInsensitive);
    unary("radians", [](double x) { return x * (std::numbers::pi / 180.0); }, CaseInsensitive);
    unary("sigmoid", [](double x) { return 1.0 / (1.0 + std::exp(-x)); });
    binary("pow", [](double x, double y) { return std::pow(x, y); }, CaseInsensitive);
    factory.registerAlias("power", "pow", CaseInsensitive);
    binary("atan2", [](double y, double x) { return std::atan2(y, x); }, CaseInsensitive);
    binary("hypot", [](double x, double y) { return std::hypot(x, y); }, CaseInsensitive);
    factory.registerFunction("e", makeCreator<FunctionMathConstant>(std::string("e"), std::numbers::e));
    factory.registerFunction("pi", makeCreator<FunctionMathConstant>(std::string("pi"), std::numbers::pi), CaseInsensitive);
}
}
