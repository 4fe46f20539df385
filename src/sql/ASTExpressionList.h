// A comma-separated list: function arguments, the SELECT list, GROUP BY keys, ...
// The elements are the node's children themselves.
#pragma once

#include "sql/IAST.h"

namespace datastore::sql
{
struct ASTExpressionList : IAST
{
    std::string getID(char) const override { return "ExpressionList"; }
    ASTPtr clone() const override { return cloneNode(*this); }
    void forEachChildPointer(const std::function<void(ASTPtr &)> & visit) override
    {
        for (auto & child : children)
            visit(child);
    }
    void updateChildren() override { }
};
}
