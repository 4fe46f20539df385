// The system tables that watch the running server rather than the catalog: system.processes,
// system.events, system.metrics, system.asynchronous_metrics, system.disks.
#pragma once

#include "interpreters/Database.h"

namespace datastore::system
{
/// Attaches them to the system database.
void attachMonitoringTables(interpreters::Database & system);
}
