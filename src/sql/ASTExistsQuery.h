// EXISTS [TEMPORARY] [TABLE|VIEW|DICTIONARY] t, EXISTS DATABASE d.
#pragma once

#include "sql/ASTQueryWithOutput.h"

namespace datastore::sql
{
struct ASTExistsQuery : ASTQueryWithOutput
{
    enum class Kind { Table, View, Dictionary, Database };

    Kind kind = Kind::Table;
    bool temporary = false;
    std::string database;
    std::string table;

    std::string getID(char) const override { return "ExistsQuery"; }
    ASTPtr clone() const override { return cloneNode(*this); }
};
}
