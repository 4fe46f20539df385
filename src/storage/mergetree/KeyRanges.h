// What index analysis knows about a query's filter: a conjunction of ranges over single
// columns (a >= 5, d = '2026-02-01', id < 100). Granules whose primary-key span and parts
// whose minmax span cannot meet every range are skipped; the query still filters rows.
#pragma once

#include "columns/IColumn.h"
#include "storage/ColumnsDescription.h"

#include <string>
#include <vector>

namespace datastore::storage
{
struct KeyColumnRange
{
    std::string column;
    /// One-row columns of the column's type; null means unbounded on that side.
    ColumnPtr left;
    bool left_included = true;
    ColumnPtr right;
    bool right_included = true;

    /// Whether some value between row min_row of min_column and row max_row of max_column
    /// (both inclusive, columns of the range's type) may lie in the range.
    bool mayIntersect(const IColumn & min_column, size_t min_row, const IColumn & max_column, size_t max_row) const;
    /// Whether every value between those two rows lies in the range.
    bool contains(const IColumn & min_column, size_t min_row, const IColumn & max_column, size_t max_row) const;
};

/// The literal as a one-row column of `type`, or null when the type cannot hold it exactly.
ColumnPtr literalAsColumn(const Field & literal, const DataTypePtr & type);

struct KeyRanges
{
    std::vector<KeyColumnRange> ranges;

    bool empty() const { return ranges.empty(); }
    /// Every range on `column` must meet [min, max] for the span to be kept.
    bool
    mayIntersect(const std::string & column, const IColumn & min_column, size_t min_row, const IColumn & max_column, size_t max_row) const;
    bool constrains(const std::string & column) const;

    /// Extracts ranges from a WHERE AST: the AND of comparisons (=, <, <=, >, >=) between a
    /// column and a literal whose value the column's type holds exactly. Anything else is
    /// ignored, which only means less skipping.
    static KeyRanges fromFilter(const sql::ASTPtr & filter, const ColumnsDescription & columns);
};
}
