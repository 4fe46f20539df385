// An accepted connection as the protocol handlers see it: a TCP socket, read and written in
// the clear or through TLS (tcp_port_secure, https_port). Meets Asio's sync stream concepts,
// so Beast's HTTP parser and asio::write run over either.
#pragma once

#include <boost/asio/buffer.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/ssl/stream.hpp>
#include <chrono>
#include <optional>

#include "server/ReadDeadlineWatchdog.h"

namespace datastore::server
{
class ConnectionStream
{
public:
    /// Plain when `tls` is null; else the TLS handshake is due (handshake()).
    ConnectionStream(boost::asio::ip::tcp::socket & socket_, boost::asio::ssl::context * tls);
    ~ConnectionStream();
    ConnectionStream(const ConnectionStream &) = delete;
    ConnectionStream & operator=(const ConnectionStream &) = delete;

    /// Runs the server side of the TLS handshake; false when the client failed it (a plain
    /// client, an unknown certificate) or took longer than ClickHouse's handshake_timeout_ms
    /// (10 s): the connection is then dropped. True on a plain one.
    bool handshake();

    /// How long one read may wait for its first byte before the connection is ended with
    /// asio::error::timed_out (ClickHouse's receive_timeout); zero waits for ever.
    void setReadTimeout(std::chrono::milliseconds timeout) { read_timeout = timeout; }
    std::chrono::milliseconds readTimeout() const { return read_timeout; }

    bool isEncrypted() const { return tls_stream.has_value(); }
    int nativeHandle() { return socket.native_handle(); }
    boost::asio::ip::tcp::socket & tcpSocket() { return socket; }
    /// Bytes already decrypted and waiting in the TLS layer (never any on a plain connection).
    size_t pendingDecrypted();
    /// Tells a TLS peer the connection ends (close_notify); nothing on a plain connection.
    void shutdown();

    /// Asio's SyncReadStream and SyncWriteStream.
    template <typename MutableBuffers>
    size_t read_some(const MutableBuffers & buffers, boost::system::error_code & ec)
    {
        auto buffer = firstNonEmpty<boost::asio::mutable_buffer>(buffers);
        return readSome(buffer.data(), buffer.size(), ec);
    }
    template <typename MutableBuffers>
    size_t read_some(const MutableBuffers & buffers)
    {
        boost::system::error_code ec;
        size_t got = read_some(buffers, ec);
        if (ec)
            throw boost::system::system_error(ec);
        return got;
    }
    template <typename ConstBuffers>
    size_t write_some(const ConstBuffers & buffers, boost::system::error_code & ec)
    {
        auto buffer = firstNonEmpty<boost::asio::const_buffer>(buffers);
        return writeSome(buffer.data(), buffer.size(), ec);
    }
    template <typename ConstBuffers>
    size_t write_some(const ConstBuffers & buffers)
    {
        boost::system::error_code ec;
        size_t written = write_some(buffers, ec);
        if (ec)
            throw boost::system::system_error(ec);
        return written;
    }

private:
    /// A read or write of a sequence may stop short: the first non-empty buffer is enough.
    template <typename Buffer, typename Buffers>
    static Buffer firstNonEmpty(const Buffers & buffers)
    {
        for (auto it = boost::asio::buffer_sequence_begin(buffers); it != boost::asio::buffer_sequence_end(buffers); ++it)
        {
            Buffer buffer(*it);
            if (buffer.size())
                return buffer;
        }
        return Buffer();
    }

    size_t readSome(void * data, size_t size, boost::system::error_code & ec);
    size_t writeSome(const void * data, size_t size, boost::system::error_code & ec);

    /// Arms the watchdog for one blocking operation.
    class DeadlineScope;

    boost::asio::ip::tcp::socket & socket;
    std::optional<boost::asio::ssl::stream<boost::asio::ip::tcp::socket &>> tls_stream;
    std::chrono::milliseconds read_timeout{0};
    ReadDeadline deadline;
};
}
