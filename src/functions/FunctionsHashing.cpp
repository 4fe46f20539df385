// cityHash64(x, ...): ClickHouse's CityHash v1.0.2 over any number of numbers, dates and
// strings. Numbers up to 64 bits are hashed as ClickHouse does (intHash64 of the value
// zero-extended and salted), wider values, decimals and strings by CityHash64 of their bytes;
// several arguments fold left to right with Hash128to64(previous, next).
#include <cstring>

#include "base/CityHash.h"
#include "columns/ColumnString.h"
#include "functions/FunctionFactory.h"
#include "functions/FunctionHelpers.h"
#include "functions/registerFunctions.h"

namespace datastore::functions
{
namespace
{
namespace city = cityhash_v1_0_2;

/// ClickHouse's IntHash64Impl: MurmurHash3's finalizer over the value xor a fixed salt.
inline UInt64 intHash64Salted(UInt64 x)
{
    x ^= 0x4CF2D2BAAE6DA887ULL;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

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

class FunctionCityHash64 final : public IFunction
{
public:
    std::string getName() const override { return "cityHash64"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        /// cityHash64() of nothing is a constant in ClickHouse that nothing here reproduces.
        if (arguments.empty())
            throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Function cityHash64 requires at least one argument");
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
            if (kind == HashKind::IntHash)
            {
                dispatchByStorage(type, [&](auto tag) { hashIntegers<typename decltype(tag)::Type>(*column, out, is_first); });
                continue;
            }
            for (size_t i = 0; i < rows; ++i)
            {
                std::string_view bytes = column->getDataAt(i);
                UInt64 h = city::CityHash64(bytes.data(), bytes.size());
                out[i] = is_first ? h : city::Hash128to64({out[i], h});
            }
        }
        return result;
    }
};
}

void registerFunctionsHashing(FunctionFactory & factory)
{
    factory.registerFunction("cityHash64", [](const FunctionContext &) { return std::make_shared<FunctionCityHash64>(); });
}
}
