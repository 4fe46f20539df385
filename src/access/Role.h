// A role created by CREATE ROLE: privileges and roles granted to it, and settings it gives
// to those it is granted to.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "access/AccessRights.h"
#include "access/SettingsProfileElement.h"

namespace datastore::access
{
/// Roles granted to a user or role, in the order granted, with those granted WITH ADMIN OPTION.
struct GrantedRoles
{
    std::vector<std::string> roles;
    std::set<std::string> with_admin_option;
};

struct Role
{
    std::string name;
    AccessRights rights;
    GrantedRoles granted_roles;
    std::vector<SettingsProfileElement> settings;
};
}
