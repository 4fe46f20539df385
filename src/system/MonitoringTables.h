// The system tables that watch the running server rather than the catalog: system.processes
// (and, beside it, the counters and gauges of monitoring).
#pragma once

#include "interpreters/Database.h"

namespace datastore::system
{
/// Attaches them to the system database.
void attachMonitoringTables(interpreters::Database & system);
}
