// The vocabulary of window frames, shared by the syntax tree (sql/ASTWindowDefinition) and
// the executor (exec/WindowDescription): ROWS or RANGE, and what a bound is.
#pragma once

namespace datastore
{
enum class WindowFrameType
{
    Rows,
    Range,
};

/// UNBOUNDED PRECEDING/FOLLOWING, CURRENT ROW, or `n PRECEDING/FOLLOWING`.
enum class WindowFrameBoundKind
{
    Unbounded,
    CurrentRow,
    Offset,
};
}
