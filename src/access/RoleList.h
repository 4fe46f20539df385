// Who an entity applies to, as the TO clause of a quota, profile or row policy and the
// DEFAULT ROLE of a user write it: names, or ALL with exceptions.
#pragma once

#include <algorithm>
#include <set>
#include <string>
#include <vector>

namespace datastore::access
{
struct RoleList
{
    bool all = false;
    std::vector<std::string> names;
    std::vector<std::string> except;

    bool isEmpty() const { return !all && names.empty(); }
    /// Whether the list names the user `user_name` or one of their enabled `roles`.
    bool matches(const std::string & user_name, const std::set<std::string> & roles) const
    {
        auto is_named = [&](const std::vector<std::string> & list)
        {
            return std::any_of(list.begin(), list.end(), [&](const std::string & name) { return name == user_name || roles.contains(name); });
        };
        return all ? !is_named(except) : is_named(names);
    }
    /// Drops a user or role that no longer exists; returns whether the list changed.
    bool remove(const std::string & name)
    {
        size_t size = names.size() + except.size();
        std::erase(names, name);
        std::erase(except, name);
        return size != names.size() + except.size();
    }
};
}
