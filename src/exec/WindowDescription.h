// What WindowStream computes for one window: the sort keys that form partitions and order
// rows, the frame, and the functions evaluated over it. Functions of windows with the same
// definition share one description, so rows are sorted once per distinct window.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "base/WindowFrameKind.h"
#include "exec/ExpressionActions.h"
#include "exec/IWindowFunction.h"
#include "exec/SortDescription.h"

namespace datastore::exec
{
struct WindowFrame
{
    using Type = WindowFrameType;
    using BoundKind = WindowFrameBoundKind;
    struct Bound
    {
        BoundKind kind = BoundKind::Unbounded;
        bool is_preceding = true;
        /// Rows for ROWS, a distance in the ORDER BY column's values for RANGE.
        Float64 offset = 0;
    };

    Type type = Type::Range;
    Bound begin{BoundKind::Unbounded, true, 0};
    Bound end{BoundKind::CurrentRow, false, 0};
    /// Not written in the query: ClickHouse's default, RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW.
    bool is_default = true;
};

struct WindowFunctionDescription
{
    std::string result_name;
    WindowFunctionPtr function;
    Names argument_names;
};

struct WindowDescription
{
    /// As ClickHouse prints the window, for EXPLAIN.
    std::string text;
    SortDescription partition_by;
    SortDescription order_by;
    WindowFrame frame;
    std::vector<WindowFunctionDescription> functions;
};
}
