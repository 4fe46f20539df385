// The HTTP listener (and HTTPS with a TLS context): a SocketServer whose connections serve
// their keep-alive requests in turn, bounded by max_connections. Requests go to one handler.
#pragma once

#include <chrono>
#include <string>

#include "server/HttpRequest.h"
#include "server/HttpResponse.h"
#include "server/SocketServer.h"

namespace datastore::server
{
class IHttpHandler
{
public:
    virtual ~IHttpHandler() = default;
    /// Writes the whole response; may throw only before anything was committed.
    virtual void handle(HttpRequest & request, HttpResponse & response) = 0;
};

/// How long a connection may keep a worker waiting.
struct HttpTimeouts
{
    /// A read of a request that does not progress (ClickHouse's http_receive_timeout).
    std::chrono::milliseconds receive{30000};
    /// The wait for the next request of a kept-alive connection (<keep_alive_timeout>).
    std::chrono::milliseconds keep_alive{10000};
};

class HttpServer
{
public:
    /// `tls` (not owned, null for plain HTTP) must outlive the server.
    HttpServer(std::string host, unsigned short port, IHttpHandler & handler, size_t max_connections = 1024,
               boost::asio::ssl::context * tls = nullptr, HttpTimeouts timeouts = {});

    /// Binds (throws NETWORK_ERROR "Address already in use" and the like) and starts accepting.
    void start() { listener.start(); }
    /// Stops accepting and waits for connections in flight, at most a few seconds.
    void stop() { listener.stop(); }
    unsigned short boundPort() const { return listener.boundPort(); }

private:
    SocketServer listener;
};
}
