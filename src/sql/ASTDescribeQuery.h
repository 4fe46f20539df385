// DESCRIBE [TABLE] t, DESC t, DESCRIBE (SELECT ...), DESCRIBE numbers(10).
#pragma once

#include "sql/ASTQueryWithOutput.h"

namespace datastore::sql
{
struct ASTDescribeQuery : ASTQueryWithOutput
{
    /// ASTTableExpression.
    ASTPtr table_expression;

    std::string getID(char) const override { return "DescribeQuery"; }
    ASTPtr clone() const override { return cloneNode(*this); }
    void forEachChildPointer(const std::function<void(ASTPtr &)> & visit) override
    {
        visit(table_expression);
        ASTQueryWithOutput::forEachChildPointer(visit);
    }
};
}
