// equals, notEquals, less, greater, lessOrEquals, greaterOrEquals. Operands are first brought
// to one type (a string against a date or number is parsed as that type, Date against
// DateTime becomes DateTime); numbers of mixed signedness compare in a type holding both.
#include <algorithm>
#include <cstring>
#include <string_view>

#include "columns/ColumnString.h"
#include "functions/CastColumn.h"
#include "functions/CastIPAddress.h"
#include "functions/FunctionFactory.h"
#include "functions/FunctionHelpers.h"
#include "functions/IPAddressArguments.h"
#include "functions/registerFunctions.h"
#include "types/DataTypeTuple.h"
#include "types/getLeastSupertype.h"

namespace datastore::functions
{
namespace
{
enum class CompareOp
{
    Equals,
    NotEquals,
    Less,
    Greater,
    LessOrEquals,
    GreaterOrEquals,
};

bool isStringLike(TypeIndex type)
{
    return type == TypeIndex::String || type == TypeIndex::FixedString;
}

/// Enums compare with plain numbers by their values, IPv4 by its UInt32.
TypeIndex numericIdentity(TypeIndex type)
{
    if (type == TypeIndex::Enum8)
        return TypeIndex::Int8;
    if (type == TypeIndex::Enum16)
        return TypeIndex::Int16;
    if (type == TypeIndex::IPv4)
        return TypeIndex::UInt32;
    return type;
}

bool comparesAsNumbers(TypeIndex left, TypeIndex right)
{
    bool left_enum = numericIdentity(left) != left;
    bool right_enum = numericIdentity(right) != right;
    if (left_enum && right_enum)
        return false;
    return isNativeNumber(numericIdentity(left)) && isNativeNumber(numericIdentity(right));
}

template <typename T>
UInt8 compare(CompareOp op, const T & a, const T & b)
{
    switch (op)
    {
        case CompareOp::Equals: return a == b;
        case CompareOp::NotEquals: return a != b;
        case CompareOp::Less: return a < b;
        case CompareOp::Greater: return a > b;
        case CompareOp::LessOrEquals: return a <= b;
        case CompareOp::GreaterOrEquals: return a >= b;
    }
    return 0;
}

class FunctionComparison final : public IFunction
{
public:
    FunctionComparison(std::string name_, CompareOp op_) : name(std::move(name_)), op(op_) {}

    std::string getName() const override { return name; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(name, arguments.size(), 2);
        DataTypePtr common = commonType(arguments[0].type, arguments[1].type);
        if (const auto * tuple = common->as<DataTypeTuple>(); tuple && tuple->getElements().empty())
            throw Exception(ErrorCodes::NOT_IMPLEMENTED, "Comparison of zero-sized tuples is not implemented");
        return typeByName("UInt8");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        const auto & left_type = arguments[0].type;
        const auto & right_type = arguments[1].type;
        TypeIndex left_id = left_type->getTypeId();
        TypeIndex right_id = right_type->getTypeId();
        auto result = ColumnUInt8::create(rows);
        UInt8 * out = result->getData().data();

        if (comparesAsNumbers(left_id, right_id))
        {
            compareNumbers(arguments[0].column, numericIdentity(left_id), arguments[1].column, numericIdentity(right_id), out, rows);
            return result;
        }

        DataTypePtr common = commonType(left_type, right_type);
        ColumnPtr left = convertOperand(arguments[0], common);
        ColumnPtr right = convertOperand(arguments[1], common);
        TypeIndex common_id = common->getTypeId();

        if (isStringLike(common_id) && (left_id == TypeIndex::FixedString || right_id == TypeIndex::FixedString))
            compareZeroPadded(*left, *right, out, rows);
        else if (isStringLike(common_id))
            compareStrings(*left, *right, out, rows);
        else if (common_id == TypeIndex::UUID)
            compareValues<UUID>(left, right, out, rows);
        else if (!dispatchByStorage(common_id, [&](auto tag) {
                     using T = typename decltype(tag)::Type;
                     compareValues<T>(left, right, out, rows);
                 }))
            compareGeneric(*left, *right, out, rows);
        return result;
    }

private:
    /// The type both operands are compared in; throws ILLEGAL_TYPE_OF_ARGUMENT if none.
    DataTypePtr commonType(const DataTypePtr & left, const DataTypePtr & right) const
    {
        TypeIndex left_id = left->getTypeId();
        TypeIndex right_id = right->getTypeId();
        if (left->equals(*right))
            return left;
        if (isStringLike(left_id) && isStringLike(right_id))
            return typeByName("String");
        /// A string literal against a typed value is read as that type ('2026-01-01' as a Date).
        if (left_id == TypeIndex::String)
            return right;
        if (right_id == TypeIndex::String)
            return left;
        if (comparesAsNumbers(left_id, right_id))
            return left;
        /// An IPv4 meets an IPv6 as ::ffff:a.b.c.d, and a FixedString(16) as the address's bytes.
        bool left_ipv6_peer = left_id == TypeIndex::IPv4 || isIPv6Bytes(*left);
        bool right_ipv6_peer = right_id == TypeIndex::IPv4 || isIPv6Bytes(*right);
        if ((left_id == TypeIndex::IPv6 && right_ipv6_peer) || (right_id == TypeIndex::IPv6 && left_ipv6_peer))
            return typeByName("IPv6");
        /// Decimals against floats compare as Float64, as ClickHouse does.
        bool any_float = isNativeFloat(left_id) || isNativeFloat(right_id);
        if (any_float && (isDecimal(*left) || isDecimal(*right)))
            return typeByName("Float64");
        /// Decimals of any scale, and integers, compare exactly as Decimal128 at the larger scale.
        if ((isDecimal(*left) || isNativeInteger(left_id)) && (isDecimal(*right) || isNativeInteger(right_id)))
            return typeByName(fmt::format("Decimal(38, {})", std::max(decimalScale(*left), decimalScale(*right))));
        if (auto super = tryGetLeastSupertype({left, right}))
            return super;
        throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal types of arguments ({}, {}) of function {}", left->getName(),
                        right->getName(), name);
    }

    /// A string literal that is not a value of the other side's type is a type mismatch.
    static ColumnPtr convertOperand(const ColumnWithTypeAndName & operand, const DataTypePtr & common)
    {
        /// A bad address keeps its own error (CANNOT_PARSE_IPV4), as in ClickHouse.
        bool is_string_literal = operand.type->getTypeId() == TypeIndex::String && operand.column->isConst() && !isStringOrFixedString(*common)
            && !isIPAddress(common->getTypeId());
        if (!is_string_literal)
            return castColumn(operand.column, operand.type, common);
        try
        {
            return castColumn(operand.column, operand.type, common);
        }
        catch (const Exception &)
        {
            throw Exception(ErrorCodes::TYPE_MISMATCH, "Cannot convert string '{}' to type {}", operand.column->getDataAt(0), common->getName());
        }
    }

    void compareNumbers(const ColumnPtr & left, TypeIndex left_id, const ColumnPtr & right, TypeIndex right_id, UInt8 * out, size_t rows) const
    {
        bool any_float = !isNativeInteger(left_id) || !isNativeInteger(right_id);
        bool left_signed = isNativeSignedInteger(left_id);
        bool right_signed = isNativeSignedInteger(right_id);
        bool wide = nativeNumberSize(left_id) >= 16 || nativeNumberSize(right_id) >= 16;
        if (nativeNumberSize(left_id) == nativeNumberSize(right_id) && isNativeSignedInteger(left_id) == isNativeSignedInteger(right_id)
            && isNativeInteger(left_id) == isNativeInteger(right_id))
            /// The same storage on both sides: compared in place, without widening copies.
            dispatchByStorage(left_id, [&](auto tag) {
                using T = typename decltype(tag)::Type;
                compareIn<T>(left, left_id, right, right_id, out, rows);
            });
        else if (any_float)
            compareIn<Float64>(left, left_id, right, right_id, out, rows);
        else if (!left_signed && !right_signed)
        {
            if (wide)
                compareIn<UInt128>(left, left_id, right, right_id, out, rows);
            else
                compareIn<UInt64>(left, left_id, right, right_id, out, rows);
        }
        else if (left_signed && right_signed && !wide)
            compareIn<Int64>(left, left_id, right, right_id, out, rows);
        else
            /// Mixed signedness: Int128 holds every UInt64 and Int64 exactly.
            compareIn<Int128>(left, left_id, right, right_id, out, rows);
    }

    template <typename C>
    void compareIn(const ColumnPtr & left, TypeIndex left_id, const ColumnPtr & right, TypeIndex right_id, UInt8 * out, size_t rows) const
    {
        auto a = numericOperand<C>(left, left_id);
        auto b = numericOperand<C>(right, right_id);
        runLoop(a, b, out, rows);
    }

    template <typename C>
    void runLoop(const NumericOperand<C> & a, const NumericOperand<C> & b, UInt8 * out, size_t rows) const
    {
        switch (op)
        {
            case CompareOp::Equals: binaryLoop(a, b, out, rows, [](const C & x, const C & y) -> UInt8 { return x == y; }); break;
            case CompareOp::NotEquals: binaryLoop(a, b, out, rows, [](const C & x, const C & y) -> UInt8 { return x != y; }); break;
            case CompareOp::Less: binaryLoop(a, b, out, rows, [](const C & x, const C & y) -> UInt8 { return x < y; }); break;
            case CompareOp::Greater: binaryLoop(a, b, out, rows, [](const C & x, const C & y) -> UInt8 { return x > y; }); break;
            case CompareOp::LessOrEquals: binaryLoop(a, b, out, rows, [](const C & x, const C & y) -> UInt8 { return x <= y; }); break;
            case CompareOp::GreaterOrEquals: binaryLoop(a, b, out, rows, [](const C & x, const C & y) -> UInt8 { return x >= y; }); break;
        }
    }

    /// Both columns hold T already (same type after the cast).
    template <typename T>
    void compareValues(const ColumnPtr & left, const ColumnPtr & right, UInt8 * out, size_t rows) const
    {
        auto operand = [](const ColumnPtr & column) {
            NumericOperand<T> result;
            if (column->isConst())
            {
                result.is_const = true;
                result.constant = constantData(*column).assertCast<ColumnVector<T>>().getData()[0];
            }
            else
            {
                result.holder = column;
                result.data = column->assertCast<ColumnVector<T>>().getData().data();
            }
            return result;
        };
        runLoop(operand(left), operand(right), out, rows);
    }

    void compareStrings(const IColumn & left, const IColumn & right, UInt8 * out, size_t rows) const
    {
        const auto * left_strings = constantData(left).as<ColumnString>();
        const auto * right_strings = constantData(right).as<ColumnString>();
        if (!left_strings || !right_strings)
        {
            compareGeneric(left, right, out, rows);
            return;
        }
        if (left.isConst() && right.isConst())
        {
            UInt8 value = compare(op, left_strings->getDataAt(0), right_strings->getDataAt(0));
            for (size_t i = 0; i < rows; ++i)
                out[i] = value;
            return;
        }
        const char * left_chars = left_strings->getChars().data();
        const char * right_chars = right_strings->getChars().data();
        const auto & left_offsets = left_strings->getOffsets();
        const auto & right_offsets = right_strings->getOffsets();
        auto row = [](const char * chars, const PodArray<UInt64> & offsets, size_t i) {
            size_t begin = i == 0 ? 0 : offsets[i - 1];
            return std::string_view(chars + begin, offsets[i] - begin);
        };
        if ((op == CompareOp::Equals || op == CompareOp::NotEquals) && (left.isConst() || right.isConst()))
        {
            /// event = '$pageview': lengths first, bytes only where they agree.
            std::string_view constant = (right.isConst() ? right_strings : left_strings)->getDataAt(0);
            const char * chars = right.isConst() ? left_chars : right_chars;
            const auto & offsets = right.isConst() ? left_offsets : right_offsets;
            UInt8 equal = op == CompareOp::Equals;
            UInt64 begin = 0;
            /// (An empty PodArray has no buffer, and so no padding, to read.)
            if (constant.size() <= 16 && chars != nullptr)
            {
                /// Short constants compare as two masked 8-byte words: a row's 16 bytes are
                /// readable even at the end, in the chars' padding.
                char padded[16] = {};
                std::memcpy(padded, constant.data(), constant.size());
                UInt64 words[2];
                std::memcpy(words, padded, 16);
                size_t size = constant.size();
                UInt64 low_mask = size >= 8 ? ~UInt64(0) : (UInt64(1) << (8 * size)) - 1;
                UInt64 high_mask = size >= 16 ? ~UInt64(0) : size <= 8 ? 0 : (UInt64(1) << (8 * (size - 8))) - 1;
                for (size_t i = 0; i < rows; ++i)
                {
                    UInt64 end = offsets[i];
                    UInt64 row_words[2];
                    std::memcpy(row_words, chars + begin, 16);
                    bool is_equal = end - begin == size && ((row_words[0] ^ words[0]) & low_mask) == 0
                        && ((row_words[1] ^ words[1]) & high_mask) == 0;
                    out[i] = is_equal ? equal : UInt8(1 - equal);
                    begin = end;
                }
                return;
            }
            for (size_t i = 0; i < rows; ++i)
            {
                UInt64 end = offsets[i];
                bool is_equal = end - begin == constant.size() && std::memcmp(chars + begin, constant.data(), constant.size()) == 0;
                out[i] = is_equal ? equal : UInt8(1 - equal);
                begin = end;
            }
            return;
        }
        if (right.isConst())
        {
            std::string_view constant = right_strings->getDataAt(0);
            for (size_t i = 0; i < rows; ++i)
                out[i] = compare(op, row(left_chars, left_offsets, i), constant);
        }
        else if (left.isConst())
        {
            std::string_view constant = left_strings->getDataAt(0);
            for (size_t i = 0; i < rows; ++i)
                out[i] = compare(op, constant, row(right_chars, right_offsets, i));
        }
        else
            for (size_t i = 0; i < rows; ++i)
                out[i] = compare(op, row(left_chars, left_offsets, i), row(right_chars, right_offsets, i));
    }

    /// A FixedString against a String or a FixedString of another length: the shorter value
    /// reads as padded with zero bytes, as the FixedString itself is ('f7' = toFixedString('f7', 8)).
    void compareZeroPadded(const IColumn & left, const IColumn & right, UInt8 * out, size_t rows) const
    {
        ColumnPtr full_left = left.convertToFullColumnIfConst();
        ColumnPtr full_right = right.convertToFullColumnIfConst();
        for (size_t i = 0; i < rows; ++i)
            out[i] = compare(op, compareLikeZeroPadded(full_left->getDataAt(i), full_right->getDataAt(i)), 0);
    }

    static int compareLikeZeroPadded(std::string_view a, std::string_view b)
    {
        size_t common = std::min(a.size(), b.size());
        if (int prefix = std::memcmp(a.data(), b.data(), common))
            return prefix;
        auto has_nonzero = [](std::string_view s) { return s.find_first_not_of('\0') != std::string_view::npos; };
        if (has_nonzero(a.substr(common)))
            return 1;
        if (has_nonzero(b.substr(common)))
            return -1;
        return 0;
    }

    /// Arrays, tuples and other composite values: the column's own ordering, row by row.
    void compareGeneric(const IColumn & left, const IColumn & right, UInt8 * out, size_t rows) const
    {
        ColumnPtr full_left = left.convertToFullColumnIfConst();
        ColumnPtr full_right = right.convertToFullColumnIfConst();
        for (size_t i = 0; i < rows; ++i)
            out[i] = compare(op, full_left->compareAt(i, i, *full_right, 1), 0);
    }

    std::string name;
    CompareOp op;
};
}

void registerFunctionsComparison(FunctionFactory & factory)
{
    auto add = [&](const char * name, CompareOp op) {
        std::string function_name = name;
        factory.registerFunction(function_name, [function_name, op](const FunctionContext &) {
            return std::make_shared<FunctionComparison>(function_name, op);
        });
    };
    add("equals", CompareOp::Equals);
    add("notEquals", CompareOp::NotEquals);
    add("less", CompareOp::Less);
    add("greater", CompareOp::Greater);
    add("lessOrEquals", CompareOp::LessOrEquals);
    add("greaterOrEquals", CompareOp::GreaterOrEquals);
}
}
