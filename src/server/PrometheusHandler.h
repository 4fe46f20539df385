// The Prometheus endpoint (<prometheus><port> and <endpoint>, /metrics by default): the
// server's counters and gauges in Prometheus' text exposition format under ClickHouse's names,
// ClickHouseProfileEvents_*, ClickHouseMetrics_* and ClickHouseAsyncMetrics_*.
#pragma once

#include <string>

#include "interpreters/Context.h"
#include "server/HttpServer.h"

namespace datastore::server
{
class PrometheusHandler final : public IHttpHandler
{
public:
    /// Each flag is <prometheus><events|metrics|asynchronous_metrics>.
    PrometheusHandler(interpreters::ServerContext & server_, std::string endpoint_, bool with_events_, bool with_metrics_,
                      bool with_asynchronous_metrics_);

    void handle(HttpRequest & request, HttpResponse & response) override;

    /// The exposition text of what the flags select.
    std::string exposition() const;

private:
    interpreters::ServerContext & server;
    std::string endpoint;
    bool with_events;
    bool with_metrics;
    bool with_asynchronous_metrics;
};
}
