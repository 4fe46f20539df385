// The native protocol listener (tcp_port, 9000 by default; tcp_port_secure, 9440, with a TLS
// context): each connection is served by a NativeConnectionHandler on a worker of a SocketServer.
#pragma once

#include <string>

#include "interpreters/Context.h"
#include "server/SocketServer.h"

namespace datastore::server
{
class TcpServer
{
public:
    /// `tls` (not owned, null for the plain port) must outlive the server.
    TcpServer(std::string host, unsigned short port, interpreters::ServerContext & server, size_t max_connections = 1024,
              boost::asio::ssl::context * tls = nullptr);

    /// Binds (throws NETWORK_ERROR) and starts accepting.
    void start() { listener.start(); }
    /// Stops accepting; idle connections end, queries in flight finish (a few seconds at most).
    void stop() { listener.stop(); }
    unsigned short boundPort() const { return listener.boundPort(); }

private:
    SocketServer listener;
};
}
