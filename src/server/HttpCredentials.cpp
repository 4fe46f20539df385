#include "server/HttpCredentials.h"

#include <strings.h>

#include <openssl/evp.h>

#include "base/Exception.h"

namespace datastore::server
{
namespace
{
std::string decodeBase64(const std::string & text)
{
    std::string decoded(text.size() / 4 * 3 + 3, '\0');
    int length = EVP_DecodeBlock(reinterpret_cast<unsigned char *>(decoded.data()), reinterpret_cast<const unsigned char *>(text.data()),
                                 static_cast<int>(text.size()));
    if (length < 0)
        throw Exception(ErrorCodes::AUTHENTICATION_FAILED, "Invalid authentication: malformed Basic credentials");
    /// EVP_DecodeBlock counts the padding as zero bytes.
    size_t padding = 0;
    for (size_t i = text.size(); i > 0 && text[i - 1] == '='; --i)
        ++padding;
    decoded.resize(static_cast<size_t>(length) - padding);
    return decoded;
}
}

HttpCredentials credentialsOf(const HttpRequest & request)
{
    HttpCredentials credentials;
    bool has_authorization = request.hasHeader("authorization");
    bool has_headers = request.hasHeader("x-clickhouse-user") || request.hasHeader("x-clickhouse-key");
    bool has_parameters = request.getParam("user").has_value() || request.getParam("password").has_value();
    if (int(has_authorization) + int(has_headers) + int(has_parameters) > 1)
        throw Exception(ErrorCodes::AUTHENTICATION_FAILED,
                        "Invalid authentication: it is not allowed to use more than one of: Authorization HTTP header, X-ClickHouse HTTP "
                        "headers and authentication via parameters simultaneously");
    if (has_authorization)
    {
        std::string header = request.getHeader("authorization");
        if (header.size() < 6 || strncasecmp(header.c_str(), "Basic ", 6) != 0)
            throw Exception(ErrorCodes::AUTHENTICATION_FAILED, "Invalid authentication: only Basic scheme is supported");
        std::string decoded = decodeBase64(header.substr(6));
        auto colon = decoded.find(':');
        credentials.user = decoded.substr(0, colon);
        if (colon != std::string::npos)
            credentials.password = decoded.substr(colon + 1);
    }
    else if (has_headers)
    {
        credentials.user = request.getHeader("x-clickhouse-user", "default");
        credentials.password = request.getHeader("x-clickhouse-key", "");
    }
    else if (has_parameters)
    {
        credentials.user = request.getParam("user").value_or("default");
        credentials.password = request.getParam("password").value_or("");
    }
    if (credentials.user.empty())
        credentials.user = "default";
    return credentials;
}
}
