#include "server/ConnectionStream.h"

#include <openssl/ssl.h>

namespace datastore::server
{
namespace asio = boost::asio;

class ConnectionStream::DeadlineScope
{
public:
    DeadlineScope(ReadDeadline & deadline_, std::chrono::milliseconds timeout) : deadline(deadline_)
    {
        if (timeout.count() > 0)
            deadline.deadline_ms = ReadDeadlineWatchdog::nowMs() + timeout.count();
    }
    ~DeadlineScope() { deadline.deadline_ms = 0; }

private:
    ReadDeadline & deadline;
};

ConnectionStream::ConnectionStream(asio::ip::tcp::socket & socket_, asio::ssl::context * tls) : socket(socket_)
{
    if (tls)
        tls_stream.emplace(socket, *tls);
    deadline.socket_fd = socket.native_handle();
    ReadDeadlineWatchdog::instance().add(deadline);
}

ConnectionStream::~ConnectionStream()
{
    ReadDeadlineWatchdog::instance().remove(deadline);
}

bool ConnectionStream::handshake()
{
    if (!tls_stream)
        return true;
    /// A client that connects and says nothing, or part of a hello, must not hold a worker.
    constexpr std::chrono::milliseconds kHandshakeTimeout{10000};
    DeadlineScope scope(deadline, kHandshakeTimeout);
    boost::system::error_code ec;
    tls_stream->handshake(asio::ssl::stream_base::server, ec);
    return !ec && !deadline.expired;
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
    size_t got = 0;
    {
        DeadlineScope scope(deadline, read_timeout);
        got = tls_stream ? tls_stream->read_some(asio::buffer(data, size), ec) : socket.read_some(asio::buffer(data, size), ec);
    }
    if (deadline.expired)
        ec = asio::error::timed_out;
    /// A peer that closes without close_notify (most HTTPS clients) ends the stream as
    /// a plain connection's end does.
    else if (ec == asio::ssl::error::stream_truncated)
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
