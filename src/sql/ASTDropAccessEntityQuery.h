// DROP USER | ROLE | SETTINGS PROFILE | QUOTA | ROW POLICY [IF EXISTS] name, ... [ON db.table].
#pragma once

#include <string>
#include <vector>

#include "sql/AccessEntityKind.h"
#include "sql/IAST.h"

namespace datastore::sql
{
struct ASTDropAccessEntityQuery : IAST
{
    AccessEntityKind kind = AccessEntityKind::User;
    bool if_exists = false;
    std::vector<std::string> names;
    /// Row policies: ON db.table (database empty for the current one).
    std::string database;
    std::string table;

    std::string getID(char) const override { return "DropAccessEntityQuery"; }
    ASTPtr clone() const override { return cloneNode(*this); }
};
}
