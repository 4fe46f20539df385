#include "columns/IColumn.h"

#include <algorithm>
#include <numeric>

#include "base/Exception.h"

namespace datastore
{
MutableColumnPtr IColumn::cloneResized(size_t new_size) const
{
    auto result = cloneEmpty();
    size_t copied = std::min(new_size, size());
    result->reserve(new_size);
    if (copied)
        result->insertRangeFrom(*this, 0, copied);
    result->insertManyDefaults(new_size - copied);
    return result;
}

std::string_view IColumn::getDataAt(size_t) const
{
    throw Exception(ErrorCodes::NOT_IMPLEMENTED, "Method getDataAt is not supported for {}", getName());
}

ColumnPtr IColumn::cut(size_t start, size_t length) const
{
    auto result = cloneEmpty();
    result->insertRangeFrom(*this, start, length);
    return result;
}

void IColumn::getPermutation(bool reverse, size_t limit, int nan_direction_hint, Permutation & perm) const
{
    size_t rows = size();
    perm.resize(rows);
    std::iota(perm.begin(), perm.end(), 0);
    auto less = [&](UInt64 a, UInt64 b)
    {
        int cmp = compareAt(a, b, *this, nan_direction_hint);
        return reverse ? cmp > 0 : cmp < 0;
    };
    if (limit && limit < rows)
        std::partial_sort(perm.begin(), perm.begin() + limit, perm.end(), [&](UInt64 a, UInt64 b)
                          { return less(a, b) || (!less(b, a) && a < b); });
    else
        std::stable_sort(perm.begin(), perm.end(), less);
}

void IColumn::updatePermutation(
    bool reverse, size_t limit, int nan_direction_hint, Permutation & perm, std::vector<std::pair<size_t, size_t>> & equal_ranges) const
{
    std::vector<std::pair<size_t, size_t>> refined;
    auto less = [&](UInt64 a, UInt64 b)
    {
        int cmp = compareAt(a, b, *this, nan_direction_hint);
        return reverse ? cmp > 0 : cmp < 0;
    };
    for (auto [begin, end] : equal_ranges)
    {
        if (limit && begin >= limit)
            break;
        std::stable_sort(perm.begin() + begin, perm.begin() + end, less);
        appendEqualRanges(*this, perm, begin, end, refined);
    }
    equal_ranges = std::move(refined);
}

void appendEqualRanges(const IColumn & column, const Permutation & perm, size_t begin, size_t end,
                       std::vector<std::pair<size_t, size_t>> & out)
{
    size_t run_start = begin;
    for (size_t i = begin + 1; i <= end; ++i)
    {
        if (i == end || column.compareAt(perm[run_start], perm[i], column, 1) != 0)
        {
            if (i - run_start > 1)
                out.emplace_back(run_start, i);
            run_start = i;
        }
    }
}

MutableColumnPtr IColumn::mutate(ColumnPtr column)
{
    if (column.use_count() == 1)
        return std::const_pointer_cast<IColumn>(column);
    return column->clone();
}
}
