// Setting changes: the `SET a = 1, b = 'x'` statement, and the SETTINGS clause of SELECT,
// INSERT, CREATE (storage settings) and EXPLAIN.
#pragma once

#include <utility>

#include "base/Field.h"
#include "sql/IAST.h"

namespace datastore::sql
{
struct ASTSetQuery : IAST
{
    std::vector<std::pair<std::string, Field>> changes;
    /// True for the SET statement, false for a SETTINGS clause.
    bool is_standalone = true;

    std::string getID(char) const override { return "Set"; }
    ASTPtr clone() const override { return cloneNode(*this); }
};
}
