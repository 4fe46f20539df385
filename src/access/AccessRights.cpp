#include "access/AccessRights.h"

#include <array>

namespace datastore::access
{
namespace
{
/// The levels from `level` up to *.*, most specific first.
std::vector<AccessLevel> levelsUpFrom(const AccessLevel & level)
{
    std::vector<AccessLevel> result{level};
    if (!level.column.empty())
        result.push_back({level.database, level.table, ""});
    if (!level.table.empty())
        result.push_back({level.database, "", ""});
    if (!level.database.empty())
        result.push_back({"", "", ""});
    return result;
}
}

bool AccessLevel::contains(const AccessLevel & other) const
{
    if (!database.empty() && database != other.database)
        return false;
    if (!table.empty() && table != other.table)
        return false;
    return column.empty() || column == other.column;
}

void AccessRights::inherited(const AccessLevel & level, AccessFlags & granted, AccessFlags & with_option) const
{
    granted = 0;
    with_option = 0;
    AccessFlags decided = 0;
    AccessFlags decided_option = 0;
    auto levels = levelsUpFrom(level);
    for (size_t i = 1; i < levels.size(); ++i)
    {
        auto it = entries.find(levels[i]);
        if (it == entries.end())
            continue;
        const Entry & entry = it->second;
        granted |= entry.granted & ~decided;
        decided |= entry.granted | entry.revoked;
        with_option |= entry.with_grant_option & ~decided_option;
        decided_option |= entry.with_grant_option | entry.revoked_grant_option | entry.revoked;
    }
}

void AccessRights::grant(AccessFlags flags, const AccessLevel & level, bool with_grant_option)
{
    /// A grant covers what lies inside its level: revokes and narrower grants there are moot.
    for (auto & [inner, entry] : entries)
    {
        if (inner == level || !level.contains(inner))
            continue;
        entry.revoked &= ~flags;
        entry.granted &= ~flags;
        if (with_grant_option)
        {
            entry.revoked_grant_option &= ~flags;
            entry.with_grant_option &= ~flags;
        }
    }
    AccessFlags parent_granted = 0;
    AccessFlags parent_option = 0;
    inherited(level, parent_granted, parent_option);
    Entry & entry = entries[level];
    entry.revoked &= ~flags;
    entry.granted |= flags & ~parent_granted;
    if (with_grant_option)
    {
        entry.revoked_grant_option &= ~flags;
        entry.with_grant_option |= flags & ~parent_option;
    }
    removeEmpty();
}

void AccessRights::revoke(AccessFlags flags, const AccessLevel & level, bool only_grant_option)
{
    for (auto & [inner, entry] : entries)
    {
        if (!level.contains(inner))
            continue;
        entry.with_grant_option &= ~flags;
        if (!only_grant_option)
            entry.granted &= ~flags;
        if (inner != level)
        {
            entry.revoked_grant_option &= ~flags;
            if (!only_grant_option)
                entry.revoked &= ~flags;
        }
    }
    AccessFlags parent_granted = 0;
    AccessFlags parent_option = 0;
    inherited(level, parent_granted, parent_option);
    Entry & entry = entries[level];
    if (only_grant_option)
        entry.revoked_grant_option |= flags & parent_option;
    else
        entry.revoked |= flags & parent_granted;
    removeEmpty();
}

void AccessRights::merge(const AccessRights & other)
{
    /// The union: what either grants; a partial revoke of `other` stays only where this one
    /// did not grant the privilege itself.
    AccessRights before = *this;
    for (const auto & [level, entry] : other.entries)
    {
        if (entry.granted & ~entry.with_grant_option)
            grant(entry.granted & ~entry.with_grant_option, level, false);
        if (entry.with_grant_option)
            grant(entry.with_grant_option, level, true);
    }
    for (const auto & [level, entry] : other.entries)
        for (size_t i = 0; i < kAccessTypeCount; ++i)
        {
            auto type = static_cast<AccessType>(i);
            if ((entry.revoked & flagOf(type)) && !before.isGranted(type, level))
                revoke(flagOf(type), level, false);
        }
}

bool AccessRights::isGranted(AccessType type, const AccessLevel & level, bool need_grant_option) const
{
    AccessFlags flag = flagOf(type);
    for (const auto & current : levelsUpFrom(level))
    {
        auto it = entries.find(current);
        if (it == entries.end())
            continue;
        const Entry & entry = it->second;
        if (entry.revoked & flag)
            return false;
        if (need_grant_option)
        {
            if (entry.revoked_grant_option & flag)
                return false;
            if (entry.with_grant_option & flag)
                return true;
        }
        else if (entry.granted & flag)
            return true;
    }
    return false;
}

bool AccessRights::isGrantedOnAnyColumn(AccessType type, const std::string & database, const std::string & table) const
{
    if (isGranted(type, {database, table, ""}))
        return true;
    for (auto it = entries.lower_bound({database, table, ""}); it != entries.end() && it->first.database == database && it->first.table == table; ++it)
        if (isGranted(type, it->first))
            return true;
    return false;
}

void AccessRights::removeEmpty()
{
    std::erase_if(entries, [](const auto & item)
    {
        const Entry & entry = item.second;
        return !entry.granted && !entry.with_grant_option && !entry.revoked && !entry.revoked_grant_option;
    });
}
}
