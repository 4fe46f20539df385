// USE db.
#pragma once

#include "sql/IAST.h"

namespace datastore::sql
{
struct ASTUseQuery : IAST
{
    std::string database;

    std::string getID(char delimiter) const override { return "UseQuery" + std::string(1, delimiter) + database; }
    ASTPtr clone() const override { return cloneNode(*this); }
};
}
