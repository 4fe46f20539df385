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
/// A 64-bit hash of bytes and the fold of two hashes into one.
template <UInt64 (*hash)(const char *, size_t), UInt64 (*fold)(UInt64, UInt64)>
struct Hash64Impl
{
    using Result = UInt64;
    static constexpr bool use_int_hash_for_integers = true;
    static Result apply(const char * data, size_t size) { return hash(data, size); }
    static Result combine(Result previous, Result next) { return fold(previous, next); }
};

struct FarmHash64Impl : Hash64Impl<farmhash::hash64, farmhash::hash128to64>
{
    static constexpr const char * name = "farmHash64";
};

struct FarmFingerprint64Impl : Hash64Impl<farmhash::fingerprint64, farmhash::fingerprint128>
{
    static constexpr const char * name = "farmFingerprint64";
};

struct MetroHash64Impl : Hash64Impl<metrohash::hash64v1, farmhash::hash128to64>
{
    static constexpr const char * name = "metroHash64";
};
}

void registerFunctionsFarmMetroHash(FunctionFactory & factory)
{
    factory.registerFunction("farmHash64", makeCreator<FunctionAnyHash<FarmHash64Impl>>());
    factory.registerFunction("farmFingerprint64", makeCreator<FunctionAnyHash<FarmFingerprint64Impl>>());
    factory.registerFunction("metroHash64", makeCreator<FunctionAnyHash<MetroHash64Impl>>());
}
}
