// A window: `(w PARTITION BY a ORDER BY b ROWS BETWEEN 1 PRECEDING AND CURRENT ROW)` after
// OVER or in a WINDOW clause. A frame that was not written stays the default, which ClickHouse
// does not print: RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW.
#pragma once

#include "base/WindowFrameKind.h"
#include "sql/IAST.h"

namespace datastore::sql
{
struct ASTWindowDefinition : IAST
{
    using FrameType = WindowFrameType;
    using BoundKind = WindowFrameBoundKind;
    struct FrameBound
    {
        BoundKind kind = BoundKind::Unbounded;
        bool is_preceding = true;
    };

    /// `(w ORDER BY x)` extends window `w` of the WINDOW clause.
    std::string parent_window_name;
    ASTPtr partition_by; /// ASTExpressionList
    ASTPtr order_by; /// ASTExpressionList of ASTOrderByElement
    bool frame_is_default = true;
    FrameType frame_type = FrameType::Range;
    FrameBound frame_begin{BoundKind::Unbounded, true};
    FrameBound frame_end{BoundKind::CurrentRow, false};
    ASTPtr frame_begin_offset; /// for BoundKind::Offset: the `n` of `n PRECEDING`
    ASTPtr frame_end_offset;

    std::string getID(char) const override { return "WindowDefinition"; }
    ASTPtr clone() const override { return cloneNode(*this); }
    void forEachChildPointer(const std::function<void(ASTPtr &)> & visit) override
    {
        for (ASTPtr * member : {&partition_by, &order_by, &frame_begin_offset, &frame_end_offset})
            visit(*member);
    }
};

/// `w AS (...)`, one element of a WINDOW clause.
struct ASTWindowListElement : IAST
{
    std::string name;
    /// ASTWindowDefinition.
    ASTPtr definition;

    std::string getID(char delimiter) const override { return "WindowListElement" + std::string(1, delimiter) + name; }
    ASTPtr clone() const override { return cloneNode(*this); }
    void forEachChildPointer(const std::function<void(ASTPtr &)> & visit) override { visit(definition); }
};
}
