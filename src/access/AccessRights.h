// The privileges granted to one user or role, as GRANT and REVOKE leave them: flags per level
// (everything, a database, a table, a column), each level possibly with GRANT OPTION, and
// partial revokes (REVOKE of a table from a database-wide grant). The most specific level
// that says something about a privilege decides it.
#pragma once

#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "access/AccessType.h"

namespace datastore::access
{
/// A level: database "" is every database (*.*), table "" every table of the database
/// (db.*), column "" every column of the table.
struct AccessLevel
{
    std::string database;
    std::string table;
    std::string column;

    auto operator<=>(const AccessLevel &) const = default;
    /// Whether `other` is this level or lies inside it.
    bool contains(const AccessLevel & other) const;
};

class AccessRights
{
public:
    struct Entry
    {
        AccessFlags granted = 0;
        AccessFlags with_grant_option = 0;
        AccessFlags revoked = 0;
        AccessFlags revoked_grant_option = 0;
    };

    void grant(AccessFlags flags, const AccessLevel & level, bool with_grant_option);
    /// `only_grant_option`: REVOKE GRANT OPTION FOR, which keeps the privilege itself.
    void revoke(AccessFlags flags, const AccessLevel & level, bool only_grant_option);
    /// Adds what `other` grants (a role's privileges to its grantee's).
    void merge(const AccessRights & other);

    bool isGranted(AccessType type, const AccessLevel & level, bool need_grant_option = false) const;
    /// Whether `type` is granted on the table or on any of its columns.
    bool isGrantedOnAnyColumn(AccessType type, const std::string & database, const std::string & table) const;
    bool isEmpty() const { return entries.empty(); }

    /// Levels in order: *.* first, then by database, table and column.
    const std::map<AccessLevel, Entry> & getEntries() const { return entries; }

private:
    /// What the levels above `level` (not itself) decide for each flag: granted, and granted
    /// with grant option.
    void inherited(const AccessLevel & level, AccessFlags & granted, AccessFlags & with_option) const;
    void removeEmpty();

    std::map<AccessLevel, Entry> entries;
};
}
