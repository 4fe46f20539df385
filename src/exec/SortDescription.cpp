#include "exec/SortDescription.h"

#include <algorithm>
#include <numeric>

namespace datastore::exec
{
Permutation sortPermutation(const Block & block, const SortDescription & description, size_t limit)
{
    size_t rows = block.rows();
    Permutation perm;
    if (description.empty())
    {
        perm.resize(rows);
        std::iota(perm.begin(), perm.end(), 0);
        return perm;
    }
    std::vector<ColumnPtr> columns;
    for (const auto & sort_column : description)
        columns.push_back(block.getByName(sort_column.name).column->convertToFullColumnIfConst()->convertToFullColumnIfLowCardinality());

    const auto & first = description.front();
    bool reverse = first.direction < 0;
    int hint = first.nulls_direction;
    if (description.size() == 1)
    {
        columns[0]->getPermutation(reverse, limit, hint, perm);
        return perm;
    }
    if (limit && limit < rows)
    {
        /// Top rows only: a heap of `limit` rows compared on all columns beats sorting
        /// every row by the first column and then each run of equal values by the next.
        std::vector<const IColumn *> raw;
        for (const auto & column : columns)
            raw.push_back(column.get());
        perm.resize(rows);
        std::iota(perm.begin(), perm.end(), 0);
        std::partial_sort(perm.begin(), perm.begin() + limit, perm.end(), [&](UInt64 a, UInt64 b)
                          {
                              int cmp = compareRows(raw, a, raw, b, description);
                              return cmp != 0 ? cmp < 0 : a < b;
                          });
        return perm;
    }
    columns[0]->getPermutation(reverse, 0, hint, perm);
    std::vector<std::pair<size_t, size_t>> equal_ranges;
    appendEqualRanges(*columns[0], perm, 0, rows, equal_ranges);
    for (size_t i = 1; i < description.size() && !equal_ranges.empty(); ++i)
    {
        const auto & sort_column = description[i];
        columns[i]->updatePermutation(sort_column.direction < 0, limit, sort_column.nulls_direction, perm, equal_ranges);
    }
    return perm;
}

int compareRows(const std::vector<const IColumn *> & x, size_t a, const std::vector<const IColumn *> & y, size_t b,
                const SortDescription & description)
{
    for (size_t i = 0; i < description.size(); ++i)
    {
        const auto & sort_column = description[i];
        int cmp = x[i]->compareAt(a, b, *y[i], sort_column.nulls_direction);
        if (cmp != 0)
            return cmp * sort_column.direction;
    }
    return 0;
}
}
