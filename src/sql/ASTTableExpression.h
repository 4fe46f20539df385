// One table source of a FROM clause: a table name, a table function call or a subquery
// (each carrying its alias), plus FINAL.
#pragma once

#include "sql/IAST.h"

namespace datastore::sql
{
struct ASTTableExpression : IAST
{
    /// Exactly one of these three is set.
    ASTPtr database_and_table_name; /// ASTIdentifier `db.t`
    ASTPtr table_function; /// ASTFunction `numbers(10)`
    ASTPtr subquery; /// ASTSubquery
    bool final = false;
    /// SAMPLE k [OFFSET m]: each a number literal or a ratio `divide(a, b)` of two.
    ASTPtr sample_size;
    ASTPtr sample_offset;

    std::string getID(char) const override { return "TableExpression"; }
    ASTPtr clone() const override { return cloneNode(*this); }
    void forEachChildPointer(const std::function<void(ASTPtr &)> & visit) override
    {
        visit(database_and_table_name);
        visit(table_function);
        visit(subquery);
        visit(sample_size);
        visit(sample_offset);
    }
};
}
