// SET DEFAULT ROLE {NONE | ALL | ALL EXCEPT r, ... | r, ...} TO user, ..., and SET ROLE
// {DEFAULT | NONE | ALL [EXCEPT r, ...] | r, ...} for the session.
#pragma once

#include "access/RoleList.h"
#include "sql/IAST.h"

namespace datastore::sql
{
struct ASTSetRoleQuery : IAST
{
    access::RoleList roles;
    /// SET DEFAULT ROLE: the users whose default roles change; empty for SET ROLE.
    std::vector<std::string> users;
    /// SET ROLE: of the session, not of users.
    bool is_session = false;
    /// SET ROLE DEFAULT: back to the user's default roles.
    bool is_default = false;

    std::string getID(char) const override { return "SetRoleQuery"; }
    ASTPtr clone() const override { return cloneNode(*this); }
};
}
