// What CREATE and ALTER of every access entity (USER, ROLE, SETTINGS PROFILE, QUOTA, ROW
// POLICY) have in common: the names, IF [NOT] EXISTS / OR REPLACE, RENAME TO and SETTINGS.
// The clauses are plain data of access/ (header-only), which the statements fill in.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "access/RoleList.h"
#include "access/SettingsProfileElement.h"
#include "sql/IAST.h"

namespace datastore::sql
{
struct ASTCreateAccessEntityQuery : IAST
{
    bool is_alter = false;
    bool if_exists = false;
    bool if_not_exists = false;
    bool or_replace = false;
    std::vector<std::string> names;
    std::string new_name;
    /// SETTINGS ...; nullopt when not written (ALTER keeps the current ones).
    std::optional<std::vector<access::SettingsProfileElement>> settings;
};

struct ASTCreateUserQuery : ASTCreateAccessEntityQuery
{
    /// IDENTIFIED WITH type BY 'value': ClickHouse's type name (plaintext_password,
    /// sha256_password, sha256_hash, ...) and the password or hash.
    std::optional<std::pair<std::string, std::string>> authentication;
    /// HOST clauses: (ANY|LOCAL|NONE|IP|NAME|REGEXP, value).
    std::optional<std::vector<std::pair<std::string, std::string>>> hosts;
    std::optional<access::RoleList> default_roles;
    std::optional<std::string> default_database;

    std::string getID(char) const override { return "CreateUserQuery"; }
    ASTPtr clone() const override { return cloneNode(*this); }
};

struct ASTCreateRoleQuery : ASTCreateAccessEntityQuery
{
    std::string getID(char) const override { return "CreateRoleQuery"; }
    ASTPtr clone() const override { return cloneNode(*this); }
};

struct ASTCreateSettingsProfileQuery : ASTCreateAccessEntityQuery
{
    std::optional<access::RoleList> to;

    std::string getID(char) const override { return "CreateSettingsProfileQuery"; }
    ASTPtr clone() const override { return cloneNode(*this); }
};

struct ASTCreateQuotaQuery : ASTCreateAccessEntityQuery
{
    /// FOR INTERVAL n unit MAX resource = value, ... | NO LIMITS | TRACKING ONLY.
    struct Interval
    {
        UInt64 seconds = 0;
        /// (resource name as written, value); empty for NO LIMITS / TRACKING ONLY.
        std::vector<std::pair<std::string, Field>> limits;
    };
    /// KEYED BY ...: "user_name", "ip_address", "client_key", "client_key, user_name", ...;
    /// "" for NOT KEYED.
    std::optional<std::string> keyed_by;
    std::optional<std::vector<Interval>> intervals;
    std::optional<access::RoleList> to;

    std::string getID(char) const override { return "CreateQuotaQuery"; }
    ASTPtr clone() const override { return cloneNode(*this); }
};

struct ASTCreateRowPolicyQuery : ASTCreateAccessEntityQuery
{
    /// ON db.table; the database is empty when not written (the current one).
    std::string database;
    std::string table;
    ASTPtr condition;
    std::optional<bool> is_restrictive;
    std::optional<access::RoleList> to;

    std::string getID(char) const override { return "CreateRowPolicyQuery"; }
    ASTPtr clone() const override { return cloneNode(*this); }
    void forEachChildPointer(const std::function<void(ASTPtr &)> & visit) override { visit(condition); }
};
}
