#include "client/SocketChannel.h"

#include "base/Exception.h"

#include <cerrno>
#include <cstring>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <openssl/err.h>
#include <openssl/x509v3.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace datastore::client
{
namespace
{
std::string tlsError()
{
    unsigned long code = ERR_get_error();
    if (!code)
        return "unknown TLS error";
    char text[256];
    ERR_error_string_n(code, text, sizeof(text));
    return text;
}
}

SocketChannel::SocketChannel(const std::string & host, unsigned port, bool is_secure, bool accept_invalid_certificate)
{
    addrinfo hints {};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo * addresses = nullptr;
    int resolved = ::getaddrinfo(host.c_str(), std::to_string(port).c_str(), &hints, &addresses);
    if (resolved != 0)
        throw Exception(ErrorCodes::NETWORK_ERROR, "Not found address of host: {}: {}", host, gai_strerror(resolved));
    std::string last_error = "no address";
    for (addrinfo * address = addresses; address && fd < 0; address = address->ai_next)
    {
        int candidate = ::socket(address->ai_family, address->ai_socktype | SOCK_CLOEXEC, address->ai_protocol);
        if (candidate < 0)
            continue;
        if (::connect(candidate, address->ai_addr, address->ai_addrlen) == 0)
            fd = candidate;
        else
        {
            last_error = std::strerror(errno);
            ::close(candidate);
        }
    }
    ::freeaddrinfo(addresses);
    if (fd < 0)
        throw Exception(ErrorCodes::NETWORK_ERROR, "Connection refused ({}:{}): {}", host, port, last_error);
    int enabled = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &enabled, sizeof(enabled));
    if (is_secure)
        startTls(host, accept_invalid_certificate);
}

void SocketChannel::startTls(const std::string & host, bool accept_invalid_certificate)
{
    tls_context = SSL_CTX_new(TLS_client_method());
    if (!tls_context)
        throw Exception(ErrorCodes::NETWORK_ERROR, "Cannot create a TLS context: {}", tlsError());
    SSL_CTX_set_default_verify_paths(tls_context);
    SSL_CTX_set_verify(tls_context, accept_invalid_certificate ? SSL_VERIFY_NONE : SSL_VERIFY_PEER, nullptr);
    tls = SSL_new(tls_context);
    SSL_set_fd(tls, fd);
    SSL_set_tlsext_host_name(tls, host.c_str());
    if (!accept_invalid_certificate)
        SSL_set1_host(tls, host.c_str());
    if (SSL_connect(tls) != 1)
    {
        long verify = SSL_get_verify_result(tls);
        std::string reason = verify != X509_V_OK ? X509_verify_cert_error_string(verify) : tlsError();
        throw Exception(ErrorCodes::NETWORK_ERROR, "TLS handshake with {} failed: {}", host, reason);
    }
}

SocketChannel::~SocketChannel()
{
    if (tls)
    {
        SSL_shutdown(tls);
        SSL_free(tls);
    }
    if (tls_context)
        SSL_CTX_free(tls_context);
    if (fd >= 0)
        ::close(fd);
}

void SocketChannel::waitReadable()
{
    if (tls && SSL_pending(tls) > 0)
        return;
    while (true)
    {
        pollfd descriptor { fd, POLLIN, 0 };
        int ready = ::poll(&descriptor, 1, 100);
        if (ready > 0)
            return;
        if (ready < 0 && errno != EINTR)
            throw Exception(ErrorCodes::NETWORK_ERROR, "Cannot poll the socket: {}", std::strerror(errno));
        if (on_idle)
            on_idle();
    }
}

size_t SocketChannel::readSome(char * data, size_t size)
{
    waitReadable();
    while (true)
    {
        if (tls)
        {
            int got = SSL_read(tls, data, static_cast<int>(size));
            if (got > 0)
                return static_cast<size_t>(got);
            int error = SSL_get_error(tls, got);
            if (error == SSL_ERROR_ZERO_RETURN || error == SSL_ERROR_SYSCALL)
                return 0;
            if (error == SSL_ERROR_WANT_READ)
            {
                waitReadable();
                continue;
            }
            throw Exception(ErrorCodes::NETWORK_ERROR, "Cannot read from the TLS connection: {}", tlsError());
        }
        ssize_t got = ::recv(fd, data, size, 0);
        if (got >= 0)
            return static_cast<size_t>(got);
        if (errno == EINTR)
            continue;
        if (errno == ECONNRESET)
            return 0;
        throw Exception(ErrorCodes::NETWORK_ERROR, "Cannot read from socket: {}", std::strerror(errno));
    }
}

void SocketChannel::writeAll(const char * data, size_t size)
{
    while (size)
    {
        ssize_t written = 0;
        if (tls)
        {
            int result = SSL_write(tls, data, static_cast<int>(size));
            if (result <= 0)
                throw Exception(ErrorCodes::NETWORK_ERROR, "Cannot write to the TLS connection: {}", tlsError());
            written = result;
        }
        else
        {
            written = ::send(fd, data, size, MSG_NOSIGNAL);
            if (written < 0 && errno == EINTR)
                continue;
            if (written < 0)
                throw Exception(ErrorCodes::NETWORK_ERROR, "Cannot write to socket: {}", std::strerror(errno));
        }
        data += written;
        size -= static_cast<size_t>(written);
    }
}
}
