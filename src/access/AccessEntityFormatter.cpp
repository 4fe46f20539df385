#include "access/AccessEntityFormatter.h"

#include <fmt/format.h>

#include "sql/formatAST.h"

namespace datastore::access
{
namespace
{
using sql::backQuoteIfNeed;

std::string joinNames(const std::vector<std::string> & names)
{
    std::string result;
    for (const auto & name : names)
        result += (result.empty() ? "" : ", ") + backQuoteIfNeed(name);
    return result;
}

/// " SETTINGS a = 1 MIN 0, PROFILE p"; "" for none.
std::string formatSettings(const std::vector<SettingsProfileElement> & elements, bool use_inherit_keyword)
{
    if (elements.empty())
        return {};
    std::string result;
    for (const auto & element : elements)
    {
        result += result.empty() ? " SETTINGS " : ", ";
        if (!element.parent_profile.empty())
        {
            result += std::string(use_inherit_keyword ? "INHERIT " : "PROFILE ") + backQuoteIfNeed(element.parent_profile);
            continue;
        }
        result += backQuoteIfNeed(element.setting);
        if (element.value)
            result += " = " + sql::formatLiteral(*element.value);
        if (element.min)
            result += " MIN " + sql::formatLiteral(*element.min);
        if (element.max)
            result += " MAX " + sql::formatLiteral(*element.max);
        if (!element.writability.empty())
            result += " " + element.writability;
    }
    return result;
}

std::string formatTo(const RoleList & to)
{
    return to.isEmpty() ? "" : " TO " + formatRoleList(to);
}

/// "db.t", "db.*", "*.*".
std::string formatLevelTarget(const AccessLevel & level)
{
    if (level.database.empty())
        return "*.*";
    return backQuoteIfNeed(level.database) + "." + (level.table.empty() ? "*" : backQuoteIfNeed(level.table));
}

/// The interval as ClickHouse prints it: in the largest unit it is a whole number of.
std::string formatDuration(UInt64 seconds)
{
    static const std::pair<const char *, UInt64> units[] = {{"year", 365 * 86400}, {"quarter", 91 * 86400}, {"month", 30 * 86400},
                                                           {"week", 7 * 86400}, {"day", 86400}, {"hour", 3600}, {"minute", 60}};
    for (const auto & [unit, unit_seconds] : units)
        if (seconds % unit_seconds == 0)
            return fmt::format("{} {}", seconds / unit_seconds, unit);
    return fmt::format("{} second", seconds);
}
}

std::string settingValueText(const Field & value)
{
    if (const auto * text = value.tryGet<std::string>())
        return *text;
    return sql::formatLiteral(value);
}

std::string formatRoleList(const RoleList & list)
{
    if (list.all)
        return list.except.empty() ? "ALL" : "ALL EXCEPT " + joinNames(list.except);
    return list.names.empty() ? "NONE" : joinNames(list.names);
}

std::string formatCreateUser(const User & user, bool with_secret)
{
    std::string result = "CREATE USER " + backQuoteIfNeed(user.name);
    const auto & authentication = user.authentication;
    if (!with_secret || authentication.getType() == Authentication::Type::NoPassword)
        result += " IDENTIFIED WITH " + authentication.getTypeName();
    else if (authentication.getType() == Authentication::Type::PlainText)
        result += " IDENTIFIED WITH plaintext_password BY " + sql::quoteString(authentication.getSecretText());
    else
        result += std::string(" IDENTIFIED WITH ") + (authentication.getType() == Authentication::Type::Sha256 ? "sha256_hash" : "double_sha1_hash")
            + " BY " + sql::quoteString(authentication.getSecretText());
    bool is_any_host = user.hosts.empty() || (user.hosts.size() == 1 && user.hosts[0].first == "ANY");
    if (!is_any_host)
    {
        result += " HOST ";
        for (size_t i = 0; i < user.hosts.size(); ++i)
        {
            const auto & [kind, value] = user.hosts[i];
            result += (i ? ", " : "") + kind + (value.empty() && (kind == "ANY" || kind == "LOCAL" || kind == "NONE") ? "" : " " + sql::quoteString(value));
        }
    }
    if (!user.default_database.empty())
        result += " DEFAULT DATABASE " + backQuoteIfNeed(user.default_database);
    if (!user.default_roles.all || !user.default_roles.except.empty())
        result += " DEFAULT ROLE " + formatRoleList(user.default_roles);
    /// A user of users.xml names their profile instead.
    if (!user.is_sql && !user.profile.empty())
        result += " SETTINGS PROFILE " + backQuoteIfNeed(user.profile);
    return result + formatSettings(user.settings, false);
}

std::string formatCreateRole(const Role & role)
{
    return "CREATE ROLE " + backQuoteIfNeed(role.name) + formatSettings(role.settings, false);
}

std::string formatCreateSettingsProfile(const SettingsProfile & profile)
{
    return "CREATE SETTINGS PROFILE " + backQuoteIfNeed(profile.name) + formatSettings(profile.elements, true) + formatTo(profile.to);
}

std::string formatCreateQuota(const Quota & quota)
{
    std::string result = "CREATE QUOTA " + backQuoteIfNeed(quota.name);
    if (!quota.keyed_by.empty())
        result += " KEYED BY " + quota.keyed_by;
    for (size_t i = 0; i < quota.intervals.size(); ++i)
    {
        const auto & interval = quota.intervals[i];
        result += (i ? ", " : " ") + std::string("FOR INTERVAL ") + formatDuration(interval.duration_seconds);
        std::string limits;
        for (size_t resource = 0; resource < kQuotaResourceCount; ++resource)
        {
            UInt64 max = interval.max[resource];
            if (!max)
                continue;
            auto kind = static_cast<QuotaResource>(resource);
            std::string value = kind == QuotaResource::ExecutionTime ? fmt::format("{}", static_cast<double>(max) / 1e9) : std::to_string(max);
            limits += (limits.empty() ? " MAX " : ", ") + std::string(quotaResourceName(kind)) + " = " + value;
        }
        result += limits.empty() ? " TRACKING ONLY" : limits;
    }
    return result + formatTo(quota.to);
}

std::string formatCreateRowPolicy(const RowPolicy & policy)
{
    std::string result = "CREATE ROW POLICY " + backQuoteIfNeed(policy.short_name) + " ON " + backQuoteIfNeed(policy.database) + "."
        + backQuoteIfNeed(policy.table);
    if (policy.is_restrictive)
        result += " AS restrictive";
    if (!policy.condition.empty())
        result += " FOR SELECT USING " + policy.condition;
    return result + formatTo(policy.to);
}

std::vector<std::string> formatGrants(const std::string & grantee, const AccessRights & rights, const GrantedRoles & roles)
{
    /// One statement per table (or database, or *.*) and kind: granted, granted with grant
    /// option, revoked, revoked grant option. Its elements: the table's own flags, then its
    /// columns, those with the same flags together.
    struct Statement
    {
        std::string elements;
        std::string target;
    };
    std::vector<std::pair<int, Statement>> statements;
    const auto & entries = rights.getEntries();
    for (auto it = entries.begin(); it != entries.end();)
    {
        AccessLevel table_level{it->first.database, it->first.table, ""};
        auto end = it;
        while (end != entries.end() && end->first.database == table_level.database && end->first.table == table_level.table)
            ++end;
        for (int kind = 0; kind < 4; ++kind)
        {
            auto flags_of = [&](const AccessRights::Entry & entry) -> AccessFlags
            {
                switch (kind)
                {
                    case 0: return entry.granted & ~entry.with_grant_option;
                    case 1: return entry.with_grant_option;
                    case 2: return entry.revoked;
                    default: return entry.revoked_grant_option;
                }
            };
            std::string elements;
            std::vector<bool> is_done(static_cast<size_t>(std::distance(it, end)));
            size_t index = 0;
            for (auto column = it; column != end; ++column, ++index)
            {
                AccessFlags flags = flags_of(column->second);
                if (!flags || is_done[index])
                    continue;
                if (column->first.column.empty())
                {
                    /// Everything a table or database can be granted is ALL there.
                    AccessFlags level_flags = table_level.table.empty() ? (table_level.database.empty() ? kAllAccessFlags : kDatabaseLevelFlags)
                                                                        : kTableLevelFlags;
                    elements += (elements.empty() ? "" : ", ") + (flags == level_flags ? std::string("ALL") : formatAccessFlags(flags));
                    continue;
                }
                /// The columns with the same flags, listed once.
                std::vector<std::string> columns;
                size_t other_index = index;
                for (auto other = column; other != end; ++other, ++other_index)
                    if (!is_done[other_index] && flags_of(other->second) == flags)
                    {
                        columns.push_back(other->first.column);
                        is_done[other_index] = true;
                    }
                std::string names = joinNames(columns);
                std::string element;
                for (size_t i = 0; i < kAccessTypeCount; ++i)
                    if (flags & flagOf(static_cast<AccessType>(i)))
                        element += (element.empty() ? "" : ", ") + std::string(accessTypeName(static_cast<AccessType>(i))) + "(" + names + ")";
                elements += (elements.empty() ? "" : ", ") + element;
            }
            if (!elements.empty())
                statements.push_back({kind, {elements, formatLevelTarget(table_level)}});
        }
        it = end;
    }
    std::vector<std::string> result;
    std::string quoted = backQuoteIfNeed(grantee);
    for (const auto & [kind, statement] : statements)
    {
        switch (kind)
        {
            case 0: result.push_back("GRANT " + statement.elements + " ON " + statement.target + " TO " + quoted); break;
            case 1: result.push_back("GRANT " + statement.elements + " ON " + statement.target + " TO " + quoted + " WITH GRANT OPTION"); break;
            case 2: result.push_back("REVOKE " + statement.elements + " ON " + statement.target + " FROM " + quoted); break;
            default: result.push_back("REVOKE GRANT OPTION FOR " + statement.elements + " ON " + statement.target + " FROM " + quoted); break;
        }
    }
    std::vector<std::string> plain;
    std::vector<std::string> with_admin;
    for (const auto & role : roles.roles)
        (roles.with_admin_option.contains(role) ? with_admin : plain).push_back(role);
    if (!plain.empty())
        result.push_back("GRANT " + joinNames(plain) + " TO " + quoted);
    if (!with_admin.empty())
        result.push_back("GRANT " + joinNames(with_admin) + " TO " + quoted + " WITH ADMIN OPTION");
    return result;
}
}
