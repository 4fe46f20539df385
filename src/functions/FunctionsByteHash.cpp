// Hashes of the bytes values are stored in, as ClickHouse computes them: sipHash64,
// murmurHash3_64 and murmurHash3_32 over a string's characters or a number's (date's, UUID's,
// FixedString's) fixed-width bytes. Several arguments fold left to right with each hash's own
// combination of the previous hash and the next one.
#include "base/MurmurHash3.h"
#include "base/SipHash.h"
#include "functions/FunctionHelpers.h"
#include "functions/IntHash.h"
#include "functions/ValueBytes.h"
#include "functions/registerFunctions.h"

namespace datastore::functions
{
namespace
{
UInt64 sipHash64Of(const char * data, size_t size)
{
    SipHash hash;
    hash.update(data, size);
    return hash.get64();
}

struct SipHash64Impl
{
    using Result = UInt64;
    static constexpr const char * name = "sipHash64";
    static Result apply(const char * data, size_t size) { return sipHash64Of(data, size); }
    static Result combine(Result previous, Result next)
    {
        Result both[2] = {previous, next};
        return sipHash64Of(reinterpret_cast<const char *>(both), sizeof(both));
    }
};

struct MurmurHash3_64Impl
{
    using Result = UInt64;
    static constexpr const char * name = "murmurHash3_64";
    static Result apply(const char * data, size_t size)
    {
        UInt64 halves[2];
        murmurHash3_x64_128(data, size, 0, halves);
        return halves[0] ^ halves[1];
    }
    static Result combine(Result previous, Result next) { return intHash64Salted(previous) ^ next; }
};

struct MurmurHash3_32Impl
{
    using Result = UInt32;
    static constexpr const char * name = "murmurHash3_32";
    static Result apply(const char * data, size_t size) { return murmurHash3_x86_32(data, size, 0); }
    static Result combine(Result previous, Result next) { return intHash32Salted(previous) ^ next; }
};

template <typename Impl>
class FunctionByteHash final : public IFunction
{
public:
    using Result = typename Impl::Result;
    std::string getName() const override { return Impl::name; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        /// The hash of no arguments is a constant of ClickHouse's that nothing here reproduces.
        if (arguments.empty())
            throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Function {} requires at least one argument", getName());
        for (size_t i = 0; i < arguments.size(); ++i)
        {
            auto column = arguments[i].type->createColumn();
            if (!column->as<ColumnString>() && column->sizeOfValueIfFixed() == 0)
                throwIllegalType(getName(), *arguments[i].type, i + 1);
        }
        return typeByName(sizeof(Result) == 8 ? "UInt64" : "UInt32");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        auto result = ColumnVector<Result>::create(rows);
        Result * out = result->getData().data();
        for (size_t position = 0; position < arguments.size(); ++position)
        {
            ColumnPtr column = arguments[position].column->convertToFullColumnIfConst();
            if (position == 0)
                forEachValueBytes(*column, [&](size_t i, const char * data, size_t size) { out[i] = Impl::apply(data, size); });
            else
                forEachValueBytes(
                    *column, [&](size_t i, const char * data, size_t size) { out[i] = Impl::combine(out[i], Impl::apply(data, size)); });
        }
        return result;
    }
};
}

void registerFunctionsByteHash(FunctionFactory & factory)
{
    factory.registerFunction("sipHash64", makeCreator<FunctionByteHash<SipHash64Impl>>());
    factory.registerFunction("murmurHash3_64", makeCreator<FunctionByteHash<MurmurHash3_64Impl>>());
    factory.registerFunction("murmurHash3_32", makeCreator<FunctionByteHash<MurmurHash3_32Impl>>());
}
}
