// KILL QUERY|MUTATION WHERE expr [SYNC|ASYNC|TEST].
#pragma once

#include "sql/ASTQueryWithOutput.h"

namespace datastore::sql
{
struct ASTKillQueryQuery : ASTQueryWithOutput
{
    ASTPtr where;
    bool sync = false;
    bool test = false;
    /// KILL MUTATION: the WHERE filters system.mutations.
    bool is_mutation = false;

    std::string getID(char) const override { return "KillQueryQuery"; }
    ASTPtr clone() const override { return cloneNode(*this); }
    void forEachChildPointer(const std::function<void(ASTPtr &)> & visit) override
    {
        visit(where);
        ASTQueryWithOutput::forEachChildPointer(visit);
    }
};
}
