// One step of a FROM clause: the first table, a joined table with its join, or an ARRAY JOIN.
#pragma once

#include "sql/IAST.h"

namespace datastore::sql
{
struct ASTTablesInSelectQueryElement : IAST
{
    /// ASTTableJoin; null for the first table and for ARRAY JOIN.
    ASTPtr table_join;
    /// ASTTableExpression; null for ARRAY JOIN.
    ASTPtr table_expression;
    /// ASTArrayJoin; set only for ARRAY JOIN.
    ASTPtr array_join;

    std::string getID(char) const override { return "TablesInSelectQueryElement"; }
    ASTPtr clone() const override { return cloneNode(*this); }
    void forEachChildPointer(const std::function<void(ASTPtr &)> & visit) override
    {
        visit(table_join);
        visit(table_expression);
        visit(array_join);
    }
};
}
