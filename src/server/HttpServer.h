// The HTTP listener: one thread accepts, a pool of worker threads serves connections (each
// connection's keep-alive requests in turn), bounded by max_connections. Requests go to one handler.
#pragma once

#include <atomic>
#include <memory>
#include <string>
#include <thread>

#include "server/HttpRequest.h"
#include "server/HttpResponse.h"

namespace datastore::server
{
class IHttpHandler
{
public:
    virtual ~IHttpHandler() = default;
    /// Writes the whole response; may throw only before anything was committed.
    virtual void handle(HttpRequest & request, HttpResponse & response) = 0;
};

class HttpServer
{
public:
    HttpServer(std::string host, unsigned short port, IHttpHandler & handler, size_t max_connections = 1024);
    ~HttpServer();

    /// Binds (throws NETWORK_ERROR "Address already in use" and the like) and starts accepting.
    void start();
    /// Stops accepting and waits for connections in flight, at most a few seconds.
    void stop();
    unsigned short boundPort() const { return bound_port; }

private:
    void runWorker();

    struct State;
    std::unique_ptr<State> state;
    std::string host;
    unsigned short port;
    unsigned short bound_port = 0;
    IHttpHandler & handler;
    size_t max_connections;
};
}
