// One rule of a TTL clause: `expr [DELETE] [WHERE cond]` (DELETE is the default and is not
// printed back, as ClickHouse prints it).
#pragma once

#include "sql/IAST.h"

namespace datastore::sql
{
struct ASTTTLElement : IAST
{
    ASTPtr expression;
    ASTPtr where;

    std::string getID(char) const override { return "TTLElement"; }
    ASTPtr clone() const override { return cloneNode(*this); }
    void forEachChildPointer(const std::function<void(ASTPtr &)> & visit) override
    {
        visit(expression);
        visit(where);
    }
};
}
