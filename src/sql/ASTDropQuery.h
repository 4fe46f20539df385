// DROP / DETACH / TRUNCATE of a database, table, view or dictionary.
#pragma once

#include "sql/IAST.h"

namespace datastore::sql
{
struct ASTDropQuery : IAST
{
    enum class Kind { Drop, Detach, Truncate };

    Kind kind = Kind::Drop;
    bool is_database = false;
    bool is_view = false;
    bool is_dictionary = false;
    bool is_temporary = false;
    bool if_exists = false;
    bool sync = false;
    bool permanently = false;
    std::string database;
    std::string table;

    std::string getID(char delimiter) const override
    {
        static const char * names[] = {"DropQuery", "DetachQuery", "TruncateQuery"};
        return names[static_cast<int>(kind)] + std::string(1, delimiter) + database + (table.empty() ? "" : "." + table);
    }
    ASTPtr clone() const override { return cloneNode(*this); }
};
}
