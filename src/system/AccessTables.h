// The system tables of access control: system.users, system.roles, system.grants,
// system.role_grants, system.row_policies, system.quotas, system.settings_profiles, for the
// entities of users.xml ("users_xml") and of SQL ("local_directory").
#pragma once

namespace datastore::interpreters
{
class Database;
}

namespace datastore::system
{
void attachAccessTables(interpreters::Database & system);
}
