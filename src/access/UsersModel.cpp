#include "access/UsersModel.h"

#include <functional>
#include <set>

#include "base/Exception.h"

namespace datastore::access
{
std::vector<std::pair<std::string, std::string>> UsersModel::resolveProfile(const std::string & profile) const
{
    std::vector<std::pair<std::string, std::string>> result;
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
        result.insert(result.end(), it->second.settings.begin(), it->second.settings.end());
        visiting.erase(name);
    };
    apply(profile);
    return result;
}
}
