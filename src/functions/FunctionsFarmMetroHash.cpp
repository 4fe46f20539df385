// farmHash64, farmFingerprint64 and metroHash64: 64-bit hashes of a value's bytes (integers up
// to 64 bits by their salted intHash64, as ClickHouse), several arguments folded left to right
// by each hash's own combine, in the AnyHash frame.
#include "base/FarmHash.h"
#include "base/MetroHash.h"
#include "functions/AnyHash.h"
#include "functions/FunctionFactory.h"
#include "functions/registerFunctions.h"

namespace datastore::functions
{
namespace
{
struct FarmHash64Impl
{
    using Result = UInt64;
    static constexpr const char * name = "farmHash64";
    static constexpr bool use_int_hash_for_integers = true;
    static Result apply(const char * data, size_t size) { return farmhash::hash64(data, size); }
    static Result combine(Result previous, Result next) { return farmhash::hash128to64(previous, next); }
};

struct FarmFingerprint64Impl
{
    using Result = UInt64;
    static constexpr const char * name = "farmFingerprint64";
    static constexpr bool use_int_hash_for_integers = true;
    static Result apply(const char * data, size_t size) { return farmhash::fingerprint64(data, size); }
    static Result combine(Result previous, Result next) { return farmhash::fingerprint128(previous, next); }
};

struct MetroHash64Impl
{
    using Result = UInt64;
    static constexpr const char * name = "metroHash64";
    static constexpr bool use_int_hash_for_integers = true;
    static Result apply(const char * data, size_t size) { return metrohash::hash64v1(data, size); }
    static Result combine(Result previous, Result next) { return farmhash::hash128to64(previous, next); }
};
}

void registerFunctionsFarmMetroHash(FunctionFactory & factory)
{
    factory.registerFunction("farmHash64", makeCreator<FunctionAnyHash<FarmHash64Impl>>());
    factory.registerFunction("farmFingerprint64", makeCreator<FunctionAnyHash<FarmFingerprint64Impl>>());
    factory.registerFunction("metroHash64", makeCreator<FunctionAnyHash<MetroHash64Impl>>());
}
}
