// What one logged-in user may do, fixed at login: the settings their profiles give and the
// constraints on changing them, their current database to start with, their privileges
// (granted by SQL, or all of them, or their databases', for users of users.xml), the row
// policies that filter what they read, and their quota's counters. Every query of the
// session checks its tables against it.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "access/AccessRights.h"
#include "access/AccessType.h"
#include "access/Quota.h"
#include "access/UsersModel.h"

namespace datastore::interpreters
{
class Settings;
}

namespace datastore::access
{
class ContextAccess
{
public:
    /// `quota` may be null (no quota). Keeps `model` alive for `user`. `current_roles`: the
    /// roles SET ROLE enabled, instead of the user's default roles.
    ContextAccess(std::shared_ptr<const UsersModel> model_, const User & user_, std::shared_ptr<QuotaUsage> quota_,
                  const RoleList * current_roles = nullptr);

    /// SET ROLE: throws SET_NON_GRANTED_ROLE for a role of `roles` not granted to the user.
    void checkRolesGranted(const RoleList & roles) const;
    /// The same user with `roles` enabled (SET ROLE); checks them as checkRolesGranted.
    std::shared_ptr<const ContextAccess> withCurrentRoles(const RoleList & roles) const;

    const std::string & getUserName() const { return user.name; }
    const User & getUser() const { return user; }
    /// Settings to apply when a session starts: the default profile's, then the user's
    /// profile's (users.xml), or those of the profiles, roles and SETTINGS of a SQL user.
    std::vector<std::pair<std::string, std::string>> getProfileSettings() const { return profile_settings; }
    /// Null when the user has no quota.
    QuotaUsage * getQuota() const { return quota.get(); }
    const AccessRights & getRights() const { return rights; }
    const std::set<std::string> & getEnabledRoles() const { return enabled_roles; }

    /// Throws ACCESS_DENIED, with ClickHouse's message naming the grant that is missing, when
    /// the user may not do `type` on `database`.`table` (`table` empty for the whole database).
    /// SELECT or INSERT of a table passes with a grant on any of its columns: the columns read
    /// or written are checked by checkColumnsAccess.
    void checkAccess(AccessType type, const std::string & database, const std::string & table = {}) const;
    /// SELECT or INSERT of `columns` of the table; the message names the columns not granted.
    void checkColumnsAccess(AccessType type, const std::string & database, const std::string & table,
                            const std::vector<std::string> & columns) const;
    /// Statements of access control: ACCESS_DENIED naming `grant` ("CREATE USER") unless the
    /// user has access_management (users.xml) or ACCESS MANAGEMENT (SQL).
    void checkAccessManagement(const std::string & grant) const;
    /// GRANT and REVOKE of privileges: the grantor must hold them WITH GRANT OPTION.
    void checkGrantOption(AccessFlags flags, const AccessLevel & level) const;

    /// The condition the user's row policies put on rows of the table, as SQL; empty for none.
    std::string getRowPolicyCondition(const std::string & database, const std::string & table) const;

    /// Throws SETTING_CONSTRAINT_VIOLATION if `changed` (`current` with `name` set anew)
    /// breaks a MIN, MAX or CONST of the user's profiles. Keeping the value is no change.
    void checkSettingConstraint(const std::string & name, const interpreters::Settings & current, const interpreters::Settings & changed) const;
    /// The MIN, MAX or CONST of the user's profiles on setting `name` (by any of its names), or nullptr.
    const SettingsProfileElement * findSettingConstraint(std::string_view name) const;

private:
    [[noreturn]] void throwNotEnoughPrivileges(const std::string & grant) const;

    std::shared_ptr<const UsersModel> model;
    const User & user;
    std::shared_ptr<QuotaUsage> quota;
    std::set<std::string> enabled_roles;
    AccessRights rights;
    std::vector<std::pair<std::string, std::string>> profile_settings;
    /// Settings elements with MIN, MAX or CONST, by setting (an alias's target: a constraint on a
    /// setting holds for all its names).
    std::map<std::string, SettingsProfileElement> constraints;
    /// "db.table" -> condition.
    std::map<std::pair<std::string, std::string>, std::string> row_policy_conditions;
};
}
