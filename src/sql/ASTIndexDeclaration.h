// A data-skipping index of CREATE TABLE: `INDEX name expr TYPE minmax GRANULARITY 1`.
#pragma once

#include "base/Types.h"
#include "sql/IAST.h"

namespace datastore::sql
{
struct ASTIndexDeclaration : IAST
{
    std::string name;
    ASTPtr expression;
    /// ASTFunction: `minmax`, `bloom_filter(0.01)`, `set(100)`.
    ASTPtr type;
    /// 0 when GRANULARITY was not written (ClickHouse then uses 1).
    UInt64 granularity = 0;

    std::string getID(char delimiter) const override { return "Index" + std::string(1, delimiter) + name; }
    ASTPtr clone() const override { return cloneNode(*this); }
    void forEachChildPointer(const std::function<void(ASTPtr &)> & visit) override
    {
        visit(expression);
        visit(type);
    }
};
}
