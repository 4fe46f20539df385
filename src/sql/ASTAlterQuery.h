// ALTER TABLE db.t [ON CLUSTER c] command, command, ... and lightweight DELETE FROM db.t WHERE
// cond, which runs as ALTER TABLE db.t DELETE WHERE cond. Trailing SETTINGS apply to the query.
#pragma once

#include "sql/ASTQueryWithOutput.h"

namespace datastore::sql
{
struct ASTAlterQuery : ASTQueryWithOutput
{
    std::string database;
    std::string table;
    /// ASTExpressionList of ASTAlterCommand.
    ASTPtr commands;
    /// DELETE FROM t WHERE cond.
    bool is_lightweight_delete = false;

    std::string getID(char delimiter) const override { return "AlterQuery" + std::string(1, delimiter) + database + "." + table; }
    ASTPtr clone() const override { return cloneNode(*this); }
    void forEachChildPointer(const std::function<void(ASTPtr &)> & visit) override
    {
        visit(commands);
        ASTQueryWithOutput::forEachChildPointer(visit);
    }
};
}
