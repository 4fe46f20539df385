// A row policy (CREATE ROW POLICY): the condition rows of one table must pass for the users
// it applies to. Permissive policies of a table are OR-ed, restrictive ones AND-ed to that.
#pragma once

#include <string>

#include "access/RoleList.h"

namespace datastore::access
{
struct RowPolicy
{
    std::string short_name;
    std::string database;
    std::string table;
    /// The USING condition as SQL text.
    std::string condition;
    bool is_restrictive = false;
    RoleList to;

    /// "name ON db.table", how ClickHouse names a policy in system.row_policies.
    std::string fullName() const { return short_name + " ON " + database + "." + table; }
};
}
