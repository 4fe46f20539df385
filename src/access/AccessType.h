// The privileges a query needs, named as ClickHouse names them in its grants and in its
// "Not enough privileges" errors.
#pragma once

namespace datastore::access
{
enum class AccessType
{
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
};

inline const char * accessTypeName(AccessType type)
{
    switch (type)
    {
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
    }
    return "";
}
}
