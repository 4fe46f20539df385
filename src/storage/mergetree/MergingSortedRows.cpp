#include "storage/mergetree/MergingSortedRows.h"

#include <algorithm>

#include "aggregates/SumTraits.h"
#include "base/Exception.h"
#include "columns/ColumnVector.h"
#include "storage/mergetree/AggregatingRuns.h"

namespace datastore::storage
{
namespace
{
/// Sums each run [starts[i], starts[i + 1]) of a numeric column into one value per run, in
/// the column's own type (integers wrap, as in ClickHouse); zeros[i] stays 1 while every sum of
/// run i is zero.
template <typename T>
bool sumRuns(const IColumn & column, const std::vector<size_t> & starts, MutableColumnPtr & result, std::vector<UInt8> & zeros)
{
    const auto * typed = dynamic_cast<const ColumnVector<T> *>(&column);
    if (!typed)
        return false;
    const auto & data = typed->getData();
    auto sums = ColumnVector<T>::create();
    auto & out = sums->getData();
    out.resize(starts.size() - 1);
    for (size_t run = 0; run + 1 < starts.size(); ++run)
    {
        T sum{};
        for (size_t row = starts[run]; row < starts[run + 1]; ++row)
            sum += data[row];
        out[run] = sum;
        if (sum != T{})
            zeros[run] = 0;
    }
    result = std::move(sums);
    return true;
}

MutableColumnPtr sumColumnRuns(const IColumn & column, const std::vector<size_t> & starts, std::vector<UInt8> & zeros)
{
    MutableColumnPtr result;
    if (sumRuns<UInt8>(column, starts, result, zeros) || sumRuns<UInt16>(column, starts, result, zeros)
        || sumRuns<UInt32>(column, starts, result, zeros) || sumRuns<UInt64>(column, starts, result, zeros)
        || sumRuns<UInt128>(column, starts, result, zeros) || sumRuns<Int8>(column, starts, result, zeros)
        || sumRuns<Int16>(column, starts, result, zeros) || sumRuns<Int32>(column, starts, result, zeros)
        || sumRuns<Int64>(column, starts, result, zeros) || sumRuns<Int128>(column, starts, result, zeros)
        || sumRuns<Float32>(column, starts, result, zeros) || sumRuns<Float64>(column, starts, result, zeros))
        return result;
    throw Exception(ErrorCodes::LOGICAL_ERROR, "Column {} cannot be summed", column.getName());
}

Block concatBlocks(const Block & first, const Block & second)
{
    Block result;
    for (size_t i = 0; i < second.columns(); ++i)
    {
        const auto & column = second.getByPosition(i);
        auto merged = column.column->cloneEmpty();
        merged->insertRangeFrom(*first.getByName(column.name).column, 0, first.rows());
        merged->insertRangeFrom(*column.column, 0, column.column->size());
        result.insert({std::move(merged), column.type, column.name});
    }
    return result;
}
}

std::string MergeTreeMergingParams::engineName() const
{
    switch (mode)
    {
        case Mode::Ordinary: return "MergeTree";
        case Mode::Replacing: return "ReplacingMergeTree";
        case Mode::Summing: return "SummingMergeTree";
        case Mode::Collapsing: return "CollapsingMergeTree";
        case Mode::VersionedCollapsing: return "VersionedCollapsingMergeTree";
        case Mode::Aggregating: return "AggregatingMergeTree";
    }
    return "MergeTree";
}

std::string MergeTreeMergingParams::roleOf(const std::string & column) const
{
    if (column == sign_column)
        return "sign";
    if (column == version_column)
        return "version";
    if (column == is_deleted_column)
        return "is_deleted";
    if (std::find(columns_to_sum.begin(), columns_to_sum.end(), column) != columns_to_sum.end())
        return "columns to sum";
    return "";
}

MergingSortedRows::MergingSortedRows(const MergeTreeMetadata & metadata, bool is_final, bool is_cleanup)
    : params(metadata.merging), key_columns(metadata.sorting_key.column_names)
    , drop_deleted(!params.is_deleted_column.empty() && (is_final || is_cleanup))
{
    if (params.mode == MergeTreeMergingParams::Mode::Collapsing || params.mode == MergeTreeMergingParams::Mode::VersionedCollapsing)
        collapsing.emplace(metadata, is_final);
    if (params.mode != MergeTreeMergingParams::Mode::Summing)
        return;
    auto is_key = [&](const std::string & name)
    { return std::find(key_columns.begin(), key_columns.end(), name) != key_columns.end(); };
    if (params.columns_to_sum.empty())
    {
        for (size_t i = 0; i < metadata.column_names.size(); ++i)
            if (!is_key(metadata.column_names[i]) && aggregates::isSummable(metadata.column_types[i]->getTypeId()))
                sum_columns.push_back(metadata.column_names[i]);
        return;
    }
    /// Listed columns that are in the key or not numeric are kept like any other column.
    for (const auto & name : params.columns_to_sum)
        if (!is_key(name) && aggregates::isSummable(metadata.getColumnType(name)->getTypeId()))
            sum_columns.push_back(name);
}

Block MergingSortedRows::add(const Block & block)
{
    if (collapsing)
        return collapsing->add(block);
    if (!block.rows())
        return {};
    return mergeRuns(carry ? concatBlocks(carry, block) : block);
}

Block MergingSortedRows::finish()
{
    if (collapsing)
        return collapsing->finish();
    Block last = std::move(carry);
    carry = {};
    if (last && is_carry_dropped)
        return last.cloneEmpty();
    return last;
}

Block MergingSortedRows::mergeAll(const Block & block)
{
    Block merged = add(block);
    Block last = finish();
    return merged ? concatBlocks(merged, last) : last;
}

Block MergingSortedRows::mergeRuns(const Block & block)
{
    size_t rows = block.rows();
    std::vector<const IColumn *> keys;
    for (const auto & name : key_columns)
        keys.push_back(block.getByName(name).column.get());
    /// Without a sorting key every row has the same (empty) key.
    std::vector<size_t> starts{0};
    for (size_t row = 1; row < rows; ++row)
        for (const auto * key : keys)
            if (key->compareAt(row - 1, row, *key, 1) != 0)
            {
                starts.push_back(row);
                break;
            }
    starts.push_back(rows);
    std::vector<UInt8> dropped;
    Block merged = mergeRange(block, starts, dropped);
    /// The last run may go on in the next block: hold its merged row back.
    size_t complete = merged.rows() - 1;
    is_carry_dropped = dropped[complete];
    carry = {};
    Filter keep(complete);
    size_t kept = 0;
    for (size_t run = 0; run < complete; ++run)
    {
        keep[run] = !dropped[run];
        kept += keep[run];
    }
    Block result;
    for (const auto & column : merged)
    {
        carry.insert({column.column->cut(complete, 1), column.type, column.name});
        auto done = column.column->cut(0, complete);
        result.insert({kept == complete ? done : done->filter(keep, static_cast<ssize_t>(kept)), column.type, column.name});
    }
    return result;
}

Block MergingSortedRows::mergeRange(const Block & block, const std::vector<size_t> & starts, std::vector<UInt8> & dropped) const
{
    size_t runs = starts.size() - 1;
    Permutation chosen(runs);
    /// A run whose sums are all zero is dropped, as ClickHouse does; with nothing to sum, none is.
    dropped.assign(runs, !sum_columns.empty());
    if (params.mode == MergeTreeMergingParams::Mode::Replacing)
    {
        const IColumn * version = params.version_column.empty() ? nullptr : block.getByName(params.version_column).column.get();
        for (size_t run = 0; run < runs; ++run)
        {
            size_t best = starts[run];
            for (size_t row = starts[run] + 1; row < starts[run + 1]; ++row)
                if (!version || version->compareAt(row, best, *version, 1) >= 0)
                    best = row;
            chosen[run] = best;
        }
        if (!params.is_deleted_column.empty())
            markDeletedRuns(block, chosen, dropped);
    }
    else
        for (size_t run = 0; run < runs; ++run)
            chosen[run] = starts[run];

    Block result;
    for (const auto & column : block)
    {
        bool is_summed = std::find(sum_columns.begin(), sum_columns.end(), column.name) != sum_columns.end();
        bool is_aggregated = params.mode == MergeTreeMergingParams::Mode::Aggregating && isAggregatedColumn(*column.type);
        ColumnPtr merged = is_summed        ? ColumnPtr(sumColumnRuns(*column.column, starts, dropped))
                         : is_aggregated ? aggregateRuns(column, starts)
                                         : column.column->permute(chosen, 0);
        result.insert({std::move(merged), column.type, column.name});
    }
    return result;
}

void MergingSortedRows::markDeletedRuns(const Block & block, const Permutation & chosen, std::vector<UInt8> & dropped) const
{
    const auto & is_deleted = static_cast<const ColumnUInt8 &>(*block.getByName(params.is_deleted_column).column).getData();
    /// Any other value is refused, as ClickHouse does, before it reaches a part.
    for (UInt8 value : is_deleted)
        if (value > 1)
            throw Exception(ErrorCodes::INCORRECT_DATA, "Incorrect data: is_deleted = {} (must be 1 or 0).", static_cast<int>(value));
    if (!drop_deleted)
        return;
    for (size_t run = 0; run < chosen.size(); ++run)
        dropped[run] = is_deleted[chosen[run]];
}
}
