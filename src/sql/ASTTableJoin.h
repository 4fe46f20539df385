// How a table of the FROM clause joins the tables before it: `[GLOBAL] [ANY|ALL|ASOF|SEMI|ANTI]
// [INNER|LEFT|RIGHT|FULL|CROSS] JOIN ... ON expr | USING (cols)`, or a comma.
#pragma once

#include "sql/IAST.h"

namespace datastore::sql
{
struct ASTTableJoin : IAST
{
    enum class Locality { Unspecified, Local, Global };
    enum class Strictness { Unspecified, Any, All, Asof, Semi, Anti };
    enum class Kind { Inner, Left, Right, Full, Cross, Comma };

    Locality locality = Locality::Unspecified;
    Strictness strictness = Strictness::Unspecified;
    Kind kind = Kind::Inner;
    ASTPtr on_expression;
    /// ASTExpressionList of identifiers.
    ASTPtr using_expression_list;

    std::string getID(char) const override { return "TableJoin"; }
    ASTPtr clone() const override { return cloneNode(*this); }
    void forEachChildPointer(const std::function<void(ASTPtr &)> & visit) override
    {
        visit(on_expression);
        visit(using_expression_list);
    }
};
}
