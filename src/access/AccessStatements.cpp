#include "access/AccessStatements.h"

#include <algorithm>

#include "access/AccessEntityFormatter.h"
#include "base/Exception.h"
#include "interpreters/Settings.h"
#include "sql/ASTCreateAccessEntityQuery.h"
#include "sql/ASTDropAccessEntityQuery.h"
#include "sql/ASTGrantQuery.h"
#include "sql/ASTSetRoleQuery.h"
#include "sql/formatAST.h"

namespace datastore::access
{
namespace
{
using sql::AccessEntityKind;

constexpr const char * kSqlStorage = "local_directory";
constexpr const char * kConfigStorage = "users_xml";

[[noreturn]] void throwNotFound(AccessEntityKind kind, const std::string & name)
{
    int code = ErrorCodes::ACCESS_ENTITY_NOT_FOUND;
    switch (kind)
    {
        case AccessEntityKind::User: code = ErrorCodes::UNKNOWN_USER; break;
        case AccessEntityKind::Role: code = ErrorCodes::UNKNOWN_ROLE; break;
        case AccessEntityKind::SettingsProfile: code = ErrorCodes::THERE_IS_NO_PROFILE; break;
        case AccessEntityKind::Quota: code = ErrorCodes::UNKNOWN_QUOTA; break;
        case AccessEntityKind::RowPolicy: code = ErrorCodes::UNKNOWN_ROW_POLICY; break;
    }
    throw Exception(code, "There is no {} `{}` in `user directories`", sql::accessEntityName(kind), name);
}

[[noreturn]] void throwExists(AccessEntityKind kind, const std::string & name, const char * storage)
{
    const char * entity = sql::accessEntityName(kind);
    throw Exception(ErrorCodes::ACCESS_ENTITY_ALREADY_EXISTS, "{} `{}`: cannot insert because {} `{}` already exists in {}", entity, name, entity,
                    name, storage);
}

[[noreturn]] void throwReadonly(AccessEntityKind kind, const std::string & name)
{
    throw Exception(ErrorCodes::ACCESS_STORAGE_READONLY, "Cannot update {} `{}` in {} because this storage is readonly",
                    sql::accessEntityName(kind), name, kConfigStorage);
}

/// The map of one kind of entity, of users.xml and of SQL.
template <typename Entity>
struct EntityMaps
{
    std::map<std::string, Entity> & sql;
    const std::map<std::string, Entity> & config;
};

/// The entity `name` of SQL to change, or null to skip it (IF EXISTS); throws for a missing
/// or a users.xml one.
template <typename Entity>
Entity * findForChange(EntityMaps<Entity> maps, AccessEntityKind kind, const std::string & name, bool if_exists)
{
    if (auto it = maps.sql.find(name); it != maps.sql.end())
        return &it->second;
    if (maps.config.contains(name))
        throwReadonly(kind, name);
    if (if_exists)
        return nullptr;
    throwNotFound(kind, name);
}

/// Whether to create `name`: false to keep the existing one (IF NOT EXISTS); throws if it exists.
template <typename Entity>
bool checkCreate(EntityMaps<Entity> maps, AccessEntityKind kind, const std::string & name, const sql::ASTCreateAccessEntityQuery & query)
{
    if (maps.config.contains(name))
        throwExists(kind, name, kConfigStorage);
    if (!maps.sql.contains(name) || query.or_replace)
        return true;
    if (query.if_not_exists)
        return false;
    throwExists(kind, name, kSqlStorage);
}

template <typename Entity>
void checkRename(EntityMaps<Entity> maps, AccessEntityKind kind, const std::string & new_name)
{
    if (maps.config.contains(new_name))
        throwExists(kind, new_name, kConfigStorage);
    if (maps.sql.contains(new_name))
        throwExists(kind, new_name, kSqlStorage);
}

class StatementApplier
{
public:
    StatementApplier(UsersModel & entities_, const UsersModel & config_, std::string current_database_, bool is_replay_)
        : entities(entities_), config(config_), current_database(std::move(current_database_)), is_replay(is_replay_)
    {
    }

    void apply(const sql::IAST & statement)
    {
        if (const auto * user = statement.as<sql::ASTCreateUserQuery>())
            return applyUser(*user);
        if (const auto * role = statement.as<sql::ASTCreateRoleQuery>())
            return applyRole(*role);
        if (const auto * profile = statement.as<sql::ASTCreateSettingsProfileQuery>())
            return applyProfile(*profile);
        if (const auto * quota = statement.as<sql::ASTCreateQuotaQuery>())
            return applyQuota(*quota);
        if (const auto * policy = statement.as<sql::ASTCreateRowPolicyQuery>())
            return applyRowPolicy(*policy);
        if (const auto * drop = statement.as<sql::ASTDropAccessEntityQuery>())
            return applyDrop(*drop);
        if (const auto * grant = statement.as<sql::ASTGrantQuery>())
            return grant->roles.empty() ? applyGrantPrivileges(*grant) : applyGrantRoles(*grant);
        if (const auto * set_role = statement.as<sql::ASTSetRoleQuery>())
            return applySetDefaultRole(*set_role);
        throw Exception(ErrorCodes::LOGICAL_ERROR, "Not an access control statement: {}", statement.getID(' '));
    }

private:
    EntityMaps<User> users() { return {entities.users, config.users}; }
    EntityMaps<Role> roles() { return {entities.roles, config.roles}; }
    EntityMaps<SettingsProfile> profiles() { return {entities.profiles, config.profiles}; }
    EntityMaps<Quota> quotas() { return {entities.quotas, config.quotas}; }
    EntityMaps<RowPolicy> policies() { return {entities.row_policies, config.row_policies}; }

    void checkRolesExist(const std::vector<std::string> & names) const
    {
        for (const auto & name : names)
            if (!entities.roles.contains(name))
                throwNotFound(AccessEntityKind::Role, name);
    }

    /// A TO list names users or roles.
    void checkGranteesExist(const RoleList & list) const
    {
        if (is_replay)
            return;
        for (const auto * names : {&list.names, &list.except})
            for (const auto & name : *names)
                if (!entities.users.contains(name) && !config.users.contains(name) && !entities.roles.contains(name))
                    throwNotFound(AccessEntityKind::Role, name);
    }

    void checkSettings(const std::vector<SettingsProfileElement> & elements) const
    {
        for (const auto & element : elements)
        {
            if (!element.parent_profile.empty())
            {
                if (!entities.profiles.contains(element.parent_profile) && !config.profiles.contains(element.parent_profile))
                    throwNotFound(AccessEntityKind::SettingsProfile, element.parent_profile);
                continue;
            }
            if (!interpreters::Settings::isKnown(element.setting))
                throw Exception(ErrorCodes::UNKNOWN_SETTING, "Unknown setting '{}'", element.setting);
            if (element.value)
            {
                interpreters::Settings probe;
                probe.set(element.setting, *element.value);
            }
        }
    }

    /// Where a renamed user or role was named, the new name; where a dropped one, nothing.
    void replaceReferences(const std::string & name, const std::string * new_name)
    {
        auto fix_list = [&](RoleList & list)
        {
            for (auto * names : {&list.names, &list.except})
                for (auto it = names->begin(); it != names->end();)
                {
                    if (*it != name)
                        ++it;
                    else if (new_name)
                        *it++ = *new_name;
                    else
                        it = names->erase(it);
                }
        };
        for (auto & [_, user] : entities.users)
        {
            replaceIn(user.granted_roles, name, new_name);
            fix_list(user.default_roles);
        }
        for (auto & [_, role] : entities.roles)
            replaceIn(role.granted_roles, name, new_name);
        for (auto & [_, profile] : entities.profiles)
            fix_list(profile.to);
        for (auto & [_, quota] : entities.quotas)
            fix_list(quota.to);
        for (auto & [_, policy] : entities.row_policies)
            fix_list(policy.to);
    }

    static void replaceIn(GrantedRoles & granted, const std::string & name, const std::string * new_name)
    {
        auto it = std::find(granted.roles.begin(), granted.roles.end(), name);
        if (it == granted.roles.end())
            return;
        bool with_admin = granted.with_admin_option.erase(name) > 0;
        if (!new_name)
        {
            granted.roles.erase(it);
            return;
        }
        *it = *new_name;
        if (with_admin)
            granted.with_admin_option.insert(*new_name);
    }

    template <typename Entity>
    void rename(std::map<std::string, Entity> & map, const std::string & name, const std::string & new_name)
    {
        auto node = map.extract(name);
        node.key() = new_name;
        node.mapped().name = new_name;
        map.insert(std::move(node));
        replaceReferences(name, &new_name);
    }

    static Authentication authenticationOf(const std::pair<std::string, std::string> & clause)
    {
        const auto & [type, value] = clause;
        using Type = Authentication::Type;
        if (type == "no_password")
            return Authentication();
        if (type == "plaintext_password")
            return Authentication(Type::PlainText, value);
        if (type == "sha256_password")
            return Authentication::fromPassword(Type::Sha256, value);
        if (type == "sha256_hash")
            return Authentication(Type::Sha256, value);
        if (type == "double_sha1_password")
            return Authentication::fromPassword(Type::DoubleSha1, value);
        if (type == "double_sha1_hash")
            return Authentication(Type::DoubleSha1, value);
        throw Exception(ErrorCodes::BAD_ARGUMENTS, "Unknown authentication type '{}': expected no_password, plaintext_password, sha256_password, "
                        "sha256_hash, double_sha1_password or double_sha1_hash", type);
    }

    /// Runs `change(entity, is_created)` on each entity a CREATE or ALTER names, created first
    /// for CREATE; those IF EXISTS / IF NOT EXISTS let go are skipped. RENAME TO comes last.
    template <typename Entity, typename Change>
    void forEachTarget(EntityMaps<Entity> maps, AccessEntityKind kind, const sql::ASTCreateAccessEntityQuery & query, Change && change)
    {
        for (const auto & name : query.names)
        {
            Entity * entity = nullptr;
            bool is_created = false;
            if (query.is_alter)
                entity = findForChange(maps, kind, name, query.if_exists);
            else if (checkCreate(maps, kind, name, query))
            {
                entity = &(maps.sql[name] = Entity{});
                entity->name = name;
                if constexpr (requires { entity->is_sql; })
                    entity->is_sql = true;
                is_created = true;
            }
            if (!entity)
                continue;
            change(*entity, is_created);
            if (!query.new_name.empty() && query.new_name != name)
            {
                checkRename(maps, kind, query.new_name);
                rename(maps.sql, name, query.new_name);
            }
        }
    }

    void applyUser(const sql::ASTCreateUserQuery & query)
    {
        if (query.authentication)
            authenticationOf(*query.authentication);
        if (query.default_roles)
            checkRolesExist(query.default_roles->all ? query.default_roles->except : query.default_roles->names);
        if (query.settings)
            checkSettings(*query.settings);
        forEachTarget(users(), AccessEntityKind::User, query, [&](User & user, bool is_created)
        {
            /// CREATE USER ... DEFAULT ROLE grants the roles it names, as ClickHouse does.
            if (is_created && query.default_roles && !query.default_roles->all)
                user.granted_roles.roles = query.default_roles->names;
            if (query.authentication)
                user.authentication = authenticationOf(*query.authentication);
            if (query.hosts)
                user.hosts = *query.hosts;
            if (query.hosts || is_created)
                user.networks = networksOfHosts(user.hosts);
            if (query.default_roles)
            {
                for (const auto & role : query.default_roles->all ? std::vector<std::string>{} : query.default_roles->names)
                    if (std::find(user.granted_roles.roles.begin(), user.granted_roles.roles.end(), role) == user.granted_roles.roles.end())
                        throw Exception(ErrorCodes::SET_NON_GRANTED_ROLE, "Role {} should be granted to set as default", sql::backQuoteIfNeed(role));
                user.default_roles = *query.default_roles;
            }
            if (query.default_database)
                user.default_database = *query.default_database;
            if (query.settings)
                user.settings = *query.settings;
        });
    }

    void applyRole(const sql::ASTCreateRoleQuery & query)
    {
        if (query.settings)
            checkSettings(*query.settings);
        forEachTarget(roles(), AccessEntityKind::Role, query, [&](Role & role, bool)
        {
            if (query.settings)
                role.settings = *query.settings;
        });
    }

    void applyProfile(const sql::ASTCreateSettingsProfileQuery & query)
    {
        if (query.settings)
            checkSettings(*query.settings);
        if (query.to)
            checkGranteesExist(*query.to);
        forEachTarget(profiles(), AccessEntityKind::SettingsProfile, query, [&](SettingsProfile & profile, bool)
        {
            if (query.settings)
            {
                if (std::any_of(query.settings->begin(), query.settings->end(), [&](const auto & element) { return element.parent_profile == profile.name; }))
                    throw Exception(ErrorCodes::BAD_ARGUMENTS, "Settings profile `{}` cannot inherit itself", profile.name);
                profile.elements = *query.settings;
                profile.parents.clear();
                profile.settings.clear();
                for (const auto & element : profile.elements)
                {
                    if (!element.parent_profile.empty())
                        profile.parents.push_back(element.parent_profile);
                    else if (element.value)
                        profile.settings.emplace_back(element.setting, settingValueText(*element.value));
                }
            }
            if (query.to)
                profile.to = *query.to;
        });
    }

    static std::vector<QuotaInterval> intervalsOf(const std::vector<sql::ASTCreateQuotaQuery::Interval> & written)
    {
        std::vector<QuotaInterval> intervals;
        for (const auto & interval : written)
        {
            QuotaInterval converted;
            converted.duration_seconds = interval.seconds;
            for (const auto & [resource_name, value] : interval.limits)
            {
                size_t resource = 0;
                while (resource < kQuotaResourceCount && resource_name != quotaResourceName(static_cast<QuotaResource>(resource)))
                    ++resource;
                if (resource == kQuotaResourceCount)
                    throw Exception(ErrorCodes::SYNTAX_ERROR, "Syntax error: unknown quota resource type '{}'", resource_name);
                double amount = 0;
                if (const auto * u = value.tryGet<UInt64>())
                    amount = static_cast<double>(*u);
                else if (const auto * f = value.tryGet<Float64>(); f && *f >= 0)
                    amount = *f;
                else
                    throw Exception(ErrorCodes::BAD_ARGUMENTS, "Quota limit of {} must be a non-negative number", resource_name);
                bool is_time = static_cast<QuotaResource>(resource) == QuotaResource::ExecutionTime;
                converted.max[resource] = static_cast<UInt64>(is_time ? amount * 1e9 : amount);
            }
            intervals.push_back(converted);
        }
        return intervals;
    }

    void applyQuota(const sql::ASTCreateQuotaQuery & query)
    {
        if (query.to)
            checkGranteesExist(*query.to);
        static const char * keys[] = {"", "user_name", "ip_address", "client_key", "client_key, user_name", "client_key, ip_address"};
        if (query.keyed_by && std::find(std::begin(keys), std::end(keys), *query.keyed_by) == std::end(keys))
            throw Exception(ErrorCodes::SYNTAX_ERROR, "Syntax error: unknown quota key type '{}'", *query.keyed_by);
        auto intervals = query.intervals ? intervalsOf(*query.intervals) : std::vector<QuotaInterval>{};
        forEachTarget(quotas(), AccessEntityKind::Quota, query, [&](Quota & quota, bool)
        {
            if (query.keyed_by)
                quota.keyed_by = *query.keyed_by;
            if (query.intervals)
                quota.intervals = intervals;
            if (query.to)
                quota.to = *query.to;
        });
    }

    void applyRowPolicy(const sql::ASTCreateRowPolicyQuery & query)
    {
        if (query.to)
            checkGranteesExist(*query.to);
        std::string database = query.database.empty() ? current_database : query.database;
        RowPolicy key;
        key.short_name = query.names.at(0);
        key.database = database;
        key.table = query.table;
        std::string name = key.fullName();
        RowPolicy * policy = nullptr;
        if (query.is_alter)
            policy = findForChange(policies(), AccessEntityKind::RowPolicy, name, query.if_exists);
        else if (checkCreate(policies(), AccessEntityKind::RowPolicy, name, query))
            policy = &(entities.row_policies[name] = key);
        if (!policy)
            return;
        if (query.condition)
            policy->condition = sql::formatAST(*query.condition);
        if (query.is_restrictive)
            policy->is_restrictive = *query.is_restrictive;
        if (query.to)
            policy->to = *query.to;
        if (!query.new_name.empty() && query.new_name != key.short_name)
        {
            RowPolicy renamed = *policy;
            renamed.short_name = query.new_name;
            checkRename(policies(), AccessEntityKind::RowPolicy, renamed.fullName());
            entities.row_policies.erase(name);
            entities.row_policies[renamed.fullName()] = renamed;
        }
    }

    template <typename Entity>
    void drop(EntityMaps<Entity> maps, AccessEntityKind kind, const std::string & name, bool if_exists)
    {
        if (!findForChange(maps, kind, name, if_exists))
            return;
        maps.sql.erase(name);
        if (kind == AccessEntityKind::User || kind == AccessEntityKind::Role)
            replaceReferences(name, nullptr);
    }

    void applyDrop(const sql::ASTDropAccessEntityQuery & query)
    {
        /// All names are checked before any is dropped.
        for (int pass = 0; pass < 2; ++pass)
            for (const auto & name : query.names)
            {
                bool if_exists = query.if_exists || pass == 1;
                switch (query.kind)
                {
                    case AccessEntityKind::User:
                        pass ? drop(users(), query.kind, name, true) : (void)findForChange(users(), query.kind, name, if_exists);
                        break;
                    case AccessEntityKind::Role:
                        pass ? drop(roles(), query.kind, name, true) : (void)findForChange(roles(), query.kind, name, if_exists);
                        break;
                    case AccessEntityKind::SettingsProfile:
                        pass ? drop(profiles(), query.kind, name, true) : (void)findForChange(profiles(), query.kind, name, if_exists);
                        break;
                    case AccessEntityKind::Quota:
                        pass ? drop(quotas(), query.kind, name, true) : (void)findForChange(quotas(), query.kind, name, if_exists);
                        break;
                    case AccessEntityKind::RowPolicy:
                    {
                        RowPolicy key;
                        key.short_name = name;
                        key.database = query.database.empty() ? current_database : query.database;
                        key.table = query.table;
                        pass ? drop(policies(), query.kind, key.fullName(), true)
                             : (void)findForChange(policies(), query.kind, key.fullName(), if_exists);
                        break;
                    }
                }
            }
    }

    /// The privileges and roles of a grantee of GRANT / REVOKE: a SQL user or role.
    std::pair<AccessRights *, GrantedRoles *> grantee(const std::string & name)
    {
        if (auto it = entities.users.find(name); it != entities.users.end())
            return {&it->second.rights, &it->second.granted_roles};
        if (auto it = entities.roles.find(name); it != entities.roles.end())
            return {&it->second.rights, &it->second.granted_roles};
        if (config.users.contains(name))
            throwReadonly(AccessEntityKind::User, name);
        throwNotFound(AccessEntityKind::Role, name);
    }

    std::vector<std::string> granteeNames(const RoleList & list) const
    {
        if (!list.all)
            return list.names;
        std::vector<std::string> names;
        for (const auto & [name, _] : entities.users)
            if (std::find(list.except.begin(), list.except.end(), name) == list.except.end())
                names.push_back(name);
        return names;
    }

    void applyGrantPrivileges(const sql::ASTGrantQuery & query)
    {
        auto privileges = privilegesOfGrant(query, current_database);
        for (const auto & name : granteeNames(query.grantees))
        {
            AccessRights & rights = *grantee(name).first;
            for (const auto & [flags, level] : privileges)
            {
                if (query.is_revoke)
                    rights.revoke(flags, level, query.with_option);
                else
                    rights.grant(flags, level, query.with_option);
            }
        }
    }

    void applyGrantRoles(const sql::ASTGrantQuery & query)
    {
        checkRolesExist(query.roles);
        for (const auto & name : granteeNames(query.grantees))
        {
            GrantedRoles & granted = *grantee(name).second;
            for (const auto & role : query.roles)
            {
                auto it = std::find(granted.roles.begin(), granted.roles.end(), role);
                if (query.is_revoke)
                {
                    granted.with_admin_option.erase(role);
                    if (!query.with_option && it != granted.roles.end())
                        granted.roles.erase(it);
                    continue;
                }
                if (role == name || entities.enabledRoles({{role}, {}}, RoleList{.all = true}).contains(name))
                    throw Exception(ErrorCodes::BAD_ARGUMENTS, "Role {} is granted to {}: granting it back would make a cycle", sql::backQuoteIfNeed(name),
                                    sql::backQuoteIfNeed(role));
                if (it == granted.roles.end())
                    granted.roles.push_back(role);
                if (query.with_option)
                    granted.with_admin_option.insert(role);
            }
        }
    }

    void applySetDefaultRole(const sql::ASTSetRoleQuery & query)
    {
        for (const auto & name : query.users)
        {
            User * user = findForChange(users(), AccessEntityKind::User, name, false);
            for (const auto & role : query.roles.all ? query.roles.except : query.roles.names)
                if (std::find(user->granted_roles.roles.begin(), user->granted_roles.roles.end(), role) == user->granted_roles.roles.end())
                    throw Exception(ErrorCodes::SET_NON_GRANTED_ROLE, "Role {} should be granted to set as default", sql::backQuoteIfNeed(role));
            user->default_roles = query.roles;
        }
    }

    UsersModel & entities;
    const UsersModel & config;
    std::string current_database;
    bool is_replay;
};
}

std::vector<std::pair<AccessFlags, AccessLevel>> privilegesOfGrant(const sql::ASTGrantQuery & query, const std::string & current_database)
{
    std::vector<std::pair<AccessFlags, AccessLevel>> result;
    for (const auto & element : query.elements)
    {
        AccessLevel level;
        if (!element.any_database)
        {
            level.database = element.database.empty() ? current_database : element.database;
            level.table = element.any_table ? "" : element.table;
        }
        for (const auto & privilege : element.privileges)
        {
            AccessFlags flags = accessFlagsOfKeyword(privilege.keyword);
            if (!flags)
                throw Exception(ErrorCodes::SYNTAX_ERROR, "Syntax error: unknown access type '{}'", privilege.keyword);
            AccessFlags allowed = !privilege.columns.empty() ? kColumnLevelFlags
                : !level.table.empty()                       ? kTableLevelFlags
                : !level.database.empty()                    ? kDatabaseLevelFlags
                                                             : kAllAccessFlags;
            /// ALL on a table is what a table can be granted; a privilege named that does not
            /// apply there is an error.
            if (flags == kAllAccessFlags)
                flags &= allowed;
            else if (flags & ~allowed)
                throw Exception(ErrorCodes::INVALID_GRANT, "{} cannot be granted on the {} level", formatAccessFlags(flags & ~allowed),
                                !privilege.columns.empty() ? "column" : !level.table.empty() ? "table" : "database");
            if (privilege.columns.empty())
                result.emplace_back(flags, level);
            for (const auto & column : privilege.columns)
                result.emplace_back(flags, AccessLevel{level.database, level.table, column});
        }
    }
    return result;
}

AllowedNetworks networksOfHosts(const std::vector<std::pair<std::string, std::string>> & hosts)
{
    if (hosts.empty())
        return AllowedNetworks::anyHost();
    AllowedNetworks networks;
    for (const auto & [kind, value] : hosts)
    {
        if (kind == "ANY")
            return AllowedNetworks::anyHost();
        if (kind == "LOCAL")
        {
            networks.addSubnet("127.0.0.1");
            networks.addSubnet("::1");
        }
        else if (kind == "IP")
            networks.addSubnet(value);
        else if (kind == "NAME")
            networks.addHost(value);
        else if (kind == "REGEXP")
            networks.addHostRegexp(value);
    }
    return networks;
}

void applyAccessStatement(UsersModel & entities, const UsersModel & config_entities, const sql::IAST & statement,
                          const std::string & current_database, bool is_replay)
{
    StatementApplier(entities, config_entities, current_database, is_replay).apply(statement);
}
}
