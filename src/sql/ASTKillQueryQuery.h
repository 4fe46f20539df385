// KILL QUERY WHERE expr [SYNC|ASYNC|TEST].
#pragma once

#include "sql/IAST.h"

namespace datastore::sql
{
struct ASTKillQueryQuery : IAST
{
    ASTPtr where;
    bool sync = false;
    bool test = false;

    std::string getID(char) const override { return "KillQueryQuery"; }
    ASTPtr clone() const override { return cloneNode(*this); }
    void forEachChildPointer(const std::function<void(ASTPtr &)> & visit) override { visit(where); }
};
}
