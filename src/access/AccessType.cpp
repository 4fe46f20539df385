#include "access/AccessType.h"

#include <array>

namespace datastore::access
{
namespace
{
/// Privileges that GRANT and SHOW GRANTS name as one: a group is printed by its name when
/// all of its flags are present.
struct AccessGroup
{
    const char * name;
    AccessFlags flags;
};
constexpr std::array<AccessGroup, 2> kGroups = {{{"CREATE", kCreateFlags}, {"DROP", kDropFlags}}};
}

const char * accessTypeName(AccessType type)
{
    switch (type)
    {
        case AccessType::Show: return "SHOW";
        case AccessType::Select: return "SELECT";
        case AccessType::Insert: return "INSERT";
        case AccessType::Alter: return "ALTER";
        case AccessType::CreateDatabase: return "CREATE DATABASE";
        case AccessType::CreateTable: return "CREATE TABLE";
        case AccessType::CreateView: return "CREATE VIEW";
        case AccessType::DropDatabase: return "DROP DATABASE";
        case AccessType::DropTable: return "DROP TABLE";
        case AccessType::Truncate: return "TRUNCATE";
        case AccessType::Optimize: return "OPTIMIZE";
        case AccessType::System: return "SYSTEM";
        case AccessType::AccessManagement: return "ACCESS MANAGEMENT";
    }
    return "";
}

AccessFlags accessFlagsOfKeyword(std::string_view keyword)
{
    if (keyword == "ALL" || keyword == "ALL PRIVILEGES")
        return kAllAccessFlags;
    if (keyword == "DROP VIEW")
        return flagOf(AccessType::DropTable);
    for (const auto & group : kGroups)
        if (keyword == group.name)
            return group.flags;
    for (size_t i = 0; i < kAccessTypeCount; ++i)
        if (keyword == accessTypeName(static_cast<AccessType>(i)))
            return flagOf(static_cast<AccessType>(i));
    return 0;
}

std::string formatAccessFlags(AccessFlags flags)
{
    if (flags == kAllAccessFlags)
        return "ALL";
    std::string result;
    auto append = [&](const char * name)
    {
        if (!result.empty())
            result += ", ";
        result += name;
    };
    for (size_t i = 0; i < kAccessTypeCount; ++i)
    {
        AccessFlags flag = flagOf(static_cast<AccessType>(i));
        if (!(flags & flag))
            continue;
        const AccessGroup * whole_group = nullptr;
        for (const auto & group : kGroups)
            if ((group.flags & flag) && (flags & group.flags) == group.flags)
                whole_group = &group;
        if (!whole_group)
            append(accessTypeName(static_cast<AccessType>(i)));
        else if ((whole_group->flags & (flag - 1)) == 0)
            append(whole_group->name);
    }
    return result;
}
}
