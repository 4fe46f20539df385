#include "exec/JoiningStream.h"

#include "columns/ColumnNullable.h"
#include "columns/ColumnVector.h"
#include "exec/FilterMask.h"
#include "functions/CastColumn.h"

namespace datastore::exec
{
namespace
{
/// The column as the output wants it: Nullable (join_use_nulls) with nulls where `is_null`.
ColumnPtr asOutput(ColumnPtr column, const DataTypePtr & type, const PodArray<UInt8> * is_null)
{
    if (!type->isNullable() || column->isNullable())
        return column;
    auto null_map = ColumnUInt8::create(column->size(), 0);
    if (is_null)
        null_map->getData() = *is_null;
    return ColumnNullable::create(std::move(column), std::move(null_map));
}
}

Block JoinPlan::getOutputHeader() const
{
    Block header;
    for (const auto & output : outputs)
        header.insert({output.type->createColumn(), output.type, output.name});
    return header;
}

HashJoinPtr JoinPlan::getJoin()
{
    std::call_once(built, [this] {
        try
        {
            join = build_right();
        }
        catch (...)
        {
            build_error = std::current_exception();
        }
    });
    if (build_error)
        std::rethrow_exception(build_error);
    return join;
}

JoiningStream::JoiningStream(BlockStreamPtr left_, JoinPlanPtr plan_, bool emits_non_joined_)
    : left(std::move(left_)), plan(std::move(plan_)), emits_non_joined(emits_non_joined_)
{
}

void JoiningStream::cancel()
{
    IBlockStream::cancel();
    left->cancel();
}

Block JoiningStream::read()
{
    while (!isCancelled())
    {
        Block block = left->read();
        if (!block)
            break;
        if (block.rows() == 0)
            continue;
        Block joined = joinBlock(block);
        if (joined.rows())
            return joined;
    }
    if (emits_non_joined && !is_non_joined_emitted && !isCancelled())
    {
        is_non_joined_emitted = true;
        return nonJoinedBlock();
    }
    return {};
}

Block JoiningStream::joinBlock(const Block & left_block)
{
    auto join = plan->getJoin();
    Columns keys;
    if (plan->kind != JoinKind::Cross)
    {
        Block with_keys = left_block;
        plan->left_key_actions->execute(with_keys);
        for (size_t i = 0; i < plan->left_keys.size(); ++i)
        {
            const auto & key = with_keys.getByName(plan->left_keys[i]);
            auto full = key.column->convertToFullColumnIfConst()->convertToFullColumnIfLowCardinality();
            keys.push_back(functions::castColumn(full, removeLowCardinality(key.type), plan->key_types[i]));
        }
    }
    join->probe(keys, left_block.rows(), left_rows, right_rows);
    if (!plan->match_actions)
        return outputBlock(left_block, *join);
    keepMatchingPairs(outputBlock(left_block, *join), *join);
    return outputBlock(left_block, *join);
}

void JoiningStream::keepMatchingPairs(const Block & output, HashJoin & join)
{
    bool keeps_unmatched_left = plan->kind == JoinKind::Left || plan->kind == JoinKind::Full;
    Block evaluated = output;
    plan->match_actions->execute(evaluated);
    FilterMask condition = buildFilterMask(evaluated.getByName(plan->match_name));
    size_t no_match = join.rightRows();
    Permutation kept_left;
    Permutation kept_right;
    kept_left.reserve(left_rows.size());
    kept_right.reserve(right_rows.size());
    /// The probe gives each left row's pairs next to each other.
    for (size_t begin = 0; begin < left_rows.size();)
    {
        size_t end = begin + 1;
        while (end < left_rows.size() && left_rows[end] == left_rows[begin])
            ++end;
        size_t kept_before = kept_left.size();
        for (size_t i = begin; i < end; ++i)
        {
            bool holds = right_rows[i] != no_match && (condition.is_constant ? condition.constant_value : condition.mask[i] != 0);
            if (holds)
            {
                kept_left.push_back(left_rows[i]);
                kept_right.push_back(right_rows[i]);
            }
        }
        if (kept_left.size() == kept_before && keeps_unmatched_left)
        {
            kept_left.push_back(left_rows[begin]);
            kept_right.push_back(no_match);
        }
        begin = end;
    }
    left_rows = std::move(kept_left);
    right_rows = std::move(kept_right);
    join.markUsed(right_rows);
}

Block JoiningStream::outputBlock(const Block & left_block, const HashJoin & join) const
{
    Columns right_columns = join.gatherRight(right_rows, false);
    PodArray<UInt8> right_missing;
    bool has_missing_right = plan->kind == JoinKind::Left || plan->kind == JoinKind::Full;
    if (has_missing_right)
    {
        right_missing.resize(right_rows.size());
        for (size_t i = 0; i < right_rows.size(); ++i)
            right_missing[i] = right_rows[i] == join.rightRows();
    }
    const Block & right_block = join.getRightBlock();
    Block result;
    for (const auto & output : plan->outputs)
    {
        ColumnPtr column;
        if (output.is_from_left)
            column = asOutput(left_block.getByName(output.source).column->convertToFullColumnIfConst()->permute(left_rows, 0), output.type,
                              nullptr);
        else
            column = asOutput(right_columns[right_block.getPositionByName(output.source)], output.type,
                              has_missing_right ? &right_missing : nullptr);
        result.insert({std::move(column), output.type, output.name});
    }
    if (result.columns() == 0)
        result.setRowsWithoutColumns(left_rows.size());
    return result;
}

Block JoiningStream::nonJoinedBlock()
{
    auto join = plan->getJoin();
    Permutation rows = join->nonJoinedRightRows();
    if (rows.empty())
        return {};
    Columns right_columns = join->gatherRight(rows, false);
    const Block & right_block = join->getRightBlock();
    PodArray<UInt8> all_null(rows.size(), 1);
    Block result;
    for (const auto & output : plan->outputs)
    {
        ColumnPtr column;
        if (!output.is_from_left)
            column = asOutput(right_columns[right_block.getPositionByName(output.source)], output.type, nullptr);
        else if (!output.right_key_source.empty())
        {
            const auto & key = right_block.getByName(output.right_key_source);
            auto values = right_columns[right_block.getPositionByName(output.right_key_source)];
            /// A Nullable key keeps its NULLs; join_use_nulls alone adds no null here.
            const DataTypePtr & target = key.type->isNullable() ? output.type : removeNullable(output.type);
            column = asOutput(functions::castColumn(values, key.type, target), output.type, nullptr);
        }
        else
        {
            auto defaults = output.type->createColumn();
            defaults->insertManyDefaults(rows.size());
            column = asOutput(std::move(defaults), output.type, &all_null);
        }
        result.insert({std::move(column), output.type, output.name});
    }
    if (result.columns() == 0)
        result.setRowsWithoutColumns(rows.size());
    return result;
}
}
