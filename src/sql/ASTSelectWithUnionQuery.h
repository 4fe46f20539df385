// SELECTs combined by UNION, EXCEPT and INTERSECT (each ALL, DISTINCT or bare); a plain SELECT
// is a union of one. INTERSECT binds tighter: the parser nests each INTERSECT chain as its own
// node, so one node's operators apply left to right.
#pragma once

#include "sql/ASTQueryWithOutput.h"

namespace datastore::sql
{
struct ASTSelectWithUnionQuery : ASTQueryWithOutput
{
    enum class Mode
    {
        All,
        Distinct,
        Unspecified,
        ExceptAll,
        ExceptDistinct,
        ExceptUnspecified,
        IntersectAll,
        IntersectDistinct,
        IntersectUnspecified,
    };

    /// ASTExpressionList of ASTSelectQuery (or nested ASTSelectWithUnionQuery for parenthesized ones).
    ASTPtr list_of_selects;
    /// modes[i] joins select i and select i + 1.
    std::vector<Mode> union_modes;

    std::string getID(char) const override { return "SelectWithUnionQuery"; }
    ASTPtr clone() const override { return cloneNode(*this); }
    void forEachChildPointer(const std::function<void(ASTPtr &)> & visit) override
    {
        visit(list_of_selects);
        ASTQueryWithOutput::forEachChildPointer(visit);
    }
};
}
