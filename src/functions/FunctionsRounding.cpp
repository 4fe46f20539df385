// Rounding functions: round, roundBankers, floor, ceil (ceiling), trunc (truncate), each with an
// optional constant number of decimal places N (negative N rounds to tens, hundreds...). The
// result keeps the argument's type; Decimals round their raw value at the scale.
#include <cmath>
#include <limits>

#include "functions/FunctionFactory.h"
#include "functions/FunctionHelpers.h"
#include "functions/registerFunctions.h"

namespace datastore::functions
{
namespace
{
using enum FunctionFactory::CaseSensitiveness;

enum class RoundingMode
{
    /// Floats: half to even (the FPU's mode); integers and Decimals: half away from zero.
    Round,
    /// Half to even everywhere.
    Bankers,
    Floor,
    Ceil,
    Trunc,
};

template <typename F>
F roundFloat(F value, RoundingMode mode)
{
    switch (mode)
    {
        case RoundingMode::Round:
        case RoundingMode::Bankers: return std::nearbyint(value);
        case RoundingMode::Floor: return std::floor(value);
        case RoundingMode::Ceil: return std::ceil(value);
        case RoundingMode::Trunc: return std::trunc(value);
    }
    return value;
}

/// Rounds `value` to a multiple of `step` (a power of ten, > 0) in the wide type W.
template <typename W>
W roundToStep(W value, W step, RoundingMode mode)
{
    W quotient = value / step;
    W remainder = value % step;
    bool negative = remainder < 0;
    W magnitude = negative ? W(0) - remainder : remainder;
    if (magnitude != 0)
    {
        switch (mode)
        {
            case RoundingMode::Floor:
                if (negative)
                    quotient -= 1;
                break;
            case RoundingMode::Ceil:
                if (!negative)
                    quotient += 1;
                break;
            case RoundingMode::Trunc: break;
            case RoundingMode::Round:
                if (magnitude >= step - magnitude)
                    quotient += negative ? W(-1) : W(1);
                break;
            case RoundingMode::Bankers:
                if (magnitude > step - magnitude || (magnitude == step - magnitude && quotient % 2 != 0))
                    quotient += negative ? W(-1) : W(1);
                break;
        }
    }
    return quotient * step;
}

class FunctionRounding final : public IFunction
{
public:
    FunctionRounding(std::string name_, RoundingMode mode_) : name(std::move(name_)), mode(mode_) {}
    std::string getName() const override { return name; }
    std::vector<size_t> getArgumentsThatAreAlwaysConstant() const override { return {1}; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCountBetween(name, arguments.size(), 1, 2);
        TypeIndex type = arguments[0].type->getTypeId();
        if (!isNativeNumber(type) && type != TypeIndex::Decimal32 && type != TypeIndex::Decimal64 && type != TypeIndex::Decimal128)
            throwIllegalType(name, *arguments[0].type, 1);
        if (arguments.size() == 2)
        {
            if (!isNativeInteger(arguments[1].type->getTypeId()))
                throwIllegalType(name, *arguments[1].type, 2);
            if (arguments[1].column == nullptr || !arguments[1].column->isConst())
                throw Exception(ErrorCodes::ILLEGAL_COLUMN, "Scale argument for rounding functions must be constant");
        }
        return arguments[0].type;
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        Int64 places = arguments.size() == 2 ? constantNumber<Int64>(*arguments[1].column, arguments[1].type->getTypeId()) : 0;
        ColumnPtr input = arguments[0].column->convertToFullColumnIfConst();
        TypeIndex type = arguments[0].type->getTypeId();
        bool is_decimal = type == TypeIndex::Decimal32 || type == TypeIndex::Decimal64 || type == TypeIndex::Decimal128;
        ColumnPtr result;
        dispatchByStorage(type, [&](auto tag)
        {
            using T = typename decltype(tag)::Type;
            const auto & in = input->assertCast<ColumnVector<T>>().getData();
            auto column = ColumnVector<T>::create(rows);
            auto & out = column->getData();
            if constexpr (std::is_floating_point_v<T>)
                roundFloats(in.data(), out.data(), rows, places);
            else
            {
                /// Integers keep their digits after the point; Decimals round at their scale.
                Int64 digits = is_decimal ? static_cast<Int64>(decimalScale(*arguments[0].type)) - places : -places;
                roundIntegers(in.data(), out.data(), rows, digits, !is_decimal);
            }
            result = std::move(column);
        });
        return result;
    }

private:
    template <typename T>
    void roundFloats(const T * in, T * out, size_t rows, Int64 places) const
    {
        T step = static_cast<T>(std::pow(10.0, static_cast<double>(places < 0 ? -places : places)));
        if (places == 0)
            for (size_t i = 0; i < rows; ++i)
                out[i] = roundFloat(in[i], mode);
        else if (!std::isfinite(step))
        {
            /// More places than the type holds: positive N keeps the value, negative N zeroes it.
            for (size_t i = 0; i < rows; ++i)
                out[i] = places > 0 ? in[i] : T(0);
        }
        else if (places > 0)
            for (size_t i = 0; i < rows; ++i)
                out[i] = roundFloat(in[i] * step, mode) / step;
        else
            for (size_t i = 0; i < rows; ++i)
                out[i] = roundFloat(in[i] / step, mode) * step;
    }

    /// Rounds to a multiple of 10^digits (nothing to do for digits <= 0). A plain integer rounded
    /// to a power of ten beyond its type's maximum is 0 whatever the mode, as in ClickHouse.
    template <typename T>
    void roundIntegers(const T * in, T * out, size_t rows, Int64 digits, bool is_plain_integer) const
    {
        using W = std::conditional_t<(sizeof(T) <= 8), Int128, T>;
        if (digits <= 0)
        {
            std::copy(in, in + rows, out);
            return;
        }
        if (digits > 38)
        {
            std::fill(out, out + rows, T(0));
            return;
        }
        W step = 1;
        for (Int64 i = 0; i < digits; ++i)
            step *= 10;
        if constexpr (sizeof(T) <= 8)
            if (is_plain_integer && step > static_cast<W>(std::numeric_limits<T>::max()))
            {
                std::fill(out, out + rows, T(0));
                return;
            }
        if constexpr (sizeof(T) <= 8)
            if (is_plain_integer && mode != RoundingMode::Bankers)
            {
                for (size_t i = 0; i < rows; ++i)
                    out[i] = roundIntegerInItsType(in[i], static_cast<T>(step));
                return;
            }
        for (size_t i = 0; i < rows; ++i)
            out[i] = static_cast<T>(roundToStep<W>(static_cast<W>(in[i]), step, mode));
    }

    /// ClickHouse rounds a plain integer in its own type (roundBankers aside), so where the
    /// multiple of `step` falls outside the type, the value wraps as there (round(toInt8(-125), -1)
    /// is 120): a negative x is first moved down by a step (or step - 1 for floor), wrapping, then
    /// divided out in the type C++ promotes T to.
    template <typename T>
    T roundIntegerInItsType(T x, T step) const
    {
        using P = decltype(x + x);
        using U = std::make_unsigned_t<P>;
        auto add = [](P a, P b) { return static_cast<P>(static_cast<U>(a) + static_cast<U>(b)); };
        auto multiply = [](P a, P b) { return static_cast<P>(static_cast<U>(a) * static_cast<U>(b)); };
        P s = step;
        switch (mode)
        {
            case RoundingMode::Trunc: return static_cast<T>(P(x) / s * s);
            case RoundingMode::Floor:
                if (x < T(0))
                    x = static_cast<T>(add(x, P(0) - (s - 1)));
                return static_cast<T>(multiply(P(x) / s, s));
            case RoundingMode::Ceil:
                if (x >= T(0))
                    x = static_cast<T>(add(x, s - 1));
                return static_cast<T>(multiply(P(x) / s, s));
            case RoundingMode::Round:
                if (x < T(0))
                    x = static_cast<T>(add(x, P(0) - s));
                return static_cast<T>(multiply(add(x, s / 2) / s, s));
            case RoundingMode::Bankers: break;
        }
        return x;
    }

    std::string name;
    RoundingMode mode;
};
}

void registerFunctionsRounding(FunctionFactory & factory)
{
    factory.registerFunction("round", makeCreator<FunctionRounding>(std::string("round"), RoundingMode::Round), CaseInsensitive);
    factory.registerFunction("roundBankers", makeCreator<FunctionRounding>(std::string("roundBankers"), RoundingMode::Bankers));
    factory.registerFunction("floor", makeCreator<FunctionRounding>(std::string("floor"), RoundingMode::Floor), CaseInsensitive);
    factory.registerFunction("ceil", makeCreator<FunctionRounding>(std::string("ceil"), RoundingMode::Ceil), CaseInsensitive);
    factory.registerFunction("trunc", makeCreator<FunctionRounding>(std::string("trunc"), RoundingMode::Trunc), CaseInsensitive);
    factory.registerAlias("ceiling", "ceil", CaseInsensitive);
    factory.registerAlias("truncate", "trunc", CaseInsensitive);
}
}
