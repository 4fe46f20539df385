// ALTER TABLE db.t command, command, ...
#pragma once

#include "sql/IAST.h"

namespace datastore::sql
{
struct ASTAlterQuery : IAST
{
    std::string database;
    std::string table;
    /// ASTExpressionList of ASTAlterCommand.
    ASTPtr commands;

    std::string getID(char delimiter) const override { return "AlterQuery" + std::string(1, delimiter) + database + "." + table; }
    ASTPtr clone() const override { return cloneNode(*this); }
    void forEachChildPointer(const std::function<void(ASTPtr &)> & visit) override { visit(commands); }
};
}
