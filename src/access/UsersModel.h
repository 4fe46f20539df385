// Every access entity by name: users, settings profiles and quotas of users.xml, and those
// SQL statements created, with roles and row policies. A model is immutable once published;
// a reload or a statement builds a new one.
#pragma once

#include <map>
#include <set>
#include <string>

#include "access/Quota.h"
#include "access/Role.h"
#include "access/RowPolicy.h"
#include "access/SettingsProfile.h"
#include "access/User.h"

namespace datastore::access
{
struct UsersModel
{
    std::map<std::string, User> users;
    std::map<std::string, SettingsProfile> profiles;
    std::map<std::string, Quota> quotas;
    std::map<std::string, Role> roles;
    /// By full name, "name ON db.table".
    std::map<std::string, RowPolicy> row_policies;
    /// The profile every session starts from (<default_profile> of the server, "default").
    std::string default_profile = "default";

    /// The settings of `profile` with those it inherits first, in the order to apply them.
    /// Throws THERE_IS_NO_PROFILE for an unknown name.
    std::vector<std::pair<std::string, std::string>> resolveProfile(const std::string & profile) const;
    /// The users.xml constraints of `profile` and of those it inherits (a later one wins).
    std::vector<SettingsProfileElement> resolveConstraints(const std::string & profile) const;

    /// The roles `granted` enables, with the roles granted to those, transitively.
    std::set<std::string> enabledRoles(const GrantedRoles & granted, const RoleList & defaults) const;
    /// Privileges of a SQL user: their own and their enabled roles'.
    AccessRights rightsOf(const User & user, const std::set<std::string> & enabled_roles) const;
};
}
