// `[LEFT] ARRAY JOIN arr AS x, ...`: unfolds arrays into rows.
#pragma once

#include "sql/IAST.h"

namespace datastore::sql
{
struct ASTArrayJoin : IAST
{
    bool is_left = false;
    /// ASTExpressionList of the arrays, with their aliases.
    ASTPtr expression_list;

    std::string getID(char) const override { return "ArrayJoin"; }
    ASTPtr clone() const override { return cloneNode(*this); }
    void forEachChildPointer(const std::function<void(ASTPtr &)> & visit) override { visit(expression_list); }
};
}
