#include "server/HttpServer.h"

#include <algorithm>
#include <cstring>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include "base/Exception.h"

namespace datastore::server
{
namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

namespace
{
using RequestParser = http::request_parser<http::buffer_body>;
/// Large reads: an INSERT body of tens of megabytes in 64 KiB pieces spent as much time in
/// system calls as in parsing.
constexpr size_t kBodyChunk = 1 << 20;

/// The request body, pulled from the socket as the handler reads it. A body of known length
/// (Content-Length) is read from the socket straight into the window; a chunked one goes
/// through the HTTP parser.
class SocketBodyReadBuffer : public ReadBuffer
{
public:
    SocketBodyReadBuffer(ConnectionStream & socket_, beast::flat_buffer & buffer_, RequestParser & parser_)
        : socket(socket_), buffer(buffer_), parser(parser_)
    {
        if (!parser.chunked() && parser.content_length() && *parser.content_length() > 0)
        {
            is_length_known = true;
            remaining = *parser.content_length();
        }
    }

    /// The whole body was read: the connection may serve the next request.
    bool isComplete() const { return is_length_known ? remaining == 0 : parser.is_done(); }

protected:
    bool nextImpl() override
    {
        if (!memory)
            memory.reset(new char[kBodyChunk]);
        return is_length_known ? nextOfKnownLength() : nextChunked();
    }

private:
    [[noreturn]] void throwReadError(const beast::error_code & ec) const
    {
        if (ec == asio::error::timed_out)
            throw Exception(ErrorCodes::SOCKET_TIMEOUT, "Timeout exceeded while reading from socket ({} ms)", socket.readTimeout().count());
        throw Exception(ErrorCodes::NETWORK_ERROR, "Cannot read request body: {}", ec.message());
    }

    bool nextOfKnownLength()
    {
        if (remaining == 0)
            return false;
        size_t wanted = static_cast<size_t>(std::min<std::uint64_t>(remaining, kBodyChunk));
        size_t got = 0;
        if (buffer.size() > 0)
        {
            /// Bytes that came with the header; what lies past the body belongs to the next request.
            got = std::min(buffer.size(), wanted);
            std::memcpy(memory.get(), buffer.data().data(), got);
            buffer.consume(got);
        }
        else
        {
            beast::error_code ec;
            got = socket.read_some(asio::buffer(memory.get(), wanted), ec);
            if (ec)
                throwReadError(ec);
        }
        remaining -= got;
        setWindow(memory.get(), memory.get() + got);
        return true;
    }

    bool nextChunked()
    {
        while (!parser.is_done())
        {
            auto & body = parser.get().body();
            body.data = memory.get();
            body.size = kBodyChunk;
            beast::error_code ec;
            http::read(socket, buffer, parser, ec);
            if (ec == http::error::need_buffer)
                ec = {};
            if (ec)
                throwReadError(ec);
            size_t got = kBodyChunk - body.size;
            if (got)
            {
                setWindow(memory.get(), memory.get() + got);
                return true;
            }
        }
        return false;
    }

    ConnectionStream & socket;
    beast::flat_buffer & buffer;
    RequestParser & parser;
    std::unique_ptr<char[]> memory;
    bool is_length_known = false;
    std::uint64_t remaining = 0;
};

void sendAll(ConnectionStream & socket, std::string_view bytes)
{
    beast::error_code ec;
    asio::write(socket, asio::buffer(bytes.data(), bytes.size()), ec);
    if (ec)
        throw Exception(ErrorCodes::NETWORK_ERROR, "Cannot write to socket: {}", ec.message());
}

template <typename Stream>
void sendPlainError(Stream & socket, int status, std::string_view reason, std::string_view text)
{
    std::string response = fmt::format(
        "HTTP/1.1 {} {}\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Length: {}\r\nConnection: Close\r\n\r\n{}", status,
        reason, text.size(), text);
    beast::error_code ec;
    asio::write(socket, asio::buffer(response), ec);
}
}

namespace
{
void serveConnection(ConnectionStream & socket, IHttpHandler & handler, const HttpTimeouts & timeouts)
{
    beast::flat_buffer buffer;
    std::string client_address;
    UInt16 client_port = 0;
    beast::error_code endpoint_ec;
    auto remote = socket.tcpSocket().remote_endpoint(endpoint_ec);
    if (!endpoint_ec)
    {
        client_address = remote.address().to_string();
        client_port = remote.port();
    }
    socket.tcpSocket().set_option(tcp::no_delay(true), endpoint_ec);
    for (bool is_first_request = true;; is_first_request = false)
    {
        /// An idle kept-alive connection is closed, as ClickHouse's after keep_alive_timeout.
        socket.setReadTimeout(is_first_request ? timeouts.receive : timeouts.keep_alive);
        RequestParser parser;
        parser.body_limit(std::numeric_limits<std::uint64_t>::max());
        parser.header_limit(1 << 20);
        beast::error_code ec;
        http::read_header(socket, buffer, parser, ec);
        if (ec == http::error::end_of_stream || ec == asio::error::eof || ec == asio::error::connection_reset || ec == asio::error::timed_out)
            return;
        if (ec)
        {
            sendPlainError(socket, 400, "Bad Request", fmt::format("Malformed HTTP request: {}\n", ec.message()));
            return;
        }

        socket.setReadTimeout(timeouts.receive);
        const auto & header = parser.get();
        HttpRequest request;
        request.method = std::string(header.method_string());
        request.parseTarget(std::string_view(header.target().data(), header.target().size()));
        for (const auto & field : header)
        {
            std::string name(field.name_string());
            for (auto & c : name)
                c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            request.headers[name] = std::string(field.value());
        }
        request.client_address = client_address;
        request.client_port = client_port;
        request.connection = &socket;
        bool keep_alive = header.keep_alive();
        if (request.getHeader("expect") == "100-continue")
            sendAll(socket, "HTTP/1.1 100 Continue\r\n\r\n");
        auto body = std::make_unique<SocketBodyReadBuffer>(socket, buffer, parser);
        auto & body_state = *body;
        request.body = std::move(body);

        HttpResponse response([&socket](std::string_view bytes) { sendAll(socket, bytes); }, keep_alive);
        try
        {
            handler.handle(request, response);
            response.finish();
            /// Whatever of the body the handler left unread must go before the next request.
            request.body->ignore(std::numeric_limits<size_t>::max());
        }
        catch (...)
        {
            return;
        }
        if (!response.keepAlive() || !body_state.isComplete())
            return;
    }
}
}

HttpServer::HttpServer(std::string host, unsigned short port, IHttpHandler & handler, size_t max_connections, asio::ssl::context * tls,
                       HttpTimeouts timeouts)
    : listener(std::move(host), port, max_connections,
               [&handler, timeouts](ConnectionStream & connection) { serveConnection(connection, handler, timeouts); },
               [](SocketServer::Socket & socket) { sendPlainError(socket, 503, "Service Unavailable", "Too many simultaneous connections\n"); },
               tls)
{
}
}
