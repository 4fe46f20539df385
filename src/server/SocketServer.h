// A TCP listener shared by the HTTP and native protocol servers: one thread accepts, a pool
// of worker threads serves connections (each connection to its end), bounded by
// max_connections. Workers stay alive between connections: a thread per connection cost
// more than most queries.
#pragma once

#include <boost/asio/ip/tcp.hpp>
#include <functional>
#include <memory>
#include <string>

namespace datastore::server
{
class SocketServer
{
public:
    using Socket = boost::asio::ip::tcp::socket;
    /// Serves one connection to its end; exceptions are swallowed (a connection's failure
    /// never takes the server down). The socket is closed after it returns.
    using ServeConnection = std::function<void(Socket & socket)>;
    /// Answers a connection refused because max_connections are busy, then it is closed.
    using RefuseConnection = std::function<void(Socket & socket)>;

    SocketServer(std::string host, unsigned short port, size_t max_connections, ServeConnection serve, RefuseConnection refuse);
    ~SocketServer();

    /// Binds (throws NETWORK_ERROR "Address already in use" and the like) and starts accepting.
    void start();
    /// Stops accepting, ends the input of open connections (a query in flight still sends its
    /// result; an idle connection ends) and waits for them, at most a few seconds.
    void stop();
    unsigned short boundPort() const { return bound_port; }

private:
    void runWorker();

    struct State;
    std::unique_ptr<State> state;
    std::string host;
    unsigned short port;
    unsigned short bound_port = 0;
    size_t max_connections;
    ServeConnection serve;
    RefuseConnection refuse;
};
}
