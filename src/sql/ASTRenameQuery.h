// RENAME TABLE a TO b, c TO d (and EXCHANGE TABLES a AND b).
#pragma once

#include "sql/IAST.h"

namespace datastore::sql
{
struct ASTRenameQuery : IAST
{
    struct Element
    {
        std::string from_database;
        std::string from_table;
        std::string to_database;
        std::string to_table;
    };

    std::vector<Element> elements;
    bool exchange = false;
    bool is_database = false;

    std::string getID(char) const override { return "Rename"; }
    ASTPtr clone() const override { return cloneNode(*this); }
};
}
