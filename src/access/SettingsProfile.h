// A settings profile of users.xml: settings by name, applied when a user's session starts,
// after the profiles it inherits (<profile> inside a profile, in order).
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace datastore::access
{
struct SettingsProfile
{
    std::string name;
    /// Profiles inherited, applied before this one's own settings.
    std::vector<std::string> parents;
    /// (setting, value as text), in the order written.
    std::vector<std::pair<std::string, std::string>> settings;
};
}
