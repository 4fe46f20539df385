// Applies the statements of access control (CREATE / ALTER / DROP of users, roles, settings
// profiles, quotas and row policies; GRANT, REVOKE, SET DEFAULT ROLE) to the entities SQL
// created. The same code replays the statements of the access directory at start.
#pragma once

#include <string>

#include "access/UsersModel.h"
#include "sql/ASTGrantQuery.h"

namespace datastore::access
{
/// Changes `entities` (the SQL entities) as `statement` says; names are looked up in
/// `config_entities` (users.xml's) too, which a statement may not change. `current_database`
/// completes `ON t` and `ON *`. Throws with ClickHouse's codes (UNKNOWN_USER, UNKNOWN_ROLE,
/// ACCESS_ENTITY_ALREADY_EXISTS, ACCESS_STORAGE_READONLY, ...); `entities` may be partly
/// changed then, so callers apply statements to a copy. `is_replay`: the statements of the
/// access directory, whose TO lists may name users created later in the replay.
void applyAccessStatement(UsersModel & entities, const UsersModel & config_entities, const sql::IAST & statement,
                          const std::string & current_database, bool is_replay = false);

/// What GRANT / REVOKE of privileges names, level by level (`ON t` in `current_database`).
/// Throws SYNTAX_ERROR for an unknown privilege, INVALID_GRANT for one that does not apply
/// to its level (CREATE DATABASE ON db.t).
std::vector<std::pair<AccessFlags, AccessLevel>> privilegesOfGrant(const sql::ASTGrantQuery & query, const std::string & current_database);

/// The networks HOST clauses (ANY, LOCAL, IP, NAME, REGEXP) allow.
AllowedNetworks networksOfHosts(const std::vector<std::pair<std::string, std::string>> & hosts);
}
