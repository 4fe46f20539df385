// A table constraint of CREATE TABLE: `CONSTRAINT name CHECK expr` or `CONSTRAINT name ASSUME expr`.
#pragma once

#include "sql/IAST.h"

namespace datastore::sql
{
struct ASTConstraintDeclaration : IAST
{
    std::string name;
    bool is_assume = false;
    ASTPtr expression;

    std::string getID(char delimiter) const override { return "Constraint" + std::string(1, delimiter) + name; }
    ASTPtr clone() const override { return cloneNode(*this); }
    void forEachChildPointer(const std::function<void(ASTPtr &)> & visit) override { visit(expression); }
};
}
