// How a user proves who they are, as users.xml says it: no password, a plain password, or the
// SHA-256 or double SHA-1 of one (hex). The double SHA-1 is what MySQL clients send.
#pragma once

#include <string>

namespace datastore::access
{
class Authentication
{
public:
    enum class Type
    {
        NoPassword,
        PlainText,
        Sha256,
        DoubleSha1,
    };

    Authentication() = default;
    /// `value` is the password (PlainText) or its hash in hex; throws BAD_ARGUMENTS for a hash
    /// of the wrong length or with non-hex characters.
    Authentication(Type type_, const std::string & value);

    /// From the password itself, hashed as `type_` keeps it (CREATE USER ... BY 'password').
    static Authentication fromPassword(Type type_, const std::string & password);

    Type getType() const { return type; }
    /// What `Authentication(type, value)` takes back: the plain password, or the hash in hex.
    std::string getSecretText() const;
    /// ClickHouse's name of the type, as in system.users: no_password, plaintext_password, ...
    std::string getTypeName() const;
    bool isCorrectPassword(const std::string & password) const;

private:
    Type type = Type::NoPassword;
    /// The plain password, or the binary hash.
    std::string secret;
};
}
