// The client's end of a TCP connection, in the clear or through OpenSSL (--secure). Reads
// wait in slices of 100 ms and call the idle callback between them, so a Ctrl-C can send
// Cancel while a query's answer is awaited.
#pragma once

#include <functional>
#include <openssl/ssl.h>
#include <string>

namespace datastore::client
{
class SocketChannel
{
public:
    /// Connects to host:port (every resolved address in turn); throws NETWORK_ERROR
    /// ("Connection refused", a failed TLS handshake or certificate check).
    SocketChannel(const std::string & host, unsigned port, bool is_secure, bool accept_invalid_certificate);
    ~SocketChannel();
    SocketChannel(const SocketChannel &) = delete;
    SocketChannel & operator=(const SocketChannel &) = delete;

    /// Up to `size` bytes, 0 when the server closed the connection.
    size_t readSome(char * data, size_t size);
    void writeAll(const char * data, size_t size);

    /// Called every 100 ms while a read waits.
    void setIdleCallback(std::function<void()> callback) { on_idle = std::move(callback); }

private:
    void waitReadable();
    void startTls(const std::string & host, bool accept_invalid_certificate);

    int fd = -1;
    SSL_CTX * tls_context = nullptr;
    SSL * tls = nullptr;
    std::function<void()> on_idle;
};
}
