#include "server/TlsServerContext.h"

#include <filesystem>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <sstream>

#include "base/Exception.h"

namespace datastore::server
{
namespace ssl = boost::asio::ssl;

namespace
{
constexpr const char * kPrefix = "openSSL.server.";

/// OpenSSL's reason for the last failure, for the error message.
std::string lastOpenSslError()
{
    unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (!code)
        return "unknown error";
    char text[256];
    ERR_error_string_n(code, text, sizeof(text));
    return text;
}

[[noreturn]] void throwBadElement(const std::string & element, const std::string & value, const std::string & reason)
{
    throw Exception(ErrorCodes::INVALID_CONFIG_PARAMETER, "Invalid <openSSL><server><{}> '{}': {}", element, value, reason);
}

bool isTrue(const std::string & value)
{
    return value == "true" || value == "1" || value == "yes";
}

/// Poco's verification modes, which ClickHouse's configs name.
int verifyFlags(const std::string & mode)
{
    if (mode == "none")
        return SSL_VERIFY_NONE;
    if (mode == "relaxed")
        return SSL_VERIFY_PEER;
    if (mode == "strict")
        return SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT;
    if (mode == "once")
        return SSL_VERIFY_PEER | SSL_VERIFY_CLIENT_ONCE;
    throwBadElement("verificationMode", mode, "expected none, relaxed, strict or once");
}

/// "sslv2,sslv3,tlsv1" as SSL_OP_NO_* flags.
long disabledProtocols(const std::string & list)
{
    long options = 0;
    std::stringstream stream(list);
    std::string name;
    while (std::getline(stream, name, ','))
    {
        name.erase(0, name.find_first_not_of(" \t"));
        name.erase(name.find_last_not_of(" \t") + 1);
        if (name == "sslv2")
            options |= SSL_OP_NO_SSLv2;
        else if (name == "sslv3")
            options |= SSL_OP_NO_SSLv3;
        else if (name == "tlsv1")
            options |= SSL_OP_NO_TLSv1;
        else if (name == "tlsv1_1")
            options |= SSL_OP_NO_TLSv1_1;
        else if (name == "tlsv1_2")
            options |= SSL_OP_NO_TLSv1_2;
        else if (name == "tlsv1_3")
            options |= SSL_OP_NO_TLSv1_3;
        else if (!name.empty())
            throwBadElement("disableProtocols", list, fmt::format("unknown protocol '{}'", name));
    }
    return options;
}
}

std::unique_ptr<ssl::context> makeTlsServerContext(const Config & config)
{
    auto get = [&](const char * name, const std::string & default_value) { return config.getString(kPrefix + std::string(name), default_value); };
    auto context = std::make_unique<ssl::context>(ssl::context::tls_server);
    SSL_CTX * handle = context->native_handle();
    SSL_CTX_set_options(handle, disabledProtocols(get("disableProtocols", "sslv2,sslv3")));
    if (isTrue(get("preferServerCiphers", "false")))
        SSL_CTX_set_options(handle, SSL_OP_CIPHER_SERVER_PREFERENCE);

    std::string certificate = get("certificateFile", "");
    std::string key = get("privateKeyFile", "");
    if (certificate.empty())
        throw Exception(ErrorCodes::INVALID_CONFIG_PARAMETER, "A secure port is configured but <openSSL><server><certificateFile> is not");
    if (SSL_CTX_use_certificate_chain_file(handle, certificate.c_str()) != 1)
        throwBadElement("certificateFile", certificate, lastOpenSslError());
    if (key.empty())
        key = certificate;
    if (SSL_CTX_use_PrivateKey_file(handle, key.c_str(), SSL_FILETYPE_PEM) != 1)
        throwBadElement("privateKeyFile", key, lastOpenSslError());
    if (SSL_CTX_check_private_key(handle) != 1)
        throwBadElement("privateKeyFile", key, "the key does not match the certificate");

    std::string ca = get("caConfig", "");
    if (!ca.empty())
    {
        bool is_directory = std::filesystem::is_directory(ca);
        if (SSL_CTX_load_verify_locations(handle, is_directory ? nullptr : ca.c_str(), is_directory ? ca.c_str() : nullptr) != 1)
            throwBadElement("caConfig", ca, lastOpenSslError());
        if (!is_directory)
            SSL_CTX_set_client_CA_list(handle, SSL_load_client_CA_file(ca.c_str()));
    }
    if (isTrue(get("loadDefaultCAFile", "false")))
        SSL_CTX_set_default_verify_paths(handle);
    SSL_CTX_set_verify(handle, verifyFlags(get("verificationMode", "relaxed")), nullptr);
    /// Session resumption and verification of client certificates need an id of this server.
    static const unsigned char kSessionIdContext[] = "datastore";
    SSL_CTX_set_session_id_context(handle, kSessionIdContext, sizeof(kSessionIdContext) - 1);

    std::string ciphers = get("cipherList", "");
    if (!ciphers.empty() && SSL_CTX_set_cipher_list(handle, ciphers.c_str()) != 1)
        throwBadElement("cipherList", ciphers, lastOpenSslError());

    std::string dh_params = get("dhParamsFile", "");
    if (!dh_params.empty())
    {
        boost::system::error_code ec;
        context->use_tmp_dh_file(dh_params, ec);
        if (ec)
            throwBadElement("dhParamsFile", dh_params, ec.message());
    }
    return context;
}
}
