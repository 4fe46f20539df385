// cityHash64(x, ...): ClickHouse's CityHash v1.0.2 over any number of numbers, dates and
// strings. Numbers up to 64 bits are hashed as ClickHouse does (intHash64 of the value
// zero-extended and salted), wider values, decimals and strings by CityHash64 of their bytes.
// xxHash64(x, ...) hashes every value's stored bytes. Several arguments fold left to right
// with Hash128to64(previous, next). intHash64(n) is the salted integer hash on its own.
#include <xxhash.h>

#include <cstring>

#include "base/CityHash.h"
#include "columns/ColumnString.h"
#include "functions/FunctionFactory.h"
#include "functions/FunctionHelpers.h"
#include "functions/IntHash.h"
#include "functions/registerFunctions.h"

namespace datastore::functions
{
namespace
{
namespace city = cityhash_v1_0_2;

/// How a type's values are hashed.
enum class HashKind
{
    IntHash,  /// integers, floats, Bool, Date, Date32, DateTime, Enum: the value's bits
    Bytes,    /// 128-bit integers, Decimal, DateTime64, UUID, FixedString: the stored bytes
    String,
};

bool hashKindOf(TypeIndex type, HashKind & kind)
{
    switch (type)
    {
        case TypeIndex::UInt8:
        case TypeIndex::UInt16:
        case TypeIndex::UInt32:
        case TypeIndex::UInt64:
        case TypeIndex::Int8:
        case TypeIndex::Int16:
        case TypeIndex::Int32:
        case TypeIndex::Int64:
        case TypeIndex::Float32:
        case TypeIndex::Float64:
        case TypeIndex::Bool:
        case TypeIndex::Date:
        case TypeIndex::Date32:
        case TypeIndex::DateTime:
        case TypeIndex::Enum8:
        case TypeIndex::Enum16:
            kind = HashKind::IntHash;
            return true;
        case TypeIndex::UInt128:
        case TypeIndex::Int128:
        case TypeIndex::Decimal32:
        case TypeIndex::Decimal64:
        case TypeIndex::Decimal128:
        case TypeIndex::DateTime64:
        case TypeIndex::UUID:
        case TypeIndex::FixedString:
            kind = HashKind::Bytes;
            return true;
        case TypeIndex::String:
            kind = HashKind::String;
            return true;
        default:
            return false;
    }
}

template <typename T>
void hashIntegers(const IColumn & column, UInt64 * out, bool is_first)
{
    const T * values = column.assertCast<ColumnVector<T>>().getData().data();
    size_t rows = column.size();
    for (size_t i = 0; i < rows; ++i)
    {
        UInt64 bits = 0;
        std::memcpy(&bits, &values[i], sizeof(T));
        UInt64 h = intHash64Salted(bits);
        out[i] = is_first ? h : city::Hash128to64({out[i], h});
    }
}

class FunctionAnyHash64 final : public IFunction
{
public:
    /// `is_city`: cityHash64's rules; otherwise xxHash64's (every value by its bytes).
    explicit FunctionAnyHash64(bool is_city_) : is_city(is_city_) {}
    std::string getName() const override { return is_city ? "cityHash64" : "xxHash64"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        /// A hash of no arguments is a constant in ClickHouse that nothing here reproduces.
        if (arguments.empty())
            throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Function {} requires at least one argument", getName());
        for (size_t i = 0; i < arguments.size(); ++i)
        {
            HashKind kind;
            if (!hashKindOf(arguments[i].type->getTypeId(), kind))
                throwIllegalType(getName(), *arguments[i].type, i + 1);
        }
        return typeByName("UInt64");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        auto result = ColumnUInt64::create(rows);
        UInt64 * out = result->getData().data();
        for (size_t arg = 0; arg < arguments.size(); ++arg)
        {
            ColumnPtr column = arguments[arg].column->convertToFullColumnIfConst();
            bool is_first = arg == 0;
            HashKind kind = HashKind::Bytes;
            TypeIndex type = arguments[arg].type->getTypeId();
            hashKindOf(type, kind);
            if (kind == HashKind::IntHash && is_city)
            {
                dispatchByStorage(
                    type,
                    [&](auto tag)
                    {
                        using T = typename decltype(tag)::Type;
                        if constexpr (sizeof(T) <= sizeof(UInt64))
                            hashIntegers<T>(*column, out, is_first);
                    });
                continue;
            }
            for (size_t i = 0; i < rows; ++i)
            {
                std::string_view bytes = column->getDataAt(i);
                UInt64 h = is_city ? city::CityHash64(bytes.data(), bytes.size()) : XXH64(bytes.data(), bytes.size(), 0);
                out[i] = is_first ? h : city::Hash128to64({out[i], h});
            }
        }
        return result;
    }

private:
    bool is_city;
};

/// intHash64(n): the salted MurmurHash3 finalizer of an integer sign-extended to 64 bits.
class FunctionIntHash64 final : public IFunction
{
public:
    std::string getName() const override { return "intHash64"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 1);
        TypeIndex type = arguments[0].type->getTypeId();
        bool accepted = type == TypeIndex::Date || type == TypeIndex::Date32 || type == TypeIndex::DateTime
            || (isInteger(*arguments[0].type) && type != TypeIndex::UInt128 && type != TypeIndex::Int128);
        if (!accepted)
            throw Exception(
                ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type {} of argument of function {}", arguments[0].type->getName(), getName());
        return typeByName("UInt64");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        auto result = ColumnUInt64::create(rows);
        UInt64 * out = result->getData().data();
        ColumnPtr column = arguments[0].column->convertToFullColumnIfConst();
        dispatchByStorage(
            arguments[0].type->getTypeId(),
            [&](auto tag)
            {
                using T = typename decltype(tag)::Type;
                if constexpr (std::is_integral_v<T>)
                {
                    const T * values = column->assertCast<ColumnVector<T>>().getData().data();
                    for (size_t i = 0; i < rows; ++i)
                        out[i] = intHash64Salted(static_cast<UInt64>(values[i]));
                }
            });
        return result;
    }
};
}

void registerFunctionsHashing(FunctionFactory & factory)
{
    factory.registerFunction("cityHash64", [](const FunctionContext &) { return std::make_shared<FunctionAnyHash64>(true); });
    factory.registerFunction("xxHash64", [](const FunctionContext &) { return std::make_shared<FunctionAnyHash64>(false); });
    factory.registerFunction("intHash64", [](const FunctionContext &) { return std::make_shared<FunctionIntHash64>(); });
}
}
