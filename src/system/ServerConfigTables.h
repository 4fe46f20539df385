// The system tables that show the server's configuration: system.macros, system.clusters.
#pragma once

namespace datastore::interpreters
{
class Database;
}

namespace datastore::system
{
void attachServerConfigTables(interpreters::Database & system);
}
