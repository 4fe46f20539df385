// How quantile functions report: quantileX(level) one value, quantilesX(levels...) an Array of
// one value per level, in the order the levels were given.
#pragma once

#include <vector>

#include "columns/ColumnArray.h"
#include "columns/ColumnVector.h"

namespace datastore::aggregates
{
/// Appends get(level) for the level, or an Array row of get(level) for each level.
template <typename Result, typename Get>
void insertQuantileResult(IColumn & to, const std::vector<Float64> & levels, bool returns_many, Get && get)
{
    if (!returns_many)
    {
        static_cast<ColumnVector<Result> &>(to).insertValue(get(levels[0]));
        return;
    }
    auto & array = static_cast<ColumnArray &>(to);
    auto & values = static_cast<ColumnVector<Result> &>(array.getDataMutable());
    for (Float64 level : levels)
        values.insertValue(get(level));
    array.finishRow();
}
}
