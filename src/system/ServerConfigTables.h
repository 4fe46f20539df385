// The system tables that show the server's configuration and users: system.macros,
// system.clusters, system.users, system.settings_profiles, system.quotas.
#pragma once

namespace datastore::interpreters
{
class Database;
}

namespace datastore::system
{
void attachServerConfigTables(interpreters::Database & system);
}
