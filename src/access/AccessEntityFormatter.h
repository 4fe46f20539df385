// Access entities as SQL: the CREATE statement SHOW CREATE prints, and the GRANT statements
// SHOW GRANTS prints. The access directory stores the same text, with the password's hash.
#pragma once

#include <string>
#include <vector>

#include "access/Quota.h"
#include "access/Role.h"
#include "access/RowPolicy.h"
#include "access/SettingsProfile.h"
#include "access/User.h"

namespace datastore::access
{
/// `with_secret`: IDENTIFIED WITH sha256_hash BY '<hex>' (or the plain password) instead of
/// the type alone.
std::string formatCreateUser(const User & user, bool with_secret);
std::string formatCreateRole(const Role & role);
std::string formatCreateSettingsProfile(const SettingsProfile & profile);
std::string formatCreateQuota(const Quota & quota);
std::string formatCreateRowPolicy(const RowPolicy & policy);

/// GRANT (and REVOKE, for partial revokes) statements: privileges by level, *.* first, then
/// the roles granted.
std::vector<std::string> formatGrants(const std::string & grantee, const AccessRights & rights, const GrantedRoles & roles);

/// "u1, r1", "ALL", "ALL EXCEPT u2"; "NONE" for an empty list.
std::string formatRoleList(const RoleList & list);

/// A setting's value as the parser reads it back, and as a session applies it.
std::string settingValueText(const Field & value);
}
