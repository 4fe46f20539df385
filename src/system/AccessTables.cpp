#include "system/AccessTables.h"

#include "access/AccessControl.h"
#include "access/ContextAccess.h"
#include "base/CityHash.h"
#include "interpreters/Context.h"
#include "interpreters/Database.h"
#include "system/StorageSystemTable.h"

namespace datastore::system
{
namespace
{
using interpreters::QueryContext;

const char * storageOf(bool is_sql)
{
    return is_sql ? "local_directory" : "users_xml";
}

/// A stable id for an entity, the same on every start as ClickHouse's are.
UUID entityId(bool is_sql, const std::string & kind, const std::string & name)
{
    std::string key = std::string(storageOf(is_sql)) + ":" + kind + ":" + name;
    auto hash = cityhash_v1_0_2::CityHash128(key.data(), key.size());
    UUID id;
    id.high = (hash.high & 0xffffffffffff0fffULL) | 0x0000000000004000ULL;
    id.low = (hash.low & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
    return id;
}

Array arrayOf(const std::vector<std::string> & values)
{
    Array result;
    for (const auto & value : values)
        result.push_back(Field(value));
    return result;
}

Field nullableString(const std::string & value)
{
    return value.empty() ? Field() : Field(value);
}

/// A table filled from the model of the server's users; empty in `datastore local`, which has none.
class StorageSystemAccessTable : public StorageSystemTable
{
public:
    using StorageSystemTable::StorageSystemTable;

protected:
    void fillData(MutableColumns & columns, QueryContext & context) const final
    {
        if (const auto * access_control = context.getServer().getAccessControl())
            fillFrom(columns, access_control->getModel());
    }
    virtual void fillFrom(MutableColumns & columns, const std::shared_ptr<const access::UsersModel> & model) const = 0;
};

/// apply_to_all, apply_to_list, apply_to_except.
void insertRoleList(MutableColumns & columns, size_t & i, const access::RoleList & list)
{
    columns[i++]->insert(Field(UInt64(list.all)));
    columns[i++]->insert(Field(arrayOf(list.names)));
    columns[i++]->insert(Field(arrayOf(list.except)));
}

class StorageSystemUsers final : public StorageSystemAccessTable
{
public:
    StorageSystemUsers()
        : StorageSystemAccessTable(
            "users",
            {{"name", "String"}, {"id", "UUID"}, {"storage", "String"}, {"auth_type", "String"}, {"auth_params", "String"},
             {"host_ip", "Array(String)"}, {"host_names", "Array(String)"}, {"host_names_regexp", "Array(String)"},
             {"host_names_like", "Array(String)"}, {"default_roles_all", "UInt8"}, {"default_roles_list", "Array(String)"},
             {"default_roles_except", "Array(String)"}, {"grantees_any", "UInt8"}, {"grantees_list", "Array(String)"},
             {"grantees_except", "Array(String)"}, {"default_database", "String"}})
    {
    }

protected:
    void fillFrom(MutableColumns & columns, const std::shared_ptr<const access::UsersModel> & model) const override
    {
        for (const auto & [name, user] : model->users)
        {
            /// users.xml's <networks> as written; SQL's HOST clauses as ClickHouse lists them.
            std::vector<std::string> ips;
            std::vector<std::string> names;
            std::vector<std::string> regexps;
            for (const auto & [kind, value] : user.networks.entries())
                (kind == "ip" ? ips : kind == "host" ? names : regexps).push_back(value);
            if (user.is_sql)
            {
                ips.clear();
                names.clear();
                regexps.clear();
                for (const auto & [kind, value] : user.hosts)
                {
                    if (kind == "ANY")
                        ips.push_back("::/0");
                    else if (kind == "LOCAL")
                        names.push_back("localhost");
                    else
                        (kind == "IP" ? ips : kind == "NAME" ? names : regexps).push_back(value);
                }
                if (user.hosts.empty())
                    ips.push_back("::/0");
            }
            size_t i = 0;
            columns[i++]->insert(Field(name));
            columns[i++]->insert(Field(entityId(user.is_sql, "user", name)));
            columns[i++]->insert(Field(std::string(storageOf(user.is_sql))));
            columns[i++]->insert(Field(user.authentication.getTypeName()));
            columns[i++]->insert(Field(std::string("{}")));
            columns[i++]->insert(Field(arrayOf(ips)));
            columns[i++]->insert(Field(arrayOf(names)));
            columns[i++]->insert(Field(arrayOf(regexps)));
            columns[i++]->insert(Field(Array{}));
            insertRoleList(columns, i, user.default_roles);
            columns[i++]->insert(Field(UInt64(1)));
            columns[i++]->insert(Field(Array{}));
            columns[i++]->insert(Field(Array{}));
            columns[i++]->insert(Field(user.default_database));
        }
    }
};

class StorageSystemRoles final : public StorageSystemAccessTable
{
public:
    StorageSystemRoles() : StorageSystemAccessTable("roles", {{"name", "String"}, {"id", "UUID"}, {"storage", "String"}}) {}

protected:
    void fillFrom(MutableColumns & columns, const std::shared_ptr<const access::UsersModel> & model) const override
    {
        for (const auto & [name, role] : model->roles)
        {
            columns[0]->insert(Field(name));
            columns[1]->insert(Field(entityId(true, "role", name)));
            columns[2]->insert(Field(std::string(storageOf(true))));
        }
    }
};

class StorageSystemGrants final : public StorageSystemAccessTable
{
public:
    StorageSystemGrants()
        : StorageSystemAccessTable("grants", {{"user_name", "Nullable(String)"}, {"role_name", "Nullable(String)"}, {"access_type", "String"},
                                        {"database", "Nullable(String)"}, {"table", "Nullable(String)"}, {"column", "Nullable(String)"},
                                        {"is_partial_revoke", "UInt8"}, {"grant_option", "UInt8"}})
    {
    }

protected:
    void fillFrom(MutableColumns & columns, const std::shared_ptr<const access::UsersModel> & model) const override
    {
        for (const auto & [name, user] : model->users)
        {
            if (user.is_sql)
                insertRights(columns, name, {}, user.rights);
            else
                insertRights(columns, name, {}, access::ContextAccess(model, user, nullptr).getRights());
        }
        for (const auto & [name, role] : model->roles)
            insertRights(columns, {}, name, role.rights);
    }

private:
    /// One row per privilege of a level, as SHOW GRANTS names it (groups whole: CREATE, ALL).
    static void insertRights(MutableColumns & columns, const std::string & user, const std::string & role, const access::AccessRights & rights)
    {
        for (const auto & [level, entry] : rights.getEntries())
        {
            auto insert = [&](access::AccessFlags flags, bool is_partial_revoke, bool grant_option)
            {
                if (!flags)
                    return;
                std::string names = access::formatAccessFlags(flags);
                for (size_t start = 0; start <= names.size();)
                {
                    size_t end = names.find(", ", start);
                    if (end == std::string::npos)
                        end = names.size();
                    size_t i = 0;
                    columns[i++]->insert(nullableString(user));
                    columns[i++]->insert(nullableString(role));
                    columns[i++]->insert(Field(names.substr(start, end - start)));
                    columns[i++]->insert(nullableString(level.database));
                    columns[i++]->insert(nullableString(level.table));
                    columns[i++]->insert(nullableString(level.column));
                    columns[i++]->insert(Field(UInt64(is_partial_revoke)));
                    columns[i++]->insert(Field(UInt64(grant_option)));
                    start = end + 2;
                }
            };
            insert(entry.granted & ~entry.with_grant_option, false, false);
            insert(entry.with_grant_option, false, true);
            insert(entry.revoked, true, false);
            insert(entry.revoked_grant_option & ~entry.revoked, true, true);
        }
    }
};

class StorageSystemRoleGrants final : public StorageSystemAccessTable
{
public:
    StorageSystemRoleGrants()
        : StorageSystemAccessTable("role_grants", {{"user_name", "Nullable(String)"}, {"role_name", "Nullable(String)"}, {"granted_role_name", "String"},
                                             {"granted_role_id", "UUID"}, {"granted_role_is_default", "UInt8"}, {"with_admin_option", "UInt8"}})
    {
    }

protected:
    void fillFrom(MutableColumns & columns, const std::shared_ptr<const access::UsersModel> & model) const override
    {
        auto insert = [&](const std::string & user, const std::string & role, const access::GrantedRoles & granted, const access::RoleList * defaults)
        {
            for (const auto & granted_role : granted.roles)
            {
                bool is_default = defaults && (defaults->all ? std::find(defaults->except.begin(), defaults->except.end(), granted_role) == defaults->except.end()
                                                             : std::find(defaults->names.begin(), defaults->names.end(), granted_role) != defaults->names.end());
                size_t i = 0;
                columns[i++]->insert(nullableString(user));
                columns[i++]->insert(nullableString(role));
                columns[i++]->insert(Field(granted_role));
                columns[i++]->insert(Field(entityId(true, "role", granted_role)));
                columns[i++]->insert(Field(UInt64(is_default)));
                columns[i++]->insert(Field(UInt64(granted.with_admin_option.contains(granted_role))));
            }
        };
        for (const auto & [name, user] : model->users)
            insert(name, {}, user.granted_roles, &user.default_roles);
        for (const auto & [name, role] : model->roles)
            insert({}, name, role.granted_roles, nullptr);
    }
};

class StorageSystemRowPolicies final : public StorageSystemAccessTable
{
public:
    StorageSystemRowPolicies()
        : StorageSystemAccessTable("row_policies", {{"name", "String"}, {"short_name", "String"}, {"database", "String"}, {"table", "String"},
                                              {"id", "UUID"}, {"storage", "String"}, {"select_filter", "Nullable(String)"},
                                              {"is_restrictive", "UInt8"}, {"apply_to_all", "UInt8"}, {"apply_to_list", "Array(String)"},
                                              {"apply_to_except", "Array(String)"}})
    {
    }

protected:
    void fillFrom(MutableColumns & columns, const std::shared_ptr<const access::UsersModel> & model) const override
    {
        for (const auto & [name, policy] : model->row_policies)
        {
            size_t i = 0;
            columns[i++]->insert(Field(name));
            columns[i++]->insert(Field(policy.short_name));
            columns[i++]->insert(Field(policy.database));
            columns[i++]->insert(Field(policy.table));
            columns[i++]->insert(Field(entityId(true, "row_policy", name)));
            columns[i++]->insert(Field(std::string(storageOf(true))));
            columns[i++]->insert(nullableString(policy.condition));
            columns[i++]->insert(Field(UInt64(policy.is_restrictive)));
            insertRoleList(columns, i, policy.to);
        }
    }
};

class StorageSystemQuotas final : public StorageSystemAccessTable
{
public:
    StorageSystemQuotas()
        : StorageSystemAccessTable("quotas", {{"name", "String"}, {"id", "UUID"}, {"storage", "String"}, {"keys", "Array(String)"},
                                        {"durations", "Array(UInt32)"}, {"apply_to_all", "UInt8"}, {"apply_to_list", "Array(String)"},
                                        {"apply_to_except", "Array(String)"}})
    {
    }

protected:
    void fillFrom(MutableColumns & columns, const std::shared_ptr<const access::UsersModel> & model) const override
    {
        for (const auto & [name, quota] : model->quotas)
        {
            Array durations;
            for (const auto & interval : quota.intervals)
                durations.push_back(Field(interval.duration_seconds));
            access::RoleList to = quota.to;
            /// A quota of users.xml applies to the users that name it.
            if (!quota.is_sql)
                for (const auto & [user_name, user] : model->users)
                    if (!user.is_sql && user.quota == name)
                        to.names.push_back(user_name);
            std::vector<std::string> keys;
            for (size_t start = 0; !quota.keyed_by.empty() && start <= quota.keyed_by.size();)
            {
                size_t end = std::min(quota.keyed_by.find(", ", start), quota.keyed_by.size());
                keys.push_back(quota.keyed_by.substr(start, end - start));
                start = end + 2;
            }
            size_t i = 0;
            columns[i++]->insert(Field(name));
            columns[i++]->insert(Field(entityId(quota.is_sql, "quota", name)));
            columns[i++]->insert(Field(std::string(storageOf(quota.is_sql))));
            columns[i++]->insert(Field(arrayOf(keys)));
            columns[i++]->insert(Field(durations));
            insertRoleList(columns, i, to);
        }
    }
};

class StorageSystemSettingsProfiles final : public StorageSystemAccessTable
{
public:
    StorageSystemSettingsProfiles()
        : StorageSystemAccessTable("settings_profiles", {{"name", "String"}, {"id", "UUID"}, {"storage", "String"}, {"num_elements", "UInt64"},
                                                   {"apply_to_all", "UInt8"}, {"apply_to_list", "Array(String)"}, {"apply_to_except", "Array(String)"}})
    {
    }

protected:
    void fillFrom(MutableColumns & columns, const std::shared_ptr<const access::UsersModel> & model) const override
    {
        for (const auto & [name, profile] : model->profiles)
        {
            access::RoleList to = profile.to;
            if (!profile.is_sql)
                for (const auto & [user_name, user] : model->users)
                    if (!user.is_sql && user.profile == name)
                        to.names.push_back(user_name);
            size_t i = 0;
            columns[i++]->insert(Field(name));
            columns[i++]->insert(Field(entityId(profile.is_sql, "settings_profile", name)));
            columns[i++]->insert(Field(std::string(storageOf(profile.is_sql))));
            columns[i++]->insert(Field(UInt64(profile.is_sql ? profile.elements.size() : profile.parents.size() + profile.settings.size())));
            insertRoleList(columns, i, to);
        }
    }
};
}

void attachAccessTables(interpreters::Database & system)
{
    system.attachTable("users", std::make_shared<StorageSystemUsers>(), "");
    system.attachTable("roles", std::make_shared<StorageSystemRoles>(), "");
    system.attachTable("grants", std::make_shared<StorageSystemGrants>(), "");
    system.attachTable("role_grants", std::make_shared<StorageSystemRoleGrants>(), "");
    system.attachTable("row_policies", std::make_shared<StorageSystemRowPolicies>(), "");
    system.attachTable("quotas", std::make_shared<StorageSystemQuotas>(), "");
    system.attachTable("settings_profiles", std::make_shared<StorageSystemSettingsProfiles>(), "");
}
}
