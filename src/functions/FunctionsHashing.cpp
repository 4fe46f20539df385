// The hash functions built on fast integer and byte hashes: cityHash64 (ClickHouse's CityHash
// v1.0.2; numbers up to 64 bits by the salted intHash64 of their bits, other values by CityHash64
// of their bytes), xxHash64 and xxHash32 (every value by its bytes), intHash64 / intHash32,
// the salted integer hashes on their own, and javaHash / hiveHash, Java's hashCode. The frame
// for several and nested arguments is AnyHash.
#include <xxhash.h>

#include <cstring>

#include "base/CityHash.h"
#include "functions/AnyHash.h"
#include "functions/FunctionFactory.h"
#include "functions/FunctionHelpers.h"
#include "functions/IntHash.h"
#include "functions/registerFunctions.h"

namespace datastore::functions
{
namespace
{
namespace city = cityhash_v1_0_2;

struct CityHash64Impl
{
    using Result = UInt64;
    static constexpr const char * name = "cityHash64";
    static constexpr bool use_int_hash_for_integers = true;
    static Result apply(const char * data, size_t size) { return city::CityHash64(data, size); }
    static Result combine(Result previous, Result next) { return city::Hash128to64({previous, next}); }
};

struct XxHash64Impl
{
    using Result = UInt64;
    static constexpr const char * name = "xxHash64";
    static constexpr bool use_int_hash_for_integers = false;
    static Result apply(const char * data, size_t size) { return XXH64(data, size, 0); }
    static Result combine(Result previous, Result next) { return city::Hash128to64({previous, next}); }
};

struct XxHash32Impl : CombineByIntHash<UInt32>
{
    using Result = UInt32;
    static constexpr const char * name = "xxHash32";
    static constexpr bool use_int_hash_for_integers = false;
    static Result apply(const char * data, size_t size) { return XXH32(data, size, 0); }
};

/// javaHash(x): Java's String.hashCode over a string's bytes (as signed chars), or Java's
/// hashCode of a signed integer; hiveHash(s): javaHash of a string without its sign bit. A
/// Java hash does not combine over several arguments, and unsigned integers have no Java form.
class FunctionJavaHash final : public IFunction
{
public:
    explicit FunctionJavaHash(bool is_hive_) : is_hive(is_hive_) {}
    std::string getName() const override { return is_hive ? "hiveHash" : "javaHash"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        if (arguments.size() > 1)
            throw Exception(ErrorCodes::NOT_IMPLEMENTED, "Java hash is not combineable for multiple arguments");
        checkArgumentCount(getName(), arguments.size(), 1);
        TypeIndex type = arguments[0].type->getTypeId();
        bool is_string = isStringOrFixedString(*arguments[0].type);
        if (!is_hive && isNativeInteger(type) && !isNativeSignedInteger(type))
            throw Exception(ErrorCodes::NOT_IMPLEMENTED, "Unsigned types are not supported");
        bool is_signed = !is_hive && isNativeSignedInteger(type) && nativeNumberSize(type) <= 8;
        if (!is_string && !is_signed)
            throwIllegalType(getName(), *arguments[0].type, 1);
        return typeByName("Int32");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        ColumnPtr column = arguments[0].column->convertToFullColumnIfConst();
        auto result = ColumnInt32::create(rows);
        Int32 * out = result->getData().data();
        if (isStringOrFixedString(*arguments[0].type))
        {
            for (size_t i = 0; i < rows; ++i)
            {
                std::string_view bytes = column->getDataAt(i);
                UInt32 hash = 0;
                for (char c : bytes)
                    hash = hash * 31 + static_cast<UInt32>(static_cast<Int32>(static_cast<signed char>(c)));
                out[i] = static_cast<Int32>(is_hive ? hash & 0x7fffffff : hash);
            }
            return result;
        }
        auto values = numericOperand<Int64>(column, arguments[0].type->getTypeId());
        bool is_long = nativeNumberSize(arguments[0].type->getTypeId()) == 8;
        for (size_t i = 0; i < rows; ++i)
        {
            auto bits = static_cast<UInt64>(values.data[i]);
            out[i] = static_cast<Int32>(is_long ? bits ^ (bits >> 32) : bits);
        }
        return result;
    }

private:
    bool is_hive;
};

/// intHash64(n) / intHash32(n): the salted hash of an integer (a date, IPv4 or Decimal32/64 by its
/// stored number) sign-extended to 64 bits.
template <typename Result>
class FunctionIntHash final : public IFunction
{
public:
    static constexpr bool is_64 = sizeof(Result) == sizeof(UInt64);
    std::string getName() const override { return is_64 ? "intHash64" : "intHash32"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 1);
        TypeIndex type = arguments[0].type->getTypeId();
        /// Decimal32/64 hash their raw integer and IPv4 its number, as ClickHouse's.
        bool accepted = type == TypeIndex::Date || type == TypeIndex::Date32 || type == TypeIndex::DateTime || type == TypeIndex::IPv4
            || type == TypeIndex::Decimal32 || type == TypeIndex::Decimal64
            || (isInteger(*arguments[0].type) && type != TypeIndex::UInt128 && type != TypeIndex::Int128);
        if (!accepted)
            throw Exception(
                ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type {} of argument of function {}", arguments[0].type->getName(), getName());
        return typeByName(is_64 ? "UInt64" : "UInt32");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        auto result = ColumnVector<Result>::create(rows);
        Result * out = result->getData().data();
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
                    {
                        if constexpr (is_64)
                            out[i] = intHash64Salted(static_cast<UInt64>(values[i]));
                        else
                            out[i] = intHash32Salted(static_cast<UInt64>(values[i]));
                    }
                }
            });
        return result;
    }
};
}

void registerFunctionsHashing(FunctionFactory & factory)
{
    factory.registerFunction("cityHash64", makeCreator<FunctionAnyHash<CityHash64Impl>>());
    factory.registerFunction("xxHash64", makeCreator<FunctionAnyHash<XxHash64Impl>>());
    factory.registerFunction("xxHash32", makeCreator<FunctionAnyHash<XxHash32Impl>>());
    factory.registerFunction("intHash64", makeCreator<FunctionIntHash<UInt64>>());
    factory.registerFunction("intHash32", makeCreator<FunctionIntHash<UInt32>>());
    factory.registerFunction("javaHash", makeCreator<FunctionJavaHash>(false));
    factory.registerFunction("hiveHash", makeCreator<FunctionJavaHash>(true));
}
}
