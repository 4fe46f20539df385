// Shared pieces of the scalar functions: argument checks with ClickHouse's wording, types by
// name, and the one switch that maps a type to the C++ type its column stores, so each
// function dispatches once per block and then runs a plain typed loop.
#pragma once

#include <string>
#include <type_traits>

#include "base/Exception.h"
#include "columns/Block.h"
#include "columns/ColumnConst.h"
#include "columns/ColumnVector.h"
#include "functions/FunctionFactory.h"

namespace datastore::functions
{
template <typename T>
struct TypeTag
{
    using Type = T;
};

/// Calls f(TypeTag<Storage>{}) for types kept as one number per row (integers, floats, Bool,
/// dates, Decimal, Enum, IPv4); returns false for the others. Decimals pass their raw integer.
template <typename F>
bool dispatchByStorage(TypeIndex type, F && f)
{
    switch (type)
    {
        case TypeIndex::UInt8:
        case TypeIndex::Bool: f(TypeTag<UInt8>{}); return true;
        case TypeIndex::UInt16:
        case TypeIndex::Date: f(TypeTag<UInt16>{}); return true;
        case TypeIndex::UInt32:
        case TypeIndex::DateTime:
        case TypeIndex::IPv4: f(TypeTag<UInt32>{}); return true;
        case TypeIndex::UInt64: f(TypeTag<UInt64>{}); return true;
        case TypeIndex::UInt128: f(TypeTag<UInt128>{}); return true;
        case TypeIndex::Int8:
        case TypeIndex::Enum8: f(TypeTag<Int8>{}); return true;
        case TypeIndex::Int16:
        case TypeIndex::Enum16: f(TypeTag<Int16>{}); return true;
        case TypeIndex::Int32:
        case TypeIndex::Date32:
        case TypeIndex::Decimal32: f(TypeTag<Int32>{}); return true;
        case TypeIndex::Int64:
        case TypeIndex::DateTime64:
        case TypeIndex::Decimal64: f(TypeTag<Int64>{}); return true;
        case TypeIndex::Int128:
        case TypeIndex::Decimal128: f(TypeTag<Int128>{}); return true;
        case TypeIndex::Float32: f(TypeTag<Float32>{}); return true;
        case TypeIndex::Float64: f(TypeTag<Float64>{}); return true;
        default: return false;
    }
}

/// Plain numbers only: integers (Bool counts as UInt8) and floats.
bool isNativeNumber(TypeIndex type);
bool isNativeInteger(TypeIndex type);
bool isNativeSignedInteger(TypeIndex type);
bool isNativeFloat(TypeIndex type);
/// Scale of Decimal and DateTime64 types; 0 for every other type.
UInt32 decimalScale(const IDataType & type);
/// Bytes of a native integer or float type.
size_t nativeNumberSize(TypeIndex type);
/// "UInt16", "Int64"... for the given signedness and byte width (1..16).
std::string integerTypeName(bool is_signed, size_t size);

/// A type by its SQL name, through DataTypeFactory.
DataTypePtr typeByName(const std::string & name);
/// Nullable(type) unless it already is one or cannot be inside Nullable.
DataTypePtr makeNullable(const DataTypePtr & type);
/// Nullable(Nothing): the type of a NULL literal.
bool onlyNull(const IDataType & type);

/// Converts a numeric column (given its storage kind) to a column storing `To`, with C++
/// conversion semantics (integers wrap, floats truncate toward zero). Returns `column` itself
/// when nothing changes. Throws CANNOT_CONVERT_TYPE for NaN or infinity into an integer.
template <typename To>
ColumnPtr convertNumericColumn(const ColumnPtr & column, TypeIndex from);

/// The value of a constant numeric argument, converted to `To`.
template <typename To>
To constantNumber(const IColumn & column, TypeIndex from);

/// The TypeIndex of a plain number type, for handing computed columns back to the converters.
template <typename T>
constexpr TypeIndex typeIndexOf()
{
    if constexpr (std::is_same_v<T, UInt8>) return TypeIndex::UInt8;
    else if constexpr (std::is_same_v<T, UInt16>) return TypeIndex::UInt16;
    else if constexpr (std::is_same_v<T, UInt32>) return TypeIndex::UInt32;
    else if constexpr (std::is_same_v<T, UInt64>) return TypeIndex::UInt64;
    else if constexpr (std::is_same_v<T, UInt128>) return TypeIndex::UInt128;
    else if constexpr (std::is_same_v<T, Int8>) return TypeIndex::Int8;
    else if constexpr (std::is_same_v<T, Int16>) return TypeIndex::Int16;
    else if constexpr (std::is_same_v<T, Int32>) return TypeIndex::Int32;
    else if constexpr (std::is_same_v<T, Int64>) return TypeIndex::Int64;
    else if constexpr (std::is_same_v<T, Int128>) return TypeIndex::Int128;
    else if constexpr (std::is_same_v<T, Float32>) return TypeIndex::Float32;
    else return TypeIndex::Float64;
}

/// One operand of a typed loop: either a whole column converted to C or one constant value.
template <typename C>
struct NumericOperand
{
    ColumnPtr holder;
    const C * data = nullptr;
    C constant{};
    bool is_const = false;
};

template <typename C>
NumericOperand<C> numericOperand(const ColumnPtr & column, TypeIndex from)
{
    NumericOperand<C> operand;
    if (column->isConst())
    {
        operand.is_const = true;
        operand.constant = constantNumber<C>(*column, from);
    }
    else
    {
        operand.holder = convertNumericColumn<C>(column, from);
        operand.data = operand.holder->template assertCast<ColumnVector<C>>().getData().data();
    }
    return operand;
}

/// out[i] = op(a[i], b[i]) with constants hoisted out of the loop.
template <typename C, typename R, typename Op>
void binaryLoop(const NumericOperand<C> & a, const NumericOperand<C> & b, R * out, size_t rows, Op op)
{
    if (!a.is_const && !b.is_const)
        for (size_t i = 0; i < rows; ++i)
            out[i] = op(a.data[i], b.data[i]);
    else if (!a.is_const)
    {
        C right = b.constant;
        for (size_t i = 0; i < rows; ++i)
            out[i] = op(a.data[i], right);
    }
    else if (!b.is_const)
    {
        C left = a.constant;
        for (size_t i = 0; i < rows; ++i)
            out[i] = op(left, b.data[i]);
    }
    else
    {
        R value = op(a.constant, b.constant);
        for (size_t i = 0; i < rows; ++i)
            out[i] = value;
    }
}

/// Row i from `then` where condition[i] is nonzero, else from `otherwise`. Both columns have
/// the same type (constants allowed); Nullable columns select values and null maps alike.
ColumnPtr selectRows(const PodArray<UInt8> & condition, const ColumnPtr & then, const ColumnPtr & otherwise);

/// A factory creator that builds F from fixed constructor arguments.
template <typename F, typename... Args>
FunctionFactory::Creator makeCreator(Args... args)
{
    return [=](const FunctionContext &) { return std::make_shared<F>(args...); };
}

/// NUMBER_OF_ARGUMENTS_DOESNT_MATCH: "Number of arguments for function f doesn't match: passed 3, should be 2".
void checkArgumentCount(const std::string & function, size_t passed, size_t expected);
void checkArgumentCountBetween(const std::string & function, size_t passed, size_t min, size_t max);
/// ILLEGAL_TYPE_OF_ARGUMENT: "Illegal type String of argument 1 of function plus".
[[noreturn]] void throwIllegalType(const std::string & function, const IDataType & type, size_t position);

/// NUMBER_OF_ARGUMENTS_DOESNT_MATCH in the wording of ClickHouse's newer argument validation:
/// "An incorrect number of arguments was specified for function 'f'. Expected 1 mandatory
/// argument and 2 optional arguments, got 0 arguments".
void checkMandatoryAndOptionalArguments(const std::string & function, size_t passed, size_t mandatory, size_t optional);
/// "A value of illegal type was provided as 2nd argument 'format' to function 'f'. Expected:
/// const String, got: String", with ILLEGAL_TYPE_OF_ARGUMENT or ILLEGAL_COLUMN as `code`.
/// `ordinal` is the number ClickHouse prints (1 for "1st").
[[noreturn]] void throwIllegalArgument(
    int code, const std::string & function, size_t ordinal, const std::string & argument, const std::string & expected, const IDataType & type);
/// The optional max_substrings argument of the split functions at `position` (0-based), if
/// given: a constant integer, else the error above (ILLEGAL_COLUMN when only constness fails).
void checkMaxSubstringsArgument(const std::string & function, const ColumnsWithTypeAndName & arguments, size_t position);
/// A constant String argument (a format, a time zone), else the error above.
void checkConstantStringArgument(const std::string & function, const ColumnsWithTypeAndName & arguments, size_t position, size_t ordinal, const std::string & argument);

/// Exactly one argument, of type String (else NUMBER_OF_ARGUMENTS_DOESNT_MATCH or ILLEGAL_TYPE_OF_ARGUMENT).
void checkOneStringArgument(const std::string & function, const ColumnsWithTypeAndName & arguments);

/// ILLEGAL_COLUMN: "Argument at index 1 for function f must be constant" (index is 0-based).
void checkConstantArgument(const std::string & function, const ColumnWithTypeAndName & argument, size_t index);

/// The nested column of a ColumnConst (one row), or the column itself.
const IColumn & constantData(const IColumn & column);
}
