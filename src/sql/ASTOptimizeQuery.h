// OPTIMIZE TABLE t [PARTITION expr] [FINAL] [DEDUPLICATE].
#pragma once

#include "sql/IAST.h"

namespace datastore::sql
{
struct ASTOptimizeQuery : IAST
{
    std::string database;
    std::string table;
    ASTPtr partition;
    bool final = false;
    bool deduplicate = false;
    /// OPTIMIZE ... FINAL CLEANUP: ReplacingMergeTree's deleted rows are left out of the merge.
    bool cleanup = false;

    std::string getID(char delimiter) const override { return "OptimizeQuery" + std::string(1, delimiter) + database + "." + table; }
    ASTPtr clone() const override { return cloneNode(*this); }
    void forEachChildPointer(const std::function<void(ASTPtr &)> & visit) override { visit(partition); }
};
}
