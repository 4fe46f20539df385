// Statements of access control: CREATE / ALTER / DROP of users, roles, settings profiles,
// quotas and row policies, GRANT, REVOKE and SET DEFAULT ROLE run through the server's
// AccessControl once the user is allowed; SHOW GRANTS, SHOW CREATE and SHOW USERS/ROLES/...
// print the entities as SQL.
#include <algorithm>

#include "access/AccessControl.h"
#include "access/AccessEntityFormatter.h"
#include "access/AccessStatements.h"
#include "base/Exception.h"
#include "interpreters/Interpreters.h"
#include "sql/ASTCreateAccessEntityQuery.h"
#include "sql/ASTDropAccessEntityQuery.h"
#include "sql/ASTGrantQuery.h"
#include "sql/ASTSetRoleQuery.h"
#include "sql/ASTShowAccessQuery.h"
#include "sql/formatAST.h"

namespace datastore::interpreters
{
namespace
{
using sql::AccessEntityKind;

access::AccessControl & accessControlOf(QueryContext & context)
{
    auto * access_control = context.getServer().getAccessControl();
    if (!access_control)
        throw Exception(ErrorCodes::SUPPORT_IS_DISABLED, "Access control is not available here: datastore local runs without users");
    return *access_control;
}

/// The privilege ClickHouse names when a statement is refused: "CREATE USER", "DROP ROLE", ...
std::string managementGrantOf(const sql::IAST & statement)
{
    auto entity_grant = [](const char * verb, AccessEntityKind kind)
    {
        return std::string(verb) + " " + (kind == AccessEntityKind::SettingsProfile ? "SETTINGS PROFILE" : sql::accessEntityKeyword(kind));
    };
    auto kind_of = [](const sql::IAST & query)
    {
        if (query.as<sql::ASTCreateRoleQuery>())
            return AccessEntityKind::Role;
        if (query.as<sql::ASTCreateSettingsProfileQuery>())
            return AccessEntityKind::SettingsProfile;
        if (query.as<sql::ASTCreateQuotaQuery>())
            return AccessEntityKind::Quota;
        if (query.as<sql::ASTCreateRowPolicyQuery>())
            return AccessEntityKind::RowPolicy;
        return AccessEntityKind::User;
    };
    if (const auto * create = statement.as<sql::ASTCreateAccessEntityQuery>())
        return entity_grant(create->is_alter ? "ALTER" : "CREATE", kind_of(statement));
    if (const auto * drop = statement.as<sql::ASTDropAccessEntityQuery>())
        return entity_grant("DROP", drop->kind);
    if (statement.as<sql::ASTSetRoleQuery>())
        return "ALTER USER";
    return "ROLE ADMIN";
}

/// The grantor of GRANT / REVOKE of privileges must hold them with grant option.
void checkGrantOptions(const sql::ASTGrantQuery & grant, const QueryContext & context)
{
    for (const auto & [flags, level] : access::privilegesOfGrant(grant, context.current_database))
        context.access->checkGrantOption(flags, level);
}

std::vector<std::string> grantsOf(const std::shared_ptr<const access::UsersModel> & model, const std::string & name)
{
    if (auto it = model->users.find(name); it != model->users.end())
    {
        const auto & user = it->second;
        if (user.is_sql)
            return access::formatGrants(name, user.rights, user.granted_roles);
        /// A user of users.xml has the privileges their settings give them.
        access::ContextAccess config_user(model, user, nullptr);
        return access::formatGrants(name, config_user.getRights(), {});
    }
    if (auto it = model->roles.find(name); it != model->roles.end())
        return access::formatGrants(name, it->second.rights, it->second.granted_roles);
    throw Exception(ErrorCodes::UNKNOWN_ROLE, "There is no role `{}` in `user directories`", name);
}

template <typename Map>
const typename Map::mapped_type & findEntity(const Map & map, AccessEntityKind kind, const std::string & name)
{
    auto it = map.find(name);
    if (it != map.end())
        return it->second;
    int code = kind == AccessEntityKind::User ? ErrorCodes::UNKNOWN_USER
        : kind == AccessEntityKind::Role      ? ErrorCodes::UNKNOWN_ROLE
        : kind == AccessEntityKind::Quota     ? ErrorCodes::UNKNOWN_QUOTA
        : kind == AccessEntityKind::RowPolicy ? ErrorCodes::UNKNOWN_ROW_POLICY
                                              : ErrorCodes::THERE_IS_NO_PROFILE;
    throw Exception(code, "There is no {} `{}` in `user directories`", sql::accessEntityName(kind), name);
}

std::string showCreate(const access::UsersModel & model, const sql::ASTShowAccessQuery & show, const std::string & name,
                       const std::string & current_database)
{
    switch (show.entity)
    {
        case AccessEntityKind::User: return access::formatCreateUser(findEntity(model.users, show.entity, name), false);
        case AccessEntityKind::Role: return access::formatCreateRole(findEntity(model.roles, show.entity, name));
        case AccessEntityKind::SettingsProfile:
        {
            const auto & profile = findEntity(model.profiles, show.entity, name);
            if (profile.is_sql)
                return access::formatCreateSettingsProfile(profile);
            /// A profile of users.xml, shown as the elements it would be written with.
            access::SettingsProfile shown = profile;
            for (const auto & parent : profile.parents)
                shown.elements.push_back({.parent_profile = parent});
            for (const auto & [setting, value] : profile.settings)
                shown.elements.push_back({.setting = setting, .value = Field(value)});
            return access::formatCreateSettingsProfile(shown);
        }
        case AccessEntityKind::Quota: return access::formatCreateQuota(findEntity(model.quotas, show.entity, name));
        case AccessEntityKind::RowPolicy:
        {
            access::RowPolicy key;
            key.short_name = name;
            key.database = show.database.empty() ? current_database : show.database;
            key.table = show.table;
            return access::formatCreateRowPolicy(findEntity(model.row_policies, show.entity, key.fullName()));
        }
    }
    return {};
}
}

void executeAccessStatement(const sql::ASTPtr & query, QueryContext & context)
{
    auto & access_control = accessControlOf(context);
    if (const auto * set_role = query->as<sql::ASTSetRoleQuery>(); set_role && set_role->is_session)
    {
        if (!context.access)
            return;
        std::optional<access::RoleList> roles;
        if (!set_role->is_default)
        {
            roles = set_role->roles;
            context.access->checkRolesGranted(*roles);
        }
        /// Without a session (HTTP without session_id) there is nothing for it to last in.
        if (context.session)
            context.session->current_roles = roles;
        return;
    }
    if (context.access)
    {
        const auto * grant = query->as<sql::ASTGrantQuery>();
        const auto * set_role = query->as<sql::ASTSetRoleQuery>();
        bool is_own_default_role = set_role && set_role->users == std::vector<std::string>{context.access->getUserName()};
        if (grant && grant->roles.empty())
            checkGrantOptions(*grant, context);
        else if (!is_own_default_role)
            context.access->checkAccessManagement(managementGrantOf(*query));
    }
    access_control.execute(*query, context.current_database);
}

exec::BlockStreamPtr executeShowAccess(const sql::ASTPtr & query, QueryContext & context)
{
    const auto & show = *query->as<sql::ASTShowAccessQuery>();
    auto model = accessControlOf(context).getModel();
    std::string current_user = context.access ? context.access->getUserName() : context.user;
    std::vector<std::string> names = show.names;
    bool is_about_self = names.empty() || names == std::vector<std::string>{current_user};
    bool needs_management = show.kind == sql::ASTShowAccessQuery::Kind::List
        || ((show.kind == sql::ASTShowAccessQuery::Kind::Grants || show.entity == AccessEntityKind::User) ? !is_about_self : true);
    if (show.kind == sql::ASTShowAccessQuery::Kind::Create && show.entity == AccessEntityKind::Quota && names.empty())
        needs_management = false;
    if (context.access && needs_management)
        context.access->checkAccessManagement(show.kind == sql::ASTShowAccessQuery::Kind::Grants || show.entity == AccessEntityKind::User ? "SHOW USERS"
                                                                                                                                        : "SHOW ACCESS");

    std::vector<std::vector<std::string>> rows;
    switch (show.kind)
    {
        case sql::ASTShowAccessQuery::Kind::Grants:
        {
            if (names.empty())
                names = {current_user};
            std::string header = "GRANTS FOR ";
            for (size_t i = 0; i < names.size(); ++i)
            {
                header += (i ? ", " : "") + sql::backQuoteIfNeed(names[i]);
                for (auto & statement : grantsOf(model, names[i]))
                    rows.push_back({std::move(statement)});
            }
            return makeStringResult({header}, rows);
        }
        case sql::ASTShowAccessQuery::Kind::Create:
        {
            if (names.empty() && show.entity == AccessEntityKind::User)
                names = {current_user};
            if (names.empty() && show.entity == AccessEntityKind::Quota)
            {
                const auto * quota = context.access ? context.access->getQuota() : nullptr;
                if (quota)
                    names = {quota->getQuota().name};
            }
            if (names.empty())
                throw Exception(ErrorCodes::BAD_ARGUMENTS, "SHOW CREATE {} needs a name", sql::accessEntityKeyword(show.entity));
            std::string header = std::string("CREATE ") + sql::accessEntityKeyword(show.entity) + " " + sql::backQuoteIfNeed(names[0]);
            for (const auto & name : names)
                rows.push_back({showCreate(*model, show, name, context.current_database)});
            return makeStringResult({header}, rows);
        }
        case sql::ASTShowAccessQuery::Kind::List:
        {
            auto add_names = [&](const auto & map)
            {
                for (const auto & [name, _] : map)
                    rows.push_back({name});
            };
            switch (show.entity)
            {
                case AccessEntityKind::User: add_names(model->users); break;
                case AccessEntityKind::Role: add_names(model->roles); break;
                case AccessEntityKind::SettingsProfile: add_names(model->profiles); break;
                case AccessEntityKind::Quota: add_names(model->quotas); break;
                case AccessEntityKind::RowPolicy: add_names(model->row_policies); break;
            }
            return makeStringResult({"name"}, rows);
        }
    }
    return nullptr;
}
}
