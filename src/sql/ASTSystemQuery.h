// SYSTEM <action> [db.t]: STOP MERGES, START MERGES, FLUSH LOGS, DROP MARK CACHE, ...
#pragma once

#include "sql/IAST.h"

namespace datastore::sql
{
struct ASTSystemQuery : IAST
{
    /// The action words upper-cased and joined by spaces, e.g. "STOP MERGES".
    std::string action;
    std::string database;
    std::string table;

    std::string getID(char) const override { return "SYSTEM query"; }
    ASTPtr clone() const override { return cloneNode(*this); }
};
}
