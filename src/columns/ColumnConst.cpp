#include "columns/ColumnConst.h"

#include <numeric>

#include "base/Exception.h"

namespace datastore
{
ColumnConst::ColumnConst(ColumnPtr value, size_t rows_) : data(std::move(value)), rows(rows_)
{
    if (data->size() != 1)
        throw Exception(ErrorCodes::LOGICAL_ERROR, "Incorrect size of nested column in constructor of ColumnConst: {}, must be 1", data->size());
}

ColumnPtr ColumnConst::filter(const Filter & filter, ssize_t) const
{
    size_t kept = 0;
    for (UInt8 keep : filter)
        kept += keep != 0;
    return create(data, kept);
}

ColumnPtr ColumnConst::permute(const Permutation & perm, size_t limit) const
{
    size_t count = limit ? std::min<size_t>(limit, perm.size()) : perm.size();
    return create(data, count);
}

int ColumnConst::compareAt(size_t, size_t m, const IColumn & rhs, int nan_direction_hint) const
{
    const auto & other = static_cast<const ColumnConst &>(rhs);
    return data->compareAt(0, 0, *other.data, nan_direction_hint);
}

void ColumnConst::getPermutation(bool, size_t, int, Permutation & perm) const
{
    perm.resize(rows);
    std::iota(perm.begin(), perm.end(), 0);
}

void ColumnConst::updateHashes(RowHashes & hashes) const
{
    RowHashes one(1, 0);
    data->updateHashes(one);
    for (auto & hash : hashes)
        hash = hash * 0x9E3779B97F4A7C15ULL + one[0];
}

const char * ColumnConst::deserializeAndInsertFromArena(const char * pos)
{
    auto scratch = data->cloneEmpty();
    ++rows;
    return scratch->deserializeAndInsertFromArena(pos);
}

ColumnPtr ColumnConst::convertToFullColumnIfConst() const
{
    Permutation zeros(rows, 0);
    return data->permute(zeros, 0);
}
}
