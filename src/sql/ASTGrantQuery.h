// GRANT / REVOKE of privileges (SELECT(a, b) ON db.t, ALL ON *.*) or of roles, to or from users
// and roles, with GRANT OPTION / ADMIN OPTION.
#pragma once

#include <string>
#include <vector>

#include "access/RoleList.h"
#include "sql/IAST.h"

namespace datastore::sql
{
struct ASTGrantQuery : IAST
{
    /// A privilege as written: "SELECT", "CREATE TABLE", "ALL" (upper case), with its
    /// columns: SELECT(a, b).
    struct Privilege
    {
        std::string keyword;
        std::vector<std::string> columns;
    };
    /// The privileges of one ON clause.
    struct Element
    {
        std::vector<Privilege> privileges;
        /// ON *.*: any_database; ON db.* / ON *: any_table; database empty for the current one.
        bool any_database = false;
        bool any_table = false;
        std::string database;
        std::string table;
    };

    bool is_revoke = false;
    /// Privileges granted (elements) or roles granted (roles), never both.
    std::vector<Element> elements;
    std::vector<std::string> roles;
    access::RoleList grantees;
    /// WITH GRANT OPTION / WITH ADMIN OPTION, or for REVOKE: GRANT OPTION FOR / ADMIN OPTION FOR.
    bool with_option = false;

    std::string getID(char) const override { return is_revoke ? "RevokeQuery" : "GrantQuery"; }
    ASTPtr clone() const override { return cloneNode(*this); }
};
}
