// A user, of users.xml or created by CREATE USER: how they authenticate, where from, which
// profile and quota apply, and what they may do (databases of users.xml, or privileges and
// roles granted by SQL).
#pragma once

#include <optional>
#include <set>
#include <string>

#include "access/AccessRights.h"
#include "access/AllowedNetworks.h"
#include "access/Authentication.h"
#include "access/Role.h"
#include "access/RoleList.h"

namespace datastore::access
{
struct User
{
    std::string name;
    Authentication authentication;
    AllowedNetworks networks = AllowedNetworks::anyHost();
    /// The settings profile applied at login, after the server's default profile; empty for none.
    std::string profile;
    /// Empty for no quota.
    std::string quota;
    /// Databases the user may use (<allow_databases>); nullopt for every database.
    std::optional<std::set<std::string>> allowed_databases;
    /// The current database at login; empty for the server's default.
    std::string default_database;
    bool access_management = false;

    /// A user of CREATE USER ("local_directory" in system.users); the rest applies to them only.
    bool is_sql = false;
    /// HOST clauses as written: (ANY|LOCAL|IP|NAME|REGEXP, value).
    std::vector<std::pair<std::string, std::string>> hosts;
    AccessRights rights;
    GrantedRoles granted_roles;
    /// Granted roles enabled at login.
    RoleList default_roles{.all = true};
    std::vector<SettingsProfileElement> settings;
};
}
