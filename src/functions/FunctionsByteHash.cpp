// Hashes of the bytes values are stored in, as ClickHouse computes them: sipHash64, sipHash128,
// murmurHash2_32/64, murmurHash3_32/64/128 and halfMD5 over a string's characters or a number's
// (date's, UUID's, FixedString's) fixed-width bytes. Several arguments fold left to right with
// each hash's own combination of the previous hash and the next one (see AnyHash).
#include <openssl/md5.h>

#include "base/MurmurHash2.h"
#include "base/MurmurHash3.h"
#include "base/SipHash.h"
#include "functions/AnyHash.h"
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
    static constexpr bool use_int_hash_for_integers = false;
    static Result apply(const char * data, size_t size) { return sipHash64Of(data, size); }
    static Result combine(Result previous, Result next)
    {
        Result both[2] = {previous, next};
        return sipHash64Of(reinterpret_cast<const char *>(both), sizeof(both));
    }
};

/// The 128-bit hashes fold a next argument's hash in by hashing both hashes' 32 bytes.
template <typename Impl>
struct CombineByRehash
{
    static UInt128 combine(UInt128 previous, UInt128 next)
    {
        UInt128 both[2] = {previous, next};
        return Impl::apply(reinterpret_cast<const char *>(both), sizeof(both));
    }
};

struct SipHash128Impl : CombineByRehash<SipHash128Impl>
{
    using Result = UInt128;
    static constexpr const char * name = "sipHash128";
    static constexpr bool use_int_hash_for_integers = false;
    static Result apply(const char * data, size_t size)
    {
        SipHash hash;
        hash.update(data, size);
        return hash.get128();
    }
};

struct MurmurHash3_128Impl : CombineByRehash<MurmurHash3_128Impl>
{
    using Result = UInt128;
    static constexpr const char * name = "murmurHash3_128";
    static constexpr bool use_int_hash_for_integers = false;
    static Result apply(const char * data, size_t size)
    {
        UInt64 halves[2];
        murmurHash3_x64_128(data, size, 0, halves);
        return (static_cast<UInt128>(halves[1]) << 64) | halves[0];
    }
};

/// The first 8 bytes of the MD5 digest read as a big-endian number.
struct HalfMD5Impl
{
    using Result = UInt64;
    static constexpr const char * name = "halfMD5";
    static constexpr bool use_int_hash_for_integers = false;
    static Result apply(const char * data, size_t size)
    {
        unsigned char digest[MD5_DIGEST_LENGTH];
        MD5(reinterpret_cast<const unsigned char *>(data), size, digest);
        Result value = 0;
        for (size_t i = 0; i < sizeof(Result); ++i)
            value = (value << 8) | digest[i];
        return value;
    }
    static Result combine(Result previous, Result next)
    {
        Result both[2] = {previous, next};
        return apply(reinterpret_cast<const char *>(both), sizeof(both));
    }
};

struct MurmurHash2_64Impl : CombineByIntHash<UInt64>
{
    using Result = UInt64;
    static constexpr const char * name = "murmurHash2_64";
    static constexpr bool use_int_hash_for_integers = false;
    static Result apply(const char * data, size_t size) { return murmurHash64A(data, size, 0); }
};

struct MurmurHash2_32Impl : CombineByIntHash<UInt32>
{
    using Result = UInt32;
    static constexpr const char * name = "murmurHash2_32";
    static constexpr bool use_int_hash_for_integers = false;
    static Result apply(const char * data, size_t size) { return murmurHash2_32(data, size, 0); }
};

struct MurmurHash3_64Impl : CombineByIntHash<UInt64>
{
    using Result = UInt64;
    static constexpr const char * name = "murmurHash3_64";
    static constexpr bool use_int_hash_for_integers = false;
    static Result apply(const char * data, size_t size)
    {
        UInt64 halves[2];
        murmurHash3_x64_128(data, size, 0, halves);
        return halves[0] ^ halves[1];
    }
};

struct MurmurHash3_32Impl : CombineByIntHash<UInt32>
{
    using Result = UInt32;
    static constexpr const char * name = "murmurHash3_32";
    static constexpr bool use_int_hash_for_integers = false;
    static Result apply(const char * data, size_t size) { return murmurHash3_x86_32(data, size, 0); }
};
}

void registerFunctionsByteHash(FunctionFactory & factory)
{
    factory.registerFunction("sipHash64", makeCreator<FunctionAnyHash<SipHash64Impl>>());
    factory.registerFunction("sipHash128", makeCreator<FunctionAnyHash<SipHash128Impl>>());
    factory.registerFunction("murmurHash3_128", makeCreator<FunctionAnyHash<MurmurHash3_128Impl>>());
    factory.registerFunction("halfMD5", makeCreator<FunctionAnyHash<HalfMD5Impl>>());
    factory.registerFunction("murmurHash2_64", makeCreator<FunctionAnyHash<MurmurHash2_64Impl>>());
    factory.registerFunction("murmurHash2_32", makeCreator<FunctionAnyHash<MurmurHash2_32Impl>>());
    factory.registerFunction("murmurHash3_64", makeCreator<FunctionAnyHash<MurmurHash3_64Impl>>());
    factory.registerFunction("murmurHash3_32", makeCreator<FunctionAnyHash<MurmurHash3_32Impl>>());
}
}
