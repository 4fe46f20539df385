// Turns a WHERE/HAVING result column into a byte mask: UInt8 as is, any other number as
// "not zero", NULL as false, a constant as all-or-nothing.
#pragma once

#include "columns/Block.h"

namespace datastore::exec
{
struct FilterMask
{
    /// Set when the filter is a constant: every row is kept (true) or dropped (false).
    bool is_constant = false;
    bool constant_value = false;
    Filter mask;
    size_t kept = 0;
};

/// Throws ILLEGAL_TYPE_OF_COLUMN_FOR_FILTER for columns that are not numbers.
FilterMask buildFilterMask(const ColumnWithTypeAndName & column);

/// The filter as a full UInt8 column of 0 and 1 over `rows` rows (constants expanded).
ColumnPtr buildFilterColumn(const ColumnWithTypeAndName & column, size_t rows);

/// Narrows `mask` to the rows `next` keeps too (both over the same rows).
void intersectFilterMask(FilterMask & mask, const FilterMask & next);

/// Keeps the rows of every column whose mask byte is set.
Block applyFilterMask(const Block & block, const FilterMask & filter);
}
