#include "storage/mergetree/CollapsingSortedRows.h"

#include "base/Exception.h"
#include "columns/ColumnVector.h"

namespace datastore::storage
{
namespace
{
Block appendRows(const Block & first, const Block & second)
{
    MutableColumns columns = second.cloneEmptyColumns();
    for (size_t i = 0; i < columns.size(); ++i)
    {
        columns[i]->reserve(first.rows() + second.rows());
        columns[i]->insertRangeFrom(*first.getByPosition(i).column, 0, first.rows());
        columns[i]->insertRangeFrom(*second.getByPosition(i).column, 0, second.rows());
    }
    return second.cloneWithColumns(Columns(columns.begin(), columns.end()));
}

Block permuteRows(const Block & block, const Permutation & rows)
{
    Block result;
    for (const auto & column : block)
        result.insert({ column.column->permute(rows, 0), column.type, column.name });
    return result;
}
}

CollapsingSortedRows::CollapsingSortedRows(const MergeTreeMetadata & metadata, bool is_final_)
    : is_versioned(metadata.merging.mode == MergeTreeMergingParams::Mode::VersionedCollapsing)
    , is_final(is_final_)
    , sign_column(metadata.merging.sign_column)
    , key_columns(metadata.sorting_key.column_names)
{
}

Block CollapsingSortedRows::add(const Block & block)
{
    if (!block.rows())
        return {};
    header = block.cloneEmpty();
    Block input = held ? appendRows(held, block) : block;
    Permutation kept;
    collapse(input, held.rows(), kept);
    holdOpenRun(input);
    return permuteRows(input, kept);
}

Block CollapsingSortedRows::finish()
{
    Permutation kept;
    closeRun(kept);
    Block last = held ? permuteRows(held, kept) : header;
    held = {};
    return last;
}

void CollapsingSortedRows::collapse(const Block & input, size_t begin, Permutation & kept)
{
    const auto & signs = static_cast<const ColumnVector<Int8> &>(*input.getByName(sign_column).column).getData();
    std::vector<const IColumn *> keys;
    for (const auto & name : key_columns)
        keys.push_back(input.getByName(name).column.get());
    for (size_t row = begin; row < input.rows(); ++row)
    {
        if (row > 0)
            for (const auto * key : keys)
                if (key->compareAt(row - 1, row, *key, 1) != 0)
                {
                    closeRun(kept);
                    break;
                }
        Int8 sign = signs[row];
        if (is_versioned)
        {
            /// Signs compare as they are: ClickHouse lets any value through, and only equal
            /// values stack.
            if (stack.empty() || sign == stack_sign)
            {
                stack_sign = sign;
                stack.push_back(row);
            }
            else
                stack.pop_back();
            continue;
        }
        if (sign == 1)
        {
            ++count_positive;
            last_positive = row;
            is_last_positive = true;
        }
        else if (sign == -1)
        {
            if (!count_negative)
                first_negative = row;
            ++count_negative;
            is_last_positive = false;
        }
        else
            throw Exception(ErrorCodes::INCORRECT_DATA, "Incorrect data: Sign = {} (must be 1 or -1).", static_cast<int>(sign));
    }
}

void CollapsingSortedRows::closeRun(Permutation & kept)
{
    if (is_versioned)
    {
        kept.insert(stack.begin(), stack.end());
        stack.clear();
        return;
    }
    /// A run whose signs balance and that ends with a -1 was deleted; otherwise its first -1
    /// (when -1 rows outnumber or match +1 rows) and last +1 (when +1 rows do) remain, in that
    /// order, so that a later merge can still cancel them against other parts.
    if (is_last_positive || count_positive != count_negative)
    {
        if (count_negative && count_positive <= count_negative && !is_final)
            kept.push_back(first_negative);
        if (count_positive && count_positive >= count_negative)
            kept.push_back(last_positive);
    }
    count_positive = 0;
    count_negative = 0;
    is_last_positive = false;
    first_negative = none;
    last_positive = none;
}

void CollapsingSortedRows::holdOpenRun(const Block & input)
{
    Permutation rows;
    if (is_versioned)
    {
        rows = stack;
        for (size_t i = 0; i < stack.size(); ++i)
            stack[i] = i;
    }
    else
    {
        if (first_negative != none)
        {
            rows.push_back(first_negative);
            first_negative = rows.size() - 1;
        }
        if (last_positive != none)
        {
            rows.push_back(last_positive);
            last_positive = rows.size() - 1;
        }
    }
    held = rows.empty() ? Block{} : permuteRows(input, rows);
}
}
