// `{name:Type}`: a placeholder substituted from the query's parameters before analysis.
#pragma once

#include "sql/IAST.h"

namespace datastore::sql
{
struct ASTQueryParameter : ASTWithAlias
{
    std::string name;
    std::string type;

    std::string getID(char delimiter) const override { return "QueryParameter" + std::string(1, delimiter) + name + ":" + type; }
    ASTPtr clone() const override { return cloneNode(*this); }
};
}
