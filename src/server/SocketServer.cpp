#include "server/SocketServer.h"

#include <boost/asio.hpp>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <set>
#include <sys/socket.h>
#include <thread>

#include "base/Exception.h"

namespace datastore::server
{
namespace asio = boost::asio;
using tcp = asio::ip::tcp;

struct SocketServer::State
{
    asio::io_context io;
    std::unique_ptr<tcp::acceptor> acceptor;
    std::thread accept_thread;
    std::atomic<bool> is_stopping{false};
    std::mutex mutex;
    std::condition_variable has_connection;
    std::condition_variable connections_done;
    /// Accepted connections waiting for a worker.
    std::deque<tcp::socket> pending;
    size_t workers = 0;
    size_t idle_workers = 0;
    size_t active_connections = 0;
    /// Sockets being served, to end their input on stop().
    std::set<int> active_sockets;
};

SocketServer::SocketServer(std::string host_, unsigned short port_, size_t max_connections_, ServeConnection serve_, RefuseConnection refuse_,
                           asio::ssl::context * tls_)
    : state(std::make_unique<State>())
    , host(std::move(host_))
    , port(port_)
    , max_connections(max_connections_)
    , serve(std::move(serve_))
    , refuse(std::move(refuse_))
    , tls(tls_)
{
}

SocketServer::~SocketServer()
{
    stop();
}

void SocketServer::start()
{
    boost::system::error_code ec;
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
            boost::system::error_code accept_ec;
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
                if (!tls)
                    refuse(socket);
                continue;
            }
            state->pending.push_back(std::move(socket));
            /// Idle workers already woken for earlier connections still count as idle until they
            /// take one: a new worker whenever the connections waiting outnumber them, or a
            /// connection would wait for a worker to finish (a wake-up lost to the race).
            if (state->pending.size() > state->idle_workers)
            {
                ++state->workers;
                std::thread([this] { runWorker(); }).detach();
            }
            else
                state->has_connection.notify_one();
        }
    });
}

void SocketServer::runWorker()
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
        state->active_sockets.insert(socket.native_handle());
        lock.unlock();
        try
        {
            ConnectionStream connection(socket, tls);
            if (connection.handshake())
            {
                serve(connection);
                connection.shutdown();
            }
        }
        catch (...)
        {
            /// A connection's failure never takes the server down.
        }
        lock.lock();
        state->active_sockets.erase(socket.native_handle());
        --state->active_connections;
        boost::system::error_code close_ec;
        socket.close(close_ec);
    }
    --state->workers;
    state->connections_done.notify_all();
}

void SocketServer::stop()
{
    if (!state->acceptor || state->is_stopping.exchange(true))
        return;
    boost::system::error_code ec;
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
    for (int fd : state->active_sockets)
        ::shutdown(fd, SHUT_RD);
    state->has_connection.notify_all();
    state->connections_done.wait_for(lock, std::chrono::seconds(5), [this] { return state->workers == 0; });
}
}
