#include "server/HttpServer.h"

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>

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
constexpr size_t kBodyChunk = 1 << 16;

/// The request body, pulled from the socket as the handler reads it.
class SocketBodyReadBuffer : public ReadBuffer
{
public:
    SocketBodyReadBuffer(tcp::socket & socket_, beast::flat_buffer & buffer_, RequestParser & parser_)
        : socket(socket_), buffer(buffer_), parser(parser_), memory(new char[kBodyChunk])
    {
    }

protected:
    bool nextImpl() override
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
                throw Exception(ErrorCodes::NETWORK_ERROR, "Cannot read request body: {}", ec.message());
            size_t got = kBodyChunk - body.size;
            if (got)
            {
                setWindow(memory.get(), memory.get() + got);
                return true;
            }
        }
        return false;
    }

private:
    tcp::socket & socket;
    beast::flat_buffer & buffer;
    RequestParser & parser;
    std::unique_ptr<char[]> memory;
};

void sendAll(tcp::socket & socket, std::string_view bytes)
{
    beast::error_code ec;
    asio::write(socket, asio::buffer(bytes.data(), bytes.size()), ec);
    if (ec)
        throw Exception(ErrorCodes::NETWORK_ERROR, "Cannot write to socket: {}", ec.message());
}

void sendPlainError(tcp::socket & socket, int status, std::string_view reason, std::string_view text)
{
    std::string response = fmt::format(
        "HTTP/1.1 {} {}\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Length: {}\r\nConnection: Close\r\n\r\n{}", status,
        reason, text.size(), text);
    beast::error_code ec;
    asio::write(socket, asio::buffer(response), ec);
}
}

struct HttpServer::State
{
    asio::io_context io;
    std::unique_ptr<tcp::acceptor> acceptor;
    std::thread accept_thread;
    std::atomic<bool> is_stopping{false};
    std::mutex mutex;
    std::condition_variable has_connection;
    std::condition_variable connections_done;
    /// Accepted connections waiting for a worker. Workers stay alive between connections:
    /// a new thread per connection cost more than most queries.
    std::deque<tcp::socket> pending;
    size_t workers = 0;
    size_t idle_workers = 0;
    size_t active_connections = 0;
};

HttpServer::HttpServer(std::string host_, unsigned short port_, IHttpHandler & handler_, size_t max_connections_)
    : state(std::make_unique<State>()), host(std::move(host_)), port(port_), handler(handler_), max_connections(max_connections_)
{
}

HttpServer::~HttpServer()
{
    stop();
}

namespace
{
void serveConnection(tcp::socket socket, IHttpHandler & handler)
{
    beast::flat_buffer buffer;
    std::string client_address;
    beast::error_code endpoint_ec;
    auto remote = socket.remote_endpoint(endpoint_ec);
    if (!endpoint_ec)
        client_address = remote.address().to_string();
    socket.set_option(tcp::no_delay(true), endpoint_ec);

    while (true)
    {
        RequestParser parser;
        parser.body_limit(std::numeric_limits<std::uint64_t>::max());
        parser.header_limit(1 << 20);
        beast::error_code ec;
        http::read_header(socket, buffer, parser, ec);
        if (ec == http::error::end_of_stream || ec == asio::error::eof || ec == asio::error::connection_reset)
            return;
        if (ec)
        {
            sendPlainError(socket, 400, "Bad Request", fmt::format("Malformed HTTP request: {}\n", ec.message()));
            return;
        }

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
        bool keep_alive = header.keep_alive();
        if (request.getHeader("expect") == "100-continue")
            sendAll(socket, "HTTP/1.1 100 Continue\r\n\r\n");
        request.body = std::make_unique<SocketBodyReadBuffer>(socket, buffer, parser);

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
        if (!response.keepAlive() || !parser.is_done())
            return;
    }
}
}

void HttpServer::start()
{
    beast::error_code ec;
    auto address = asio::ip::make_address(host, ec);
    if (ec)
        throw Exception(ErrorCodes::BAD_ARGUMENTS, "Cannot listen on host '{}': {}", host, ec.message());
    tcp::endpoint endpoint(address, port);
    state->acceptor = std::make_unique<tcp::acceptor>(state->io);
    state->acceptor->open(endpoint.protocol(), ec);
    if (!ec)
        state->acceptor->set_option(asio::socket_base::reuse_address(true), ec);
    if (!ec)
        state->acceptor->bind(endpoint, ec);
    if (!ec)
        state->acceptor->listen(asio::socket_base::max_listen_connections, ec);
    if (ec)
        throw Exception(ErrorCodes::NETWORK_ERROR, "Listen [{}]:{} failed: {}", host, port, ec.message());
    bound_port = state->acceptor->local_endpoint().port();

    state->accept_thread = std::thread([this] {
        while (!state->is_stopping)
        {
            tcp::socket socket(state->io);
            beast::error_code accept_ec;
            state->acceptor->accept(socket, accept_ec);
            if (accept_ec)
            {
                if (state->is_stopping)
                    return;
                continue;
            }
            std::lock_guard lock(state->mutex);
            if (state->active_connections + state->pending.size() >= max_connections)
            {
                sendPlainError(socket, 503, "Service Unavailable", "Too many simultaneous connections\n");
                continue;
            }
            state->pending.push_back(std::move(socket));
            if (state->idle_workers == 0)
            {
                ++state->workers;
                std::thread([this] { runWorker(); }).detach();
            }
            else
                state->has_connection.notify_one();
        }
    });
}

void HttpServer::runWorker()
{
    std::unique_lock lock(state->mutex);
    while (true)
    {
        ++state->idle_workers;
        state->has_connection.wait(lock, [this] { return !state->pending.empty() || state->is_stopping; });
        --state->idle_workers;
        if (state->pending.empty())
            break;
        tcp::socket socket = std::move(state->pending.front());
        state->pending.pop_front();
        ++state->active_connections;
        lock.unlock();
        try
        {
            serveConnection(std::move(socket), handler);
        }
        catch (...)
        {
            /// A connection's failure never takes the server down.
        }
        lock.lock();
        --state->active_connections;
    }
    --state->workers;
    state->connections_done.notify_all();
}

void HttpServer::stop()
{
    if (!state->acceptor || state->is_stopping.exchange(true))
        return;
    beast::error_code ec;
    state->acceptor->cancel(ec);
    state->acceptor->close(ec);
    /// accept() may not wake on close on every platform: poke it with a connection.
    {
        tcp::socket poke(state->io);
        poke.connect(tcp::endpoint(asio::ip::make_address(host == "0.0.0.0" ? "127.0.0.1" : host, ec), bound_port), ec);
    }
    if (state->accept_thread.joinable())
        state->accept_thread.join();
    std::unique_lock lock(state->mutex);
    state->has_connection.notify_all();
    state->connections_done.wait_for(lock, std::chrono::seconds(5), [this] { return state->workers == 0; });
}
}
