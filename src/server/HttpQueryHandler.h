// ClickHouse's HTTP interface on top of the HTTP server: /ping, and queries from the URL
// (`?query=`) and/or the body, settings and `param_*` values from the URL, results streamed
// in the requested format with ClickHouse's X-ClickHouse-* headers and error statuses;
// sessions (`session_id`) keep SET and USE between requests.
#pragma once

#include "interpreters/Context.h"
#include "server/HttpServer.h"
#include "server/HttpSessions.h"

namespace datastore::server
{
class HttpQueryHandler : public IHttpHandler
{
public:
    explicit HttpQueryHandler(interpreters::ServerContext & server_) : server(server_) {}
    void handle(HttpRequest & request, HttpResponse & response) override;

private:
    void handleQuery(HttpRequest & request, HttpResponse & response);

    interpreters::ServerContext & server;
    HttpSessions sessions;
};

/// The HTTP status ClickHouse answers an error code with (400, 404, 500...).
int httpStatusForErrorCode(int code);
}
