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
        if (!pending_block)
        {
            Block block = left->read();
            if (!block)
                break;
            if (block.rows() == 0)
                continue;
            startBlock(std::move(block));
        }
        Block joined = joinNextRows(*plan->getJoin());
        if (next_row == pending_block.rows())
            pending_block = {};
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

void JoiningStream::startBlock(Block block)
{
    pending_block = std::move(block);
    next_row = 0;
    pending_clauses.assign(plan->clauses.size(), {});
    if (plan->kind == JoinKind::Cross)
        return;
    Block with_keys = pending_block;
    plan->left_key_actions->execute(with_keys);
    for (size_t clause = 0; clause < pending_clauses.size(); ++clause)
    {
        const JoinClausePlan & clause_plan = plan->clauses[clause];
        for (size_t i = 0; i < clause_plan.left_keys.size(); ++i)
        {
            const auto & key = with_keys.getByName(clause_plan.left_keys[i]);
            auto full = key.column->convertToFullColumnIfConst()->convertToFullColumnIfLowCardinality();
            pending_clauses[clause].keys.push_back(functions::castColumn(full, removeLowCardinality(key.type), clause_plan.key_types[i]));
        }
        if (!clause_plan.left_condition.empty())
            pending_clauses[clause].rows_meeting_conditions
                = buildFilterColumn(with_keys.getByName(clause_plan.left_condition), pending_block.rows());
    }
}

Block JoiningStream::joinNextRows(HashJoin & join)
{
    next_row = join.probe(pending_clauses, pending_block.rows(), next_row, plan->max_block_size, left_rows, right_rows, probe_scratch);
    if (plan->match_actions)
        keepMatchingPairs(pending_block, join);
    return outputBlock(pending_block, join, left_rows, right_rows);
}

PodArray<UInt8> JoiningStream::matchingCandidates(const Block & left_block, const HashJoin & join) const
{
    /// Only pairs with a right row are evaluated: the default row could make the condition
    /// fail (a division by zero) where ClickHouse never evaluates it.
    Permutation candidate_left;
    Permutation candidate_right;
    for (size_t i = 0; i < left_rows.size(); ++i)
        if (right_rows[i] != join.rightRows())
        {
            candidate_left.push_back(left_rows[i]);
            candidate_right.push_back(right_rows[i]);
        }
    PodArray<UInt8> holds;
    if (candidate_left.empty())
        return holds;
    Block evaluated = outputBlock(left_block, join, candidate_left, candidate_right);
    plan->match_actions->execute(evaluated);
    FilterMask condition = buildFilterMask(evaluated.getByName(plan->match_name));
    if (condition.is_constant)
        holds.resize_fill(candidate_left.size(), condition.constant_value);
    else
        holds = std::move(condition.mask);
    return holds;
}

void JoiningStream::keepMatchingPairs(const Block & left_block, HashJoin & join)
{
    PodArray<UInt8> holds = matchingCandidates(left_block, join);
    const size_t no_match = join.rightRows();
    const JoinKind kind = plan->kind;
    const JoinStrictness strictness = plan->strictness;
    const bool keeps_unmatched_left = (kind == JoinKind::Left || kind == JoinKind::Full) && strictness != JoinStrictness::Semi;
    Permutation kept_left;
    Permutation kept_right;
    kept_left.reserve(left_rows.size());
    kept_right.reserve(right_rows.size());
    auto keep = [&](size_t left_row, size_t right_row) {
        kept_left.push_back(left_row);
        kept_right.push_back(right_row);
    };
    size_t candidate = 0;
    /// The probe gives each left row's pairs next to each other.
    for (size_t begin = 0; begin < left_rows.size();)
    {
        size_t end = begin + 1;
        while (end < left_rows.size() && left_rows[end] == left_rows[begin])
            ++end;
        bool matched = false;
        size_t group_candidate = candidate;
        for (size_t i = begin; i < end; ++i)
            candidate += right_rows[i] != no_match;
        for (size_t i = begin; i < end; ++i)
        {
            if (right_rows[i] == no_match || !holds[group_candidate++])
                continue;
            size_t right_row = right_rows[i];
            if (kind == JoinKind::Right && strictness != JoinStrictness::All)
            {
                /// Each right row joins its first matching left row (ANY, SEMI) or, for ANTI,
                /// is only marked so as not to be output at the end.
                if (join.isUsed(right_row))
                    continue;
                join.markUsed(right_row);
                if (strictness != JoinStrictness::Anti)
                    keep(left_rows[i], right_row);
                continue;
            }
            matched = true;
            if (strictness == JoinStrictness::Anti)
                break;
            keep(left_rows[i], right_row);
            if (kind == JoinKind::Right || kind == JoinKind::Full)
                join.markUsed(right_row);
            if (strictness != JoinStrictness::All)
                break;
        }
        bool keeps_alone = keeps_unmatched_left || (strictness == JoinStrictness::Anti && kind != JoinKind::Right);
        if (!matched && keeps_alone)
            keep(left_rows[begin], no_match);
        begin = end;
    }
    left_rows = std::move(kept_left);
    right_rows = std::move(kept_right);
}

Block JoiningStream::outputBlock(const Block & left_block, const HashJoin & join, const Permutation & pair_left,
                                 const Permutation & pair_right) const
{
    Columns right_columns = join.gatherRight(pair_right, false);
    PodArray<UInt8> right_missing;
    bool has_missing_right = plan->kind == JoinKind::Left || plan->kind == JoinKind::Full;
    if (has_missing_right)
    {
        right_missing.resize(pair_right.size());
        for (size_t i = 0; i < pair_right.size(); ++i)
            right_missing[i] = pair_right[i] == join.rightRows();
    }
    const Block & right_block = join.getRightBlock();
    Block result;
    for (const auto & output : plan->outputs)
    {
        ColumnPtr column;
        if (output.is_from_left)
            column = asOutput(left_block.getByName(output.source).column->convertToFullColumnIfConst()->permute(pair_left, 0), output.type,
                              nullptr);
        else
            column = asOutput(right_columns[right_block.getPositionByName(output.source)], output.type,
                              has_missing_right ? &right_missing : nullptr);
        result.insert({std::move(column), output.type, output.name});
    }
    if (result.columns() == 0)
        result.setRowsWithoutColumns(pair_left.size());
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
