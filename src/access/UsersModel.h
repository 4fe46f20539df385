// Everything a users configuration defines: users, settings profiles and quotas, by name.
// A model is immutable once loaded; a reload builds a new one.
#pragma once

#include <map>
#include <string>

#include "access/Quota.h"
#include "access/SettingsProfile.h"
#include "access/User.h"

namespace datastore::access
{
struct UsersModel
{
    std::map<std::string, User> users;
    std::map<std::string, SettingsProfile> profiles;
    std::map<std::string, Quota> quotas;
    /// The profile every session starts from (<default_profile> of the server, "default").
    std::string default_profile = "default";

    /// The settings of `profile` with those it inherits first, in the order to apply them.
    /// Throws THERE_IS_NO_PROFILE for an unknown name.
    std::vector<std::pair<std::string, std::string>> resolveProfile(const std::string & profile) const;
};
}
