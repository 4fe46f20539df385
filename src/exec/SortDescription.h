// ORDER BY as the executor sees it: columns with a direction and where NULLs go.
#pragma once

#include <string>
#include <vector>

#include "columns/Block.h"

namespace datastore::exec
{
struct SortColumn
{
    std::string name;
    /// 1 ascending, -1 descending.
    int direction = 1;
    /// Where NULLs and NaNs sort before the direction is applied: 1 as if greater than every
    /// value, -1 as if less. ClickHouse sets it to the direction (NULLS LAST) unless told otherwise.
    int nulls_direction = 1;
};
using SortDescription = std::vector<SortColumn>;

/// Stable permutation of the block's rows by the description; the first `limit` are exact (0 = all).
Permutation sortPermutation(const Block & block, const SortDescription & description, size_t limit);
/// Compares row a of block x with row b of block y by the description.
int compareRows(const std::vector<const IColumn *> & x, size_t a, const std::vector<const IColumn *> & y, size_t b,
                const SortDescription & description);
}
