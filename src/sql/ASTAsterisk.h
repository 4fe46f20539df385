// `*` in a SELECT list or in count(*).
#pragma once

#include "sql/IAST.h"

namespace datastore::sql
{
struct ASTAsterisk : IAST
{
    std::string getID(char) const override { return "Asterisk"; }
    ASTPtr clone() const override { return cloneNode(*this); }
};
}
