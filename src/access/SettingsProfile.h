// A settings profile, of users.xml or CREATE SETTINGS PROFILE: settings by name, applied when
// a user's session starts, after the profiles it inherits (<profile> inside a profile, in order).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "access/RoleList.h"
#include "access/SettingsProfileElement.h"

namespace datastore::access
{
struct SettingsProfile
{
    std::string name;
    /// Profiles inherited, applied before this one's own settings.
    std::vector<std::string> parents;
    /// (setting, value as text), in the order written.
    std::vector<std::pair<std::string, std::string>> settings;
    /// Of users.xml: the <constraints> section (min, max, readonly/const, changeable_in_readonly).
    std::vector<SettingsProfileElement> constraints;

    /// Of CREATE SETTINGS PROFILE: the elements as written (parents and settings above are
    /// derived from them), and the users and roles it applies to.
    bool is_sql = false;
    std::vector<SettingsProfileElement> elements;
    RoleList to;
};
}
