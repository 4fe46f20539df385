// One SELECT: every clause as its own optional sub-tree, in ClickHouse's clause order.
#pragma once

#include "sql/IAST.h"

namespace datastore::sql
{
struct ASTSelectQuery : IAST
{
    bool distinct = false;
    bool group_by_with_totals = false;
    bool group_by_with_rollup = false;
    bool group_by_with_cube = false;
    /// GROUP BY GROUPING SETS ((a, b), (a), ()): group_by holds one ASTExpressionList per set.
    bool group_by_with_grouping_sets = false;
    /// LIMIT n WITH TIES: also the rows after the n-th that sort equal to it.
    bool limit_with_ties = false;

    ASTPtr with; /// ASTExpressionList
    ASTPtr select; /// ASTExpressionList
    ASTPtr tables; /// ASTExpressionList of ASTTablesInSelectQueryElement
    ASTPtr prewhere;
    ASTPtr where;
    ASTPtr group_by; /// ASTExpressionList
    ASTPtr having;
    ASTPtr window; /// ASTExpressionList of ASTWindowListElement
    ASTPtr qualify; /// a filter on the rows after window functions
    ASTPtr order_by; /// ASTExpressionList of ASTOrderByElement
    ASTPtr interpolate; /// ASTExpressionList: `column` or `expression AS column`, after WITH FILL
    ASTPtr limit_by_offset;
    ASTPtr limit_by_length;
    ASTPtr limit_by; /// ASTExpressionList
    ASTPtr limit_offset;
    ASTPtr limit_length;
    ASTPtr settings; /// ASTSetQuery

    std::string getID(char) const override { return "SelectQuery"; }
    ASTPtr clone() const override { return cloneNode(*this); }
    void forEachChildPointer(const std::function<void(ASTPtr &)> & visit) override
    {
        for (ASTPtr * member : {&with, &select, &tables, &prewhere, &where, &group_by, &having, &window, &qualify, &order_by, &interpolate, &limit_by_offset,
                                &limit_by_length, &limit_by, &limit_offset, &limit_length, &settings})
            visit(*member);
    }
};
}
