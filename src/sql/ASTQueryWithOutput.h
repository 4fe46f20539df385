// Statements that return rows and so accept a trailing `FORMAT Name` and `SETTINGS ...`
// (SELECT, SHOW, DESCRIBE, EXISTS, EXPLAIN), as ClickHouse's ASTQueryWithOutput.
#pragma once

#include "sql/IAST.h"

namespace datastore::sql
{
struct ASTQueryWithOutput : IAST
{
    /// The output format named by `FORMAT Name`; empty when not given.
    std::string format;
    /// ASTSetQuery of the SETTINGS written after FORMAT (or after the whole statement).
    ASTPtr output_settings;

    void forEachChildPointer(const std::function<void(ASTPtr &)> & visit) override { visit(output_settings); }
};
}
