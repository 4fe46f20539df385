// A user of users.xml: how they authenticate, where from, which profile and quota apply, and
// which databases they may use.
#pragma once

#include <optional>
#include <set>
#include <string>

#include "access/AllowedNetworks.h"
#include "access/Authentication.h"

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
};
}
