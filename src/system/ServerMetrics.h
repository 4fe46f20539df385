// The gauges of a running server, computed when asked: ClickHouse's CurrentMetrics (running
// queries, tracked memory) and asynchronous metrics (uptime, resident memory, disk space,
// parts). system.metrics, system.asynchronous_metrics and the Prometheus endpoint show them.
#pragma once

#include <string>
#include <vector>

#include "interpreters/Context.h"

namespace datastore::system
{
struct ServerMetric
{
    std::string name;
    double value = 0;
    std::string description;
};

std::vector<ServerMetric> currentMetrics(interpreters::ServerContext & server);
std::vector<ServerMetric> asynchronousMetrics(interpreters::ServerContext & server);

/// Space of the file system that holds `path`: total and available to the server.
struct DiskSpace
{
    UInt64 total = 0;
    UInt64 available = 0;
};
DiskSpace diskSpaceOf(const std::string & path);
}
