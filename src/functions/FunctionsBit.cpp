// Bitwise functions with ClickHouse's result types: bitAnd, bitOr, bitXor, bitShiftLeft,
// bitShiftRight, bitRotateLeft and bitRotateRight of two integers compute in the integer type as
// wide as the wider operand, signed if either is; bitNot keeps its operand's type; bitCount,
// bitTest, bitTestAll and bitTestAny return UInt8. Operands are converted to the result type
// first, so a loop per result type serves every pair of operand types.
#include <bit>
#include <cstring>

#include "functions/FunctionFactory.h"
#include "functions/FunctionHelpers.h"
#include "functions/registerFunctions.h"

namespace datastore::functions
{
namespace
{
enum class BitOp
{
    And,
    Or,
    Xor,
    ShiftLeft,
    ShiftRight,
    RotateLeft,
    RotateRight,
};

/// Integers only; Bool counts as UInt8.
bool isBitOperand(TypeIndex type)
{
    return isNativeInteger(type);
}

size_t bitWidth(TypeIndex type)
{
    return nativeNumberSize(type == TypeIndex::Bool ? TypeIndex::UInt8 : type) * 8;
}

template <typename T>
using UnsignedOf = std::conditional_t<std::is_same_v<T, Int128> || std::is_same_v<T, UInt128>, UInt128, std::make_unsigned_t<T>>;

class FunctionBitBinary final : public IFunction
{
public:
    FunctionBitBinary(std::string name_, BitOp op_) : name(std::move(name_)), op(op_) {}
    std::string getName() const override { return name; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(name, arguments.size(), 2);
        TypeIndex left = arguments[0].type->getTypeId();
        TypeIndex right = arguments[1].type->getTypeId();
        if (!isBitOperand(left) || !isBitOperand(right))
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal types {} and {} of arguments of function {}",
                            arguments[0].type->getName(), arguments[1].type->getName(), name);
        return typeByName(integerTypeName(isNativeSignedInteger(left) || isNativeSignedInteger(right),
                                          std::max(bitWidth(left), bitWidth(right)) / 8));
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const override
    {
        ColumnPtr result;
        dispatchByStorage(result_type->getTypeId(), [&](auto tag) {
            using R = typename decltype(tag)::Type;
            if constexpr (std::is_integral_v<R> || std::is_same_v<R, Int128> || std::is_same_v<R, UInt128>)
                result = compute<R>(arguments, rows);
        });
        return result;
    }

private:
    template <typename R>
    ColumnPtr compute(const ColumnsWithTypeAndName & arguments, size_t rows) const
    {
        auto a = numericOperand<R>(arguments[0].column->convertToFullColumnIfConst(), arguments[0].type->getTypeId());
        auto result = ColumnVector<R>::create(rows);
        R * out = result->getData().data();
        if (op == BitOp::And || op == BitOp::Or || op == BitOp::Xor)
        {
            auto b = numericOperand<R>(arguments[1].column->convertToFullColumnIfConst(), arguments[1].type->getTypeId());
            for (size_t i = 0; i < rows; ++i)
                out[i] = op == BitOp::And ? (a.data[i] & b.data[i]) : op == BitOp::Or ? (a.data[i] | b.data[i]) : (a.data[i] ^ b.data[i]);
            return result;
        }
        /// Shift counts of any integer type, read wide enough to tell negative ones.
        auto count = numericOperand<Int128>(arguments[1].column->convertToFullColumnIfConst(), arguments[1].type->getTypeId());
        using U = UnsignedOf<R>;
        constexpr Int128 width = sizeof(R) * 8;
        Int128 value_width = static_cast<Int128>(bitWidth(arguments[0].type->getTypeId()));
        for (size_t i = 0; i < rows; ++i)
        {
            Int128 n = count.data[i];
            auto bits = static_cast<U>(a.data[i]);
            if (op == BitOp::RotateLeft || op == BitOp::RotateRight)
            {
                /// Rotations go round the result's width; a negative count turns the other way.
                int shift = static_cast<int>(((n % width) + width) % width);
                if (op == BitOp::RotateRight)
                    shift = (static_cast<int>(width) - shift) % static_cast<int>(width);
                out[i] = shift == 0 ? a.data[i] : static_cast<R>(static_cast<U>((bits << shift) | (bits >> (static_cast<int>(width) - shift))));
                continue;
            }
            if (n < 0)
                throw Exception(ErrorCodes::ARGUMENT_OUT_OF_BOUND, "The number of shift positions needs to be a non-negative value");
            /// A shift by the value's width or more leaves nothing.
            if (n >= value_width)
                out[i] = 0;
            else if (op == BitOp::ShiftLeft)
                out[i] = static_cast<R>(static_cast<U>(bits << static_cast<int>(n)));
            else
                out[i] = static_cast<R>(a.data[i] >> static_cast<int>(n));
        }
        return result;
    }

    std::string name;
    BitOp op;
};

/// bitNot(x): the complement in x's own type; a float's integer part as Int32 / Int64.
class FunctionBitNot final : public IFunction
{
public:
    std::string getName() const override { return "bitNot"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 1);
        TypeIndex type = arguments[0].type->getTypeId();
        if (isNativeFloat(type))
            return typeByName(integerTypeName(true, nativeNumberSize(type)));
        if (!isBitOperand(type))
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type {} of argument of function {}", arguments[0].type->getName(),
                            getName());
        return typeByName(integerTypeName(isNativeSignedInteger(type), bitWidth(type) / 8));
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const override
    {
        ColumnPtr result;
        dispatchByStorage(result_type->getTypeId(), [&](auto tag) {
            using R = typename decltype(tag)::Type;
            if constexpr (std::is_integral_v<R> || std::is_same_v<R, Int128> || std::is_same_v<R, UInt128>)
            {
                auto a = numericOperand<R>(arguments[0].column->convertToFullColumnIfConst(), arguments[0].type->getTypeId());
                auto column = ColumnVector<R>::create(rows);
                R * out = column->getData().data();
                for (size_t i = 0; i < rows; ++i)
                    out[i] = static_cast<R>(~a.data[i]);
                result = std::move(column);
            }
        });
        return result;
    }
};

/// bitCount(x): the set bits of an integer's or a float's stored bits.
class FunctionBitCount final : public IFunction
{
public:
    std::string getName() const override { return "bitCount"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 1);
        if (!isNativeNumber(arguments[0].type->getTypeId()))
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type {} of argument of function {}", arguments[0].type->getName(),
                            getName());
        return typeByName("UInt8");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        ColumnPtr column = arguments[0].column->convertToFullColumnIfConst();
        size_t width = column->sizeOfValueIfFixed();
        const char * data = column->getRawData().data();
        auto result = ColumnUInt8::create(rows);
        UInt8 * out = result->getData().data();
        for (size_t i = 0; i < rows; ++i)
        {
            int bits = 0;
            for (size_t offset = 0; offset < width; offset += sizeof(UInt64))
            {
                UInt64 word = 0;
                std::memcpy(&word, data + i * width + offset, std::min(width - offset, sizeof(UInt64)));
                bits += std::popcount(word);
            }
            out[i] = static_cast<UInt8>(bits);
        }
        return result;
    }
};

/// bitTest(x, n), bitTestAll(x, n1, ...) and bitTestAny(x, n1, ...): whether bit n of an
/// integer is set (all, any of the given bits).
class FunctionBitTest final : public IFunction
{
public:
    enum class Kind
    {
        One,
        All,
        Any,
    };

    explicit FunctionBitTest(Kind kind_) : kind(kind_) {}
    std::string getName() const override { return kind == Kind::One ? "bitTest" : kind == Kind::All ? "bitTestAll" : "bitTestAny"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        if (kind == Kind::One)
            checkArgumentCount(getName(), arguments.size(), 2);
        else if (arguments.size() < 2)
            throw Exception(ErrorCodes::TOO_FEW_ARGUMENTS_FOR_FUNCTION, "Number of arguments for function {} doesn't match: passed {}, should be at least 2",
                            getName(), arguments.size());
        for (size_t i = 0; i < arguments.size(); ++i)
            if (!isBitOperand(arguments[i].type->getTypeId()))
            {
                if (kind == Kind::One)
                    throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal types {} and {} of arguments of function {}",
                                    arguments[0].type->getName(), arguments[1].type->getName(), getName());
                throwIllegalType(getName(), *arguments[i].type, i + 1);
            }
        return typeByName("UInt8");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        auto value = numericOperand<Int128>(arguments[0].column->convertToFullColumnIfConst(), arguments[0].type->getTypeId());
        Int128 width = static_cast<Int128>(bitWidth(arguments[0].type->getTypeId()));
        auto result = ColumnUInt8::create(rows, kind == Kind::Any ? 0 : 1);
        UInt8 * out = result->getData().data();
        for (size_t argument = 1; argument < arguments.size(); ++argument)
        {
            auto position = numericOperand<Int128>(arguments[argument].column->convertToFullColumnIfConst(), arguments[argument].type->getTypeId());
            for (size_t i = 0; i < rows; ++i)
            {
                Int128 n = position.data[i];
                if (n < 0 || n >= width)
                {
                    if (kind == Kind::One)
                        throw Exception(ErrorCodes::PARAMETER_OUT_OF_BOUND,
                                        "The bit position argument needs to a positive value and less or equal to {} for integer {}",
                                        static_cast<Int64>(width - 1), static_cast<Int64>(value.data[i]));
                    throw Exception(ErrorCodes::PARAMETER_OUT_OF_BOUND, "The bit position argument {} is out of bounds for number",
                                    static_cast<Int64>(n));
                }
                UInt8 bit = static_cast<UInt8>((static_cast<UInt128>(value.data[i]) >> static_cast<int>(n)) & 1);
                out[i] = kind == Kind::Any ? (out[i] | bit) : (out[i] & bit);
            }
        }
        return result;
    }

private:
    Kind kind;
};
}

void registerFunctionsBit(FunctionFactory & factory)
{
    factory.registerFunction("bitAnd", makeCreator<FunctionBitBinary>(std::string("bitAnd"), BitOp::And));
    factory.registerFunction("bitOr", makeCreator<FunctionBitBinary>(std::string("bitOr"), BitOp::Or));
    factory.registerFunction("bitXor", makeCreator<FunctionBitBinary>(std::string("bitXor"), BitOp::Xor));
    factory.registerFunction("bitShiftLeft", makeCreator<FunctionBitBinary>(std::string("bitShiftLeft"), BitOp::ShiftLeft));
    factory.registerFunction("bitShiftRight", makeCreator<FunctionBitBinary>(std::string("bitShiftRight"), BitOp::ShiftRight));
    factory.registerFunction("bitRotateLeft", makeCreator<FunctionBitBinary>(std::string("bitRotateLeft"), BitOp::RotateLeft));
    factory.registerFunction("bitRotateRight", makeCreator<FunctionBitBinary>(std::string("bitRotateRight"), BitOp::RotateRight));
    factory.registerFunction("bitNot", makeCreator<FunctionBitNot>());
    factory.registerFunction("bitCount", makeCreator<FunctionBitCount>());
    factory.registerFunction("bitTest", makeCreator<FunctionBitTest>(FunctionBitTest::Kind::One));
    factory.registerFunction("bitTestAll", makeCreator<FunctionBitTest>(FunctionBitTest::Kind::All));
    factory.registerFunction("bitTestAny", makeCreator<FunctionBitTest>(FunctionBitTest::Kind::Any));
}
}
