// EXPLAIN [AST|SYNTAX|PLAN|PIPELINE|ESTIMATE] [setting = value, ...] query.
#pragma once

#include "sql/ASTQueryWithOutput.h"

namespace datastore::sql
{
struct ASTExplainQuery : ASTQueryWithOutput
{
    enum class Kind { AST, Syntax, Plan, Pipeline, Estimate };

    Kind kind = Kind::Plan;
    /// ASTSetQuery of the EXPLAIN's own settings (`EXPLAIN PLAN header = 1 ...`).
    ASTPtr settings;
    ASTPtr query;

    std::string getID(char) const override { return "Explain"; }
    ASTPtr clone() const override { return cloneNode(*this); }
    void forEachChildPointer(const std::function<void(ASTPtr &)> & visit) override
    {
        visit(settings);
        visit(query);
        ASTQueryWithOutput::forEachChildPointer(visit);
    }
};
}
