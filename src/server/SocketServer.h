// A TCP listener shared by the HTTP and native protocol servers: one thread accepts, a pool
// of worker threads serves connections (each connection to its end), bounded by
// max_connections. Workers stay alive between connections: a thread per connection cost
// more than most queries. With a TLS context, every connection runs the TLS handshake first.
#pragma once

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <functional>
#include <memory>
#include <string>

#include "server/ConnectionStream.h"

namespace datastore::server
{
class SocketServer
{
public:
    using Socket = boost::asio::ip::tcp::socket;
    /// Serves one connection to its end; exceptions are swallowed (a connection's failure
    /// never takes the server down). The socket is closed after it returns.
    using ServeConnection = std::function<void(ConnectionStream & connection)>;
    /// Answers a connection refused because max_connections are busy, then it is closed.
    /// Not called on a TLS listener: an answer in the clear would mean nothing to its client.
    using RefuseConnection = std::function<void(Socket & socket)>;

    /// `tls` (not owned, may be null for a plain listener) must outlive the server.
    SocketServer(std::string host, unsigned short port, size_t max_connections, ServeConnection serve, RefuseConnection refuse,
                 boost::asio::ssl::context * tls = nullptr);
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
    boost::asio::ssl::context * tls;
};
}
