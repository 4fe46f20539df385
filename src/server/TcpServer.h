// The native protocol listener (tcp_port, 9000 by default): each connection is served by a
// NativeConnectionHandler on a worker of a SocketServer.
#pragma once

#include <string>

#include "interpreters/Context.h"
#include "server/SocketServer.h"

namespace datastore::server
{
class TcpServer
{
public:
    TcpServer(std::string host, unsigned short port, interpreters::ServerContext & server, size_t max_connections = 1024);

    /// Binds (throws NETWORK_ERROR) and starts accepting.
    void start() { listener.start(); }
    /// Stops accepting; idle connections end, queries in flight finish (a few seconds at most).
    void stop() { listener.stop(); }
    unsigned short boundPort() const { return listener.boundPort(); }

private:
    SocketServer listener;
};
}
