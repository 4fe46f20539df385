// Shared pieces of the scalar functions: argument checks, types by name, numeric column
// conversion. Conversion templates are instantiated here once per target storage type.
#include "functions/FunctionHelpers.h"

#include <cmath>
#include <type_traits>

#include "columns/ColumnNullable.h"
#include "columns/ColumnString.h"
#include "types/DataTypeDateTime64.h"
#include "types/DataTypeDecimal.h"
#include "types/DataTypeFactory.h"

namespace datastore::functions
{
bool isNativeInteger(TypeIndex type)
{
    switch (type)
    {
        case TypeIndex::UInt8:
        case TypeIndex::UInt16:
        case TypeIndex::UInt32:
        case TypeIndex::UInt64:
        case TypeIndex::UInt128:
        case TypeIndex::Int8:
        case TypeIndex::Int16:
        case TypeIndex::Int32:
        case TypeIndex::Int64:
        case TypeIndex::Int128:
        case TypeIndex::Bool: return true;
        default: return false;
    }
}

bool isNativeNumber(TypeIndex type)
{
    return isNativeInteger(type) || isNativeFloat(type);
}

bool isNativeSignedInteger(TypeIndex type)
{
    return type == TypeIndex::Int8 || type == TypeIndex::Int16 || type == TypeIndex::Int32 || type == TypeIndex::Int64
        || type == TypeIndex::Int128;
}

bool isNativeFloat(TypeIndex type)
{
    return type == TypeIndex::Float32 || type == TypeIndex::Float64;
}

UInt32 decimalScale(const IDataType & type)
{
    switch (type.getTypeId())
    {
        case TypeIndex::Decimal32: return static_cast<const DataTypeDecimal<Int32> &>(type).getScale();
        case TypeIndex::Decimal64: return static_cast<const DataTypeDecimal<Int64> &>(type).getScale();
        case TypeIndex::Decimal128: return static_cast<const DataTypeDecimal<Int128> &>(type).getScale();
        case TypeIndex::DateTime64: return static_cast<const DataTypeDateTime64 &>(type).getScale();
        default: return 0;
    }
}

size_t nativeNumberSize(TypeIndex type)
{
    size_t size = 0;
    dispatchByStorage(type, [&](auto tag) { size = sizeof(typename decltype(tag)::Type); });
    return size;
}

std::string integerTypeName(bool is_signed, size_t size)
{
    size_t bits = size * 8;
    if (bits > 128)
        bits = 128;
    return (is_signed ? "Int" : "UInt") + std::to_string(bits);
}

DataTypePtr typeByName(const std::string & name)
{
    return DataTypeFactory::instance().get(name);
}

DataTypePtr makeNullable(const DataTypePtr & type)
{
    if (type->isNullable() || !type->canBeInsideNullable())
        return type;
    return typeByName("Nullable(" + type->getName() + ")");
}

bool onlyNull(const IDataType & type)
{
    return type.isNullable() && removeNullable(type.shared_from_this())->getTypeId() == TypeIndex::Nothing;
}

namespace
{
template <typename From, typename To>
void convertValues(const PodArray<From> & from, PodArray<To> & to)
{
    size_t size = from.size();
    to.resize(size);
    if constexpr (std::is_floating_point_v<From> && !std::is_floating_point_v<To>)
    {
        for (size_t i = 0; i < size; ++i)
            if (!std::isfinite(from[i]))
                throw Exception(ErrorCodes::CANNOT_CONVERT_TYPE, "Unexpected inf or nan to integer conversion");
        /// Through Int128 so values beyond the target's range wrap instead of being undefined.
        for (size_t i = 0; i < size; ++i)
            to[i] = static_cast<To>(static_cast<Int128>(from[i]));
    }
    else
    {
        for (size_t i = 0; i < size; ++i)
            to[i] = static_cast<To>(from[i]);
    }
}
}

template <typename To>
ColumnPtr convertNumericColumn(const ColumnPtr & column, TypeIndex from)
{
    ColumnPtr result;
    bool known = dispatchByStorage(from, [&](auto tag) {
        using From = typename decltype(tag)::Type;
        if constexpr (std::is_same_v<From, To>)
            result = column;
        else
        {
            const auto & source = column->assertCast<ColumnVector<From>>().getData();
            auto converted = ColumnVector<To>::create();
            convertValues(source, converted->getData());
            result = converted;
        }
    });
    if (!known)
        throw Exception(ErrorCodes::LOGICAL_ERROR, "Column {} is not numeric", column->getName());
    return result;
}

template <typename To>
To constantNumber(const IColumn & column, TypeIndex from)
{
    const IColumn & data = constantData(column);
    To result{};
    dispatchByStorage(from, [&](auto tag) {
        using From = typename decltype(tag)::Type;
        From value = data.assertCast<ColumnVector<From>>().getData()[0];
        if constexpr (std::is_floating_point_v<From> && !std::is_floating_point_v<To>)
        {
            if (!std::isfinite(value))
                throw Exception(ErrorCodes::CANNOT_CONVERT_TYPE, "Unexpected inf or nan to integer conversion");
            result = static_cast<To>(static_cast<Int128>(value));
        }
        else
            result = static_cast<To>(value);
    });
    return result;
}

#define DATASTORE_INSTANTIATE(T) \
    template ColumnPtr convertNumericColumn<T>(const ColumnPtr &, TypeIndex); \
    template T constantNumber<T>(const IColumn &, TypeIndex);
DATASTORE_INSTANTIATE(UInt8)
DATASTORE_INSTANTIATE(UInt16)
DATASTORE_INSTANTIATE(UInt32)
DATASTORE_INSTANTIATE(UInt64)
DATASTORE_INSTANTIATE(UInt128)
DATASTORE_INSTANTIATE(Int8)
DATASTORE_INSTANTIATE(Int16)
DATASTORE_INSTANTIATE(Int32)
DATASTORE_INSTANTIATE(Int64)
DATASTORE_INSTANTIATE(Int128)
DATASTORE_INSTANTIATE(Float32)
DATASTORE_INSTANTIATE(Float64)
#undef DATASTORE_INSTANTIATE

ColumnPtr selectRows(const PodArray<UInt8> & condition, const ColumnPtr & then, const ColumnPtr & otherwise)
{
    size_t rows = condition.size();
    ColumnPtr full_then = then->convertToFullColumnIfConst();
    ColumnPtr full_otherwise = otherwise->convertToFullColumnIfConst();

    if (const auto * then_nullable = full_then->as<ColumnNullable>())
    {
        const auto & otherwise_nullable = full_otherwise->assertCast<ColumnNullable>();
        return ColumnNullable::create(
            selectRows(condition, then_nullable->getNestedColumnPtr(), otherwise_nullable.getNestedColumnPtr()),
            selectRows(condition, then_nullable->getNullMapColumnPtr(), otherwise_nullable.getNullMapColumnPtr()));
    }

    ColumnPtr result;
    if (full_then->isNumeric() && full_then->sizeOfValueIfFixed() == full_otherwise->sizeOfValueIfFixed())
    {
        /// Dispatch by width: selecting copies bytes, so the value's meaning does not matter.
        auto select = [&](auto tag) {
            using T = typename decltype(tag)::Type;
            const auto * a = reinterpret_cast<const T *>(full_then->getRawData().data());
            const auto * b = reinterpret_cast<const T *>(full_otherwise->getRawData().data());
            auto column = full_then->cloneResized(rows);
            T * out = const_cast<T *>(reinterpret_cast<const T *>(column->getRawData().data()));
            for (size_t i = 0; i < rows; ++i)
                out[i] = condition[i] ? a[i] : b[i];
            result = column;
        };
        switch (full_then->sizeOfValueIfFixed())
        {
            case 1: select(TypeTag<UInt8>{}); break;
            case 2: select(TypeTag<UInt16>{}); break;
            case 4: select(TypeTag<UInt32>{}); break;
            case 8: select(TypeTag<UInt64>{}); break;
            case 16: select(TypeTag<UUID>{}); break;
            default: break;
        }
        if (result)
            return result;
    }
    if (const auto * a = full_then->as<ColumnString>())
    {
        const auto & b = full_otherwise->assertCast<ColumnString>();
        auto column = ColumnString::create();
        column->reserve(rows);
        for (size_t i = 0; i < rows; ++i)
            column->insertData(condition[i] ? a->getDataAt(i) : b.getDataAt(i));
        return column;
    }
    auto column = full_then->cloneEmpty();
    column->reserve(rows);
    for (size_t i = 0; i < rows; ++i)
        column->insertFrom(condition[i] ? *full_then : *full_otherwise, i);
    return column;
}

void checkArgumentCount(const std::string & function, size_t passed, size_t expected)
{
    if (passed != expected)
        throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH,
                        "Number of arguments for function {} doesn't match: passed {}, should be {}", function, passed, expected);
}

void checkArgumentCountBetween(const std::string & function, size_t passed, size_t min, size_t max)
{
    if (passed < min || passed > max)
    {
        std::string expected = min == max ? std::to_string(min) : fmt::format("from {} to {}", min, max);
        throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH,
                        "Number of arguments for function {} doesn't match: passed {}, should be {}", function, passed, expected);
    }
}

void checkMandatoryAndOptionalArguments(const std::string & function, size_t passed, size_t mandatory, size_t optional)
{
    if (passed >= mandatory && passed <= mandatory + optional)
        return;
    throw Exception(
        ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH,
        "An incorrect number of arguments was specified for function '{}'. Expected {} mandatory argument{} and {} optional argument{}, got {} argument{}",
        function, mandatory, mandatory == 1 ? "" : "s", optional, optional == 1 ? "" : "s", passed, passed == 1 ? "" : "s");
}

void throwIllegalArgument(
    int code, const std::string & function, size_t ordinal, const std::string & argument, const std::string & expected, const IDataType & type)
{
    const char * suffix = ordinal % 10 == 1 && ordinal % 100 != 11 ? "st"
        : ordinal % 10 == 2 && ordinal % 100 != 12                ? "nd"
        : ordinal % 10 == 3 && ordinal % 100 != 13                ? "rd"
                                                                  : "th";
    throw Exception(
        code, "A value of illegal type was provided as {}{} argument '{}' to function '{}'. Expected: {}, got: {}", ordinal, suffix, argument,
        function, expected, type.getName());
}

void checkConstantStringArgument(const std::string & function, const ColumnsWithTypeAndName & arguments, size_t position, size_t ordinal, const std::string & argument)
{
    if (position >= arguments.size())
        return;
    const auto & column = arguments[position];
    bool is_string = column.type->getTypeId() == TypeIndex::String;
    if (!is_string || !column.column || !column.column->isConst())
        throwIllegalArgument(
            is_string ? ErrorCodes::ILLEGAL_COLUMN : ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, function, ordinal, argument, "const String", *column.type);
}

void checkOneStringArgument(const std::string & function, const ColumnsWithTypeAndName & arguments)
{
    checkArgumentCount(function, arguments.size(), 1);
    if (arguments[0].type->getTypeId() != TypeIndex::String)
        throwIllegalType(function, *arguments[0].type, 1);
}

void checkMaxSubstringsArgument(const std::string & function, const ColumnsWithTypeAndName & arguments, size_t position)
{
    if (arguments.size() <= position)
        return;
    const auto & argument = arguments[position];
    bool is_integer = isNativeInteger(argument.type->getTypeId());
    if (!is_integer || !argument.column || !argument.column->isConst())
        throwIllegalArgument(
            is_integer ? ErrorCodes::ILLEGAL_COLUMN : ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, function, position + 1, "max_substrings",
            "const Number", *argument.type);
}

void throwIllegalType(const std::string & function, const IDataType & type, size_t position)
{
    throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type {} of argument {} of function {}", type.getName(), position, function);
}

void checkConstantArgument(const std::string & function, const ColumnWithTypeAndName & argument, size_t index)
{
    if (!argument.column || !argument.column->isConst())
        throw Exception(ErrorCodes::ILLEGAL_COLUMN, "Argument at index {} for function {} must be constant", index, function);
}

const IColumn & constantData(const IColumn & column)
{
    if (const auto * constant = column.as<ColumnConst>())
        return constant->getDataColumn();
    return column;
}
}
