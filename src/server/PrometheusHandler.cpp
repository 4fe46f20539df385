#include "server/PrometheusHandler.h"

#include <fmt/format.h>

#include "interpreters/ProfileEvents.h"
#include "system/ServerMetrics.h"

namespace datastore::server
{
namespace
{
/// Prometheus names allow [a-zA-Z0-9_:] only: "jemalloc.allocated" becomes "jemalloc_allocated".
std::string metricName(const std::string & prefix, const std::string & name)
{
    std::string result = prefix + name;
    for (auto & c : result)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != ':')
            c = '_';
    return result;
}

/// HELP text escapes backslashes and line ends.
std::string helpText(const std::string & text)
{
    std::string result;
    for (char c : text)
    {
        if (c == '\\')
            result += "\\\\";
        else if (c == '\n')
            result += "\\n";
        else
            result += c;
    }
    return result;
}

void writeMetric(std::string & out, const std::string & name, const std::string & description, const char * type, const std::string & value)
{
    out += fmt::format("# HELP {} {}\n# TYPE {} {}\n{} {}\n", name, helpText(description), name, type, name, value);
}
}

PrometheusHandler::PrometheusHandler(interpreters::ServerContext & server_, std::string endpoint_, bool with_events_, bool with_metrics_,
                                     bool with_asynchronous_metrics_)
    : server(server_)
    , endpoint(std::move(endpoint_))
    , with_events(with_events_)
    , with_metrics(with_metrics_)
    , with_asynchronous_metrics(with_asynchronous_metrics_)
{
}

std::string PrometheusHandler::exposition() const
{
    std::string out;
    if (with_events)
    {
        namespace events = interpreters::ProfileEvents;
        for (size_t i = 0; i < events::kEventCount; ++i)
        {
            auto event = static_cast<events::Event>(i);
            writeMetric(out, metricName("ClickHouseProfileEvents_", events::nameOf(event)), events::descriptionOf(event), "counter",
                        std::to_string(events::get(event)));
        }
    }
    if (with_metrics)
        for (const auto & metric : system::currentMetrics(server))
            writeMetric(out, metricName("ClickHouseMetrics_", metric.name), metric.description, "gauge",
                        std::to_string(static_cast<Int64>(metric.value)));
    if (with_asynchronous_metrics)
        for (const auto & metric : system::asynchronousMetrics(server))
            writeMetric(out, metricName("ClickHouseAsyncMetrics_", metric.name), metric.description, "gauge", fmt::format("{}", metric.value));
    return out;
}

void PrometheusHandler::handle(HttpRequest & request, HttpResponse & response)
{
    if (request.path != endpoint)
    {
        response.setStatus(404, "Not Found");
        response.setHeader("Content-Type", "text/plain; charset=UTF-8");
        response.write(fmt::format("There is no handle {}\n", request.path));
        return;
    }
    response.setHeader("Content-Type", "text/plain; version=0.0.4; charset=UTF-8");
    response.write(exposition());
}
}
