// The SHOW statements of access control: SHOW GRANTS [FOR x, ...], SHOW CREATE USER | ROLE |
// SETTINGS PROFILE | QUOTA | ROW POLICY name, and SHOW USERS | ROLES | PROFILES | QUOTAS | POLICIES.
#pragma once

#include <string>
#include <vector>

#include "sql/ASTQueryWithOutput.h"
#include "sql/AccessEntityKind.h"

namespace datastore::sql
{
struct ASTShowAccessQuery : ASTQueryWithOutput
{
    enum class Kind
    {
        Grants,
        Create,
        List,
    };
    Kind kind = Kind::Grants;
    AccessEntityKind entity = AccessEntityKind::User;
    /// SHOW GRANTS FOR / SHOW CREATE: the names; empty for the current user.
    std::vector<std::string> names;
    /// SHOW CREATE ROW POLICY name ON db.table.
    std::string database;
    std::string table;

    std::string getID(char) const override { return "ShowAccessQuery"; }
    ASTPtr clone() const override { return cloneNode(*this); }
};
}
