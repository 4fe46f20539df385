// `t.*`: every column of one table of the FROM clause.
#pragma once

#include "sql/IAST.h"

namespace datastore::sql
{
struct ASTQualifiedAsterisk : IAST
{
    /// ASTIdentifier naming the table.
    ASTPtr qualifier;

    std::string getID(char) const override { return "QualifiedAsterisk"; }
    ASTPtr clone() const override { return cloneNode(*this); }
    void forEachChildPointer(const std::function<void(ASTPtr &)> & visit) override { visit(qualifier); }
};
}
