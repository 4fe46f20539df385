#include "access/UsersModel.h"

#include <algorithm>
#include <functional>
#include <set>

#include "base/Exception.h"

namespace datastore::access
{
namespace
{
/// Calls f on `profile`'s ancestors first, then on it.
void visitProfileChain(const std::map<std::string, SettingsProfile> & profiles, const std::string & profile,
                       const std::function<void(const SettingsProfile &)> & f)
{
    std::set<std::string> visiting;
    std::function<void(const std::string &)> apply = [&](const std::string & name)
    {
        auto it = profiles.find(name);
        if (it == profiles.end())
            throw Exception(ErrorCodes::THERE_IS_NO_PROFILE, "There is no profile '{}' in configuration file.", name);
        /// A profile met again on its own chain would loop; the parser rejects such chains.
        if (!visiting.insert(name).second)
            return;
        for (const auto & parent : it->second.parents)
            apply(parent);
        f(it->second);
        visiting.erase(name);
    };
    apply(profile);
}
}

std::vector<std::pair<std::string, std::string>> UsersModel::resolveProfile(const std::string & profile) const
{
    std::vector<std::pair<std::string, std::string>> result;
    visitProfileChain(profiles, profile, [&](const SettingsProfile & each)
                      { result.insert(result.end(), each.settings.begin(), each.settings.end()); });
    return result;
}

std::vector<SettingsProfileElement> UsersModel::resolveConstraints(const std::string & profile) const
{
    std::vector<SettingsProfileElement> result;
    visitProfileChain(profiles, profile, [&](const SettingsProfile & each)
                      { result.insert(result.end(), each.constraints.begin(), each.constraints.end()); });
    return result;
}

std::set<std::string> UsersModel::enabledRoles(const GrantedRoles & granted, const RoleList & defaults) const
{
    std::set<std::string> enabled;
    std::function<void(const std::string &)> enable = [&](const std::string & name)
    {
        auto it = roles.find(name);
        if (it == roles.end() || !enabled.insert(name).second)
            return;
        for (const auto & inner : it->second.granted_roles.roles)
            enable(inner);
    };
    for (const auto & name : granted.roles)
        if (defaults.all ? std::find(defaults.except.begin(), defaults.except.end(), name) == defaults.except.end()
                         : std::find(defaults.names.begin(), defaults.names.end(), name) != defaults.names.end())
            enable(name);
    return enabled;
}

AccessRights UsersModel::rightsOf(const User & user, const std::set<std::string> & enabled_roles) const
{
    AccessRights rights = user.rights;
    for (const auto & name : enabled_roles)
        if (auto it = roles.find(name); it != roles.end())
            rights.merge(it->second.rights);
    return rights;
}
}
