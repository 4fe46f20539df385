#include "access/Authentication.h"

#include <openssl/crypto.h>
#include <openssl/sha.h>

#include "base/Exception.h"
#include "io/ReadHelpers.h"

namespace datastore::access
{
namespace
{
std::string sha256(const std::string & data)
{
    std::string digest(SHA256_DIGEST_LENGTH, '\0');
    SHA256(reinterpret_cast<const unsigned char *>(data.data()), data.size(), reinterpret_cast<unsigned char *>(digest.data()));
    return digest;
}

std::string sha1(const std::string & data)
{
    std::string digest(SHA_DIGEST_LENGTH, '\0');
    SHA1(reinterpret_cast<const unsigned char *>(data.data()), data.size(), reinterpret_cast<unsigned char *>(digest.data()));
    return digest;
}

std::string unhexHash(const std::string & hex, size_t expected_bytes, const char * type_name)
{
    if (hex.size() != expected_bytes * 2)
        throw Exception(ErrorCodes::BAD_ARGUMENTS, "Password hash for the '{}' authentication type has length {} but must be exactly {} bytes.",
                        type_name, hex.size() / 2, expected_bytes);
    std::string result(expected_bytes, '\0');
    for (size_t i = 0; i < expected_bytes; ++i)
    {
        int high = hexDigitValue(hex[2 * i]);
        int low = hexDigitValue(hex[2 * i + 1]);
        if (high < 0 || low < 0)
            throw Exception(ErrorCodes::BAD_ARGUMENTS, "Password hash for the '{}' authentication type is not hexadecimal: '{}'", type_name, hex);
        result[i] = static_cast<char>(high * 16 + low);
    }
    return result;
}

bool equalSecrets(const std::string & a, const std::string & b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}
}

Authentication::Authentication(Type type_, const std::string & value) : type(type_)
{
    switch (type)
    {
        case Type::NoPassword:
            break;
        case Type::PlainText:
            secret = value;
            break;
        case Type::Sha256:
            secret = unhexHash(value, SHA256_DIGEST_LENGTH, "SHA256_PASSWORD");
            break;
        case Type::DoubleSha1:
            secret = unhexHash(value, SHA_DIGEST_LENGTH, "DOUBLE_SHA1_PASSWORD");
            break;
    }
}

Authentication Authentication::fromPassword(Type type_, const std::string & password)
{
    Authentication result;
    result.type = type_;
    switch (type_)
    {
        case Type::NoPassword: break;
        case Type::PlainText: result.secret = password; break;
        case Type::Sha256: result.secret = sha256(password); break;
        case Type::DoubleSha1: result.secret = sha1(sha1(password)); break;
    }
    return result;
}

std::string Authentication::getSecretText() const
{
    if (type == Type::PlainText)
        return secret;
    static const char * digits = "0123456789abcdef";
    std::string hex;
    for (unsigned char c : secret)
    {
        hex += digits[c >> 4];
        hex += digits[c & 15];
    }
    return hex;
}

std::string Authentication::getTypeName() const
{
    switch (type)
    {
        case Type::NoPassword: return "no_password";
        case Type::PlainText: return "plaintext_password";
        case Type::Sha256: return "sha256_password";
        case Type::DoubleSha1: return "double_sha1_password";
    }
    return {};
}

bool Authentication::isCorrectPassword(const std::string & password) const
{
    switch (type)
    {
        /// As in ClickHouse, a user without any password element accepts whatever is sent.
        case Type::NoPassword: return true;
        case Type::PlainText: return equalSecrets(password, secret);
        case Type::Sha256: return equalSecrets(sha256(password), secret);
        case Type::DoubleSha1: return equalSecrets(sha1(sha1(password)), secret);
    }
    return false;
}
}
