// Cryptographic digests of strings through OpenSSL: MD5, SHA1, SHA224, SHA256, SHA384 and
// SHA512 return the raw digest as FixedString(N), as ClickHouse does (hex(SHA256(s)) for text).
#include <openssl/evp.h>

#include "columns/ColumnFixedString.h"
#include "functions/FunctionHelpers.h"
#include "functions/ValueBytes.h"
#include "functions/registerFunctions.h"
#include "types/DataTypeFixedString.h"

namespace datastore::functions
{
namespace
{
using DigestAlgorithm = const EVP_MD * (*)();

class FunctionDigest final : public IFunction
{
public:
    FunctionDigest(std::string name_, DigestAlgorithm algorithm_) : name(std::move(name_)), algorithm(algorithm_) {}
    std::string getName() const override { return name; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(name, arguments.size(), 1);
        if (!isStringOrFixedString(*arguments[0].type))
            throwIllegalType(name, *arguments[0].type, 1);
        return std::make_shared<DataTypeFixedString>(EVP_MD_get_size(algorithm()));
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        const EVP_MD * md = algorithm();
        const size_t digest_size = EVP_MD_get_size(md);
        auto result = ColumnFixedString::create(digest_size);
        auto & chars = result->getChars();
        chars.resize(rows * digest_size);
        ColumnPtr column = arguments[0].column->convertToFullColumnIfConst();
        forEachValueBytes(
            *column,
            [&](size_t i, const char * data, size_t size)
            {
                unsigned int written = 0;
                EVP_Digest(data, size, reinterpret_cast<unsigned char *>(chars.data() + i * digest_size), &written, md, nullptr);
            });
        return result;
    }

private:
    std::string name;
    DigestAlgorithm algorithm;
};
}

void registerFunctionsCryptoHash(FunctionFactory & factory)
{
    using enum FunctionFactory::CaseSensitiveness;
    factory.registerFunction("MD5", makeCreator<FunctionDigest>(std::string("MD5"), &EVP_md5), CaseInsensitive);
    factory.registerFunction("SHA1", makeCreator<FunctionDigest>(std::string("SHA1"), &EVP_sha1), CaseInsensitive);
    factory.registerFunction("SHA224", makeCreator<FunctionDigest>(std::string("SHA224"), &EVP_sha224), CaseInsensitive);
    factory.registerFunction("SHA256", makeCreator<FunctionDigest>(std::string("SHA256"), &EVP_sha256), CaseInsensitive);
    factory.registerFunction("SHA384", makeCreator<FunctionDigest>(std::string("SHA384"), &EVP_sha384), CaseInsensitive);
    factory.registerFunction("SHA512", makeCreator<FunctionDigest>(std::string("SHA512"), &EVP_sha512), CaseInsensitive);
}
}
