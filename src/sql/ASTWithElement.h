// `name AS (SELECT ...)` in a WITH clause: a named subquery usable as a table, unlike
// `(SELECT ...) AS name`, which is a scalar.
#pragma once

#include "sql/IAST.h"

namespace datastore::sql
{
struct ASTWithElement : IAST
{
    std::string name;
    /// ASTSubquery.
    ASTPtr subquery;

    std::string getID(char delimiter) const override { return "WithElement" + std::string(1, delimiter) + name; }
    ASTPtr clone() const override { return cloneNode(*this); }
    void forEachChildPointer(const std::function<void(ASTPtr &)> & visit) override { visit(subquery); }
};
}
