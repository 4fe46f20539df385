// The privileges a query needs, named as ClickHouse names them in its grants and in its
// "Not enough privileges" errors. A set of privileges is a bit mask (AccessFlags), in the
// order SHOW GRANTS lists them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace datastore::access
{
enum class AccessType
{
    Show,
    Select,
    Insert,
    Alter,
    CreateDatabase,
    CreateTable,
    CreateView,
    DropDatabase,
    DropTable,
    Truncate,
    Optimize,
    System,
    AccessManagement,
};
inline constexpr size_t kAccessTypeCount = 13;

using AccessFlags = uint32_t;

inline constexpr AccessFlags flagOf(AccessType type)
{
    return AccessFlags(1) << static_cast<unsigned>(type);
}

inline constexpr AccessFlags kAllAccessFlags = (AccessFlags(1) << kAccessTypeCount) - 1;
inline constexpr AccessFlags kCreateFlags = flagOf(AccessType::CreateDatabase) | flagOf(AccessType::CreateTable) | flagOf(AccessType::CreateView);
inline constexpr AccessFlags kDropFlags = flagOf(AccessType::DropDatabase) | flagOf(AccessType::DropTable);
/// What may be granted on one table (ClickHouse's table level), and on its columns.
inline constexpr AccessFlags kTableLevelFlags = flagOf(AccessType::Show) | flagOf(AccessType::Select) | flagOf(AccessType::Insert)
    | flagOf(AccessType::Alter) | flagOf(AccessType::CreateTable) | flagOf(AccessType::CreateView) | flagOf(AccessType::DropTable)
    | flagOf(AccessType::Truncate) | flagOf(AccessType::Optimize);
inline constexpr AccessFlags kColumnLevelFlags = flagOf(AccessType::Select) | flagOf(AccessType::Insert);
/// What may be granted on a database: all but the global privileges.
inline constexpr AccessFlags kDatabaseLevelFlags = kAllAccessFlags & ~flagOf(AccessType::System) & ~flagOf(AccessType::AccessManagement);

const char * accessTypeName(AccessType type);

/// The flags a privilege keyword of GRANT names ("SELECT", "CREATE", "ALL", "DROP VIEW", ...);
/// 0 when the keyword is not a privilege.
AccessFlags accessFlagsOfKeyword(std::string_view keyword);

/// "SELECT, INSERT", "CREATE", "ALL": the flags by ClickHouse's names, groups named whole.
std::string formatAccessFlags(AccessFlags flags);
}
