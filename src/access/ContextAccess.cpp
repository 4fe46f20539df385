#include "access/ContextAccess.h"

#include <algorithm>
#include <cstdlib>
#include <functional>

#include "access/AccessEntityFormatter.h"
#include "base/Exception.h"
#include "interpreters/Settings.h"
#include "sql/formatAST.h"

namespace datastore::access
{
namespace
{
/// The system databases anyone may read, as ClickHouse 24.x (select_from_system_db_requires_grant off).
bool isSystemDatabase(const std::string & database)
{
    return database == "system" || database == "information_schema" || database == "INFORMATION_SCHEMA";
}

/// Privileges of a users.xml user: everything, or everything in their databases, with SYSTEM;
/// access management with grant option when <access_management> allows it.
AccessRights rightsOfConfigUser(const User & user)
{
    AccessRights result;
    AccessFlags everything_but_management = kAllAccessFlags & ~flagOf(AccessType::AccessManagement);
    if (!user.allowed_databases)
        result.grant(everything_but_management, {}, user.access_management);
    else
    {
        result.grant(flagOf(AccessType::System) | flagOf(AccessType::Show), {}, false);
        for (const auto & database : *user.allowed_databases)
            result.grant(kDatabaseLevelFlags, {database, "", ""}, user.access_management);
    }
    if (user.access_management)
        result.grant(flagOf(AccessType::AccessManagement), {}, true);
    return result;
}

/// A setting's value or bound as a number, to compare with MIN and MAX.
double numberOf(const std::string & text)
{
    return std::strtod(text.c_str(), nullptr);
}

double numberOf(const Field & value)
{
    return numberOf(settingValueText(value));
}
}

ContextAccess::ContextAccess(std::shared_ptr<const UsersModel> model_, const User & user_, std::shared_ptr<QuotaUsage> quota_,
                             const RoleList * current_roles)
    : model(std::move(model_)), user(user_), quota(std::move(quota_))
{
    auto add_constraints = [&](const std::string & profile)
    {
        for (const auto & constraint : model->resolveConstraints(profile))
            constraints[std::string(interpreters::Settings::canonicalName(constraint.setting))] = constraint;
    };
    if (model->profiles.contains(model->default_profile))
    {
        profile_settings = model->resolveProfile(model->default_profile);
        add_constraints(model->default_profile);
    }
    if (!user.is_sql)
    {
        rights = rightsOfConfigUser(user);
        if (!user.profile.empty())
        {
            auto own = model->resolveProfile(user.profile);
            profile_settings.insert(profile_settings.end(), own.begin(), own.end());
            add_constraints(user.profile);
        }
    }
    else
    {
        enabled_roles = model->enabledRoles(user.granted_roles, current_roles ? *current_roles : user.default_roles);
        rights = model->rightsOf(user, enabled_roles);
        /// Profiles applied to the user, then the roles' SETTINGS, then the user's own.
        std::function<void(const std::vector<SettingsProfileElement> &)> apply = [&](const std::vector<SettingsProfileElement> & elements)
        {
            for (const auto & element : elements)
            {
                if (!element.parent_profile.empty())
                {
                    auto it = model->profiles.find(element.parent_profile);
                    if (it != model->profiles.end() && it->second.is_sql)
                        apply(it->second.elements);
                    else if (it != model->profiles.end())
                    {
                        auto inherited = model->resolveProfile(element.parent_profile);
                        profile_settings.insert(profile_settings.end(), inherited.begin(), inherited.end());
                    }
                    continue;
                }
                if (element.value)
                    profile_settings.emplace_back(element.setting, settingValueText(*element.value));
                if (element.min || element.max || !element.writability.empty())
                    constraints[std::string(interpreters::Settings::canonicalName(element.setting))] = element;
            }
        };
        for (const auto & [_, profile] : model->profiles)
            if (profile.is_sql && profile.to.matches(user.name, enabled_roles))
                apply(profile.elements);
        for (const auto & role : enabled_roles)
            if (auto it = model->roles.find(role); it != model->roles.end())
                apply(it->second.settings);
        apply(user.settings);
    }

    /// Permissive policies of a table are OR-ed, restrictive ones AND-ed to that. A user no
    /// permissive policy names reads every row (users_without_row_policies_can_read_rows).
    std::map<std::pair<std::string, std::string>, std::pair<std::string, std::string>> parts;
    for (const auto & [_, policy] : model->row_policies)
    {
        if (!policy.to.matches(user.name, enabled_roles) || policy.condition.empty())
            continue;
        auto & [permissive, restrictive] = parts[{policy.database, policy.table}];
        std::string & target = policy.is_restrictive ? restrictive : permissive;
        target += (target.empty() ? "(" : policy.is_restrictive ? " AND (" : " OR (") + policy.condition + ")";
    }
    for (const auto & [table, condition] : parts)
    {
        const auto & [permissive, restrictive] = condition;
        row_policy_conditions[table] = permissive.empty() ? restrictive
            : restrictive.empty()                         ? permissive
                                                          : "(" + permissive + ") AND " + restrictive;
    }
}

void ContextAccess::checkRolesGranted(const RoleList & roles) const
{
    for (const auto & role : roles.all ? roles.except : roles.names)
        if (std::find(user.granted_roles.roles.begin(), user.granted_roles.roles.end(), role) == user.granted_roles.roles.end())
            throw Exception(ErrorCodes::SET_NON_GRANTED_ROLE, "Role {} should be granted to set current", sql::backQuoteIfNeed(role));
}

std::shared_ptr<const ContextAccess> ContextAccess::withCurrentRoles(const RoleList & roles) const
{
    checkRolesGranted(roles);
    return std::make_shared<const ContextAccess>(model, user, quota, &roles);
}

void ContextAccess::throwNotEnoughPrivileges(const std::string & grant) const
{
    throw Exception(ErrorCodes::ACCESS_DENIED, "{}: Not enough privileges. To execute this query, it's necessary to have the grant {}", user.name,
                    grant);
}

void ContextAccess::checkAccess(AccessType type, const std::string & database, const std::string & table) const
{
    if (type == AccessType::Select && isSystemDatabase(database))
        return;
    bool is_per_column = (type == AccessType::Select || type == AccessType::Insert) && !table.empty();
    bool is_granted = is_per_column ? rights.isGrantedOnAnyColumn(type, database, table) : rights.isGranted(type, {database, table, ""});
    if (is_granted)
        return;
    if (database.empty())
        throwNotEnoughPrivileges(fmt::format("{} ON *.*", accessTypeName(type)));
    throwNotEnoughPrivileges(fmt::format("{} ON {}.{}", accessTypeName(type), sql::backQuoteIfNeed(database),
                                         table.empty() ? "*" : sql::backQuoteIfNeed(table)));
}

void ContextAccess::checkColumnsAccess(AccessType type, const std::string & database, const std::string & table,
                                       const std::vector<std::string> & columns) const
{
    if (type == AccessType::Select && isSystemDatabase(database))
        return;
    std::string missing;
    for (const auto & column : columns)
        if (!rights.isGranted(type, {database, table, column}))
            missing += (missing.empty() ? "" : ", ") + sql::backQuoteIfNeed(column);
    if (!missing.empty())
        throwNotEnoughPrivileges(fmt::format("{}({}) ON {}.{}", accessTypeName(type), missing, sql::backQuoteIfNeed(database),
                                             sql::backQuoteIfNeed(table)));
}

void ContextAccess::checkAccessManagement(const std::string & grant) const
{
    if (!rights.isGranted(AccessType::AccessManagement, {}))
        throwNotEnoughPrivileges(grant + " ON *.*");
}

void ContextAccess::checkGrantOption(AccessFlags flags, const AccessLevel & level) const
{
    for (size_t i = 0; i < kAccessTypeCount; ++i)
    {
        auto type = static_cast<AccessType>(i);
        if ((flags & flagOf(type)) && !rights.isGranted(type, level, true))
        {
            std::string target = level.database.empty() ? "*.*"
                                                        : sql::backQuoteIfNeed(level.database) + "." + (level.table.empty() ? "*" : sql::backQuoteIfNeed(level.table));
            std::string privilege = level.column.empty() ? accessTypeName(type)
                                                         : fmt::format("{}({})", accessTypeName(type), sql::backQuoteIfNeed(level.column));
            throwNotEnoughPrivileges(fmt::format("{} ON {} WITH GRANT OPTION", privilege, target));
        }
    }
}

std::string ContextAccess::getRowPolicyCondition(const std::string & database, const std::string & table) const
{
    auto it = row_policy_conditions.find({database, table});
    return it == row_policy_conditions.end() ? std::string() : it->second;
}

const SettingsProfileElement * ContextAccess::findSettingConstraint(std::string_view name) const
{
    auto it = constraints.find(std::string(interpreters::Settings::canonicalName(name)));
    return it == constraints.end() ? nullptr : &it->second;
}

void ContextAccess::checkSettingConstraint(const std::string & name, const interpreters::Settings & current,
                                           const interpreters::Settings & changed) const
{
    const SettingsProfileElement * found = findSettingConstraint(name);
    if (!found)
        return;
    const SettingsProfileElement & constraint = *found;
    std::string value = changed.getString(name);
    if (value == current.getString(name))
        return;
    if (constraint.writability == "CONST")
        throw Exception(ErrorCodes::SETTING_CONSTRAINT_VIOLATION, "Setting {} should not be changed", name);
    if (constraint.min && numberOf(value) < numberOf(*constraint.min))
        throw Exception(ErrorCodes::SETTING_CONSTRAINT_VIOLATION, "Setting {} shouldn't be less than {}", name, settingValueText(*constraint.min));
    if (constraint.max && numberOf(value) > numberOf(*constraint.max))
        throw Exception(ErrorCodes::SETTING_CONSTRAINT_VIOLATION, "Setting {} shouldn't be greater than {}", name, settingValueText(*constraint.max));
}
}
