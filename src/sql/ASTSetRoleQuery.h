// SET DEFAULT ROLE {NONE | ALL | ALL EXCEPT r, ... | r, ...} TO user, ...
#pragma once

#include "access/RoleList.h"
#include "sql/IAST.h"

namespace datastore::sql
{
struct ASTSetRoleQuery : IAST
{
    access::RoleList roles;
    std::vector<std::string> users;

    std::string getID(char) const override { return "SetRoleQuery"; }
    ASTPtr clone() const override { return cloneNode(*this); }
};
}
