#include "server/TcpServer.h"

#include "server/NativeConnectionHandler.h"

namespace datastore::server
{
TcpServer::TcpServer(std::string host, unsigned short port, interpreters::ServerContext & server, size_t max_connections,
                     boost::asio::ssl::context * tls)
    : listener(
          std::move(host), port, max_connections,
          [&server](ConnectionStream & connection) { NativeConnectionHandler(server, connection).run(); },
          /// Over max_connections the connection closes before the handshake, as ClickHouse's does.
          [](SocketServer::Socket &) {}, tls)
{
}
}
