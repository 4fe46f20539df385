// A parenthesized SELECT used as an expression or as a table: `(SELECT 1) AS s`.
#pragma once

#include "sql/IAST.h"

namespace datastore::sql
{
struct ASTSubquery : ASTWithAlias
{
    /// ASTSelectWithUnionQuery.
    ASTPtr select;

    std::string getID(char) const override { return "Subquery"; }
    ASTPtr clone() const override { return cloneNode(*this); }
    void forEachChildPointer(const std::function<void(ASTPtr &)> & visit) override { visit(select); }
};
}
