#include "server/ConnectionStream.h"

#include <cerrno>
#include <openssl/ssl.h>
#include <poll.h>

namespace datastore::server
{
namespace asio = boost::asio;

ConnectionStream::ConnectionStream(asio::ip::tcp::socket & socket_, asio::ssl::context * tls) : socket(socket_)
{
    if (tls)
        tls_stream.emplace(socket, *tls);
}

bool ConnectionStream::handshake()
{
    if (!tls_stream)
        return true;
    /// A client that connects and says nothing must not hold a worker for good: its hello has
    /// ClickHouse's handshake_timeout_ms (10 s) to start arriving.
    constexpr int kHelloTimeoutMs = 10000;
    pollfd descriptor{socket.native_handle(), POLLIN, 0};
    int ready = 0;
    do
        ready = ::poll(&descriptor, 1, kHelloTimeoutMs);
    while (ready < 0 && errno == EINTR);
    if (ready <= 0)
        return false;
    boost::system::error_code ec;
    tls_stream->handshake(asio::ssl::stream_base::server, ec);
    return !ec;
}

size_t ConnectionStream::pendingDecrypted()
{
    return tls_stream ? static_cast<size_t>(SSL_pending(tls_stream->native_handle())) : 0;
}

void ConnectionStream::shutdown()
{
    if (!tls_stream)
        return;
    /// Sends our close_notify without waiting for the peer's: it may be gone already.
    SSL_shutdown(tls_stream->native_handle());
}

size_t ConnectionStream::readSome(void * data, size_t size, boost::system::error_code & ec)
{
    if (size == 0)
    {
        ec = {};
        return 0;
    }
    if (!tls_stream)
        return socket.read_some(asio::buffer(data, size), ec);
    size_t got = tls_stream->read_some(asio::buffer(data, size), ec);
    /// A peer that closes without close_notify (most HTTPS clients) ends the stream as
    /// a plain connection's end does.
    if (ec == asio::ssl::error::stream_truncated)
        ec = asio::error::eof;
    return got;
}

size_t ConnectionStream::writeSome(const void * data, size_t size, boost::system::error_code & ec)
{
    if (size == 0)
    {
        ec = {};
        return 0;
    }
    if (!tls_stream)
        return socket.write_some(asio::buffer(data, size), ec);
    return tls_stream->write_some(asio::buffer(data, size), ec);
}
}
