// Joins a stream of left blocks with the right side of a JOIN. The right side is read and
// hashed once, by the first stream that needs it; every left stream then probes it in
// parallel. For RIGHT and FULL joins a single stream probes, and adds the right rows nothing
// matched after the last left block.
#pragma once

#include <exception>
#include <functional>
#include <mutex>

#include "exec/ExpressionActions.h"
#include "exec/HashJoin.h"
#include "exec/IBlockStream.h"

namespace datastore::exec
{
struct JoinOutputColumn
{
    std::string name;
    DataTypePtr type;
    bool is_from_left = true;
    /// The column's name in the left block or in the right side's block.
    std::string source;
    /// A USING key shown once: rows only the right side has take the right key's value.
    std::string right_key_source;
};

/// One OR-ed clause of ON: equalities of the two sides, and conditions on one side alone.
struct JoinClausePlan
{
    Names left_keys;
    /// Types both sides' keys are converted to before hashing.
    DataTypes key_types;
    /// Per key: whether NULL matches NULL (isNotDistinctFrom).
    std::vector<UInt8> null_safe_keys;
    /// The clause's conditions on the left side alone, computed with the keys; empty for none.
    std::string left_condition;
};

struct JoinPlan
{
    JoinKind kind = JoinKind::Inner;
    JoinStrictness strictness = JoinStrictness::All;
    AsofInequality asof_inequality = AsofInequality::GreaterOrEquals;
    /// join_use_nulls: columns of the side without a match are NULL, not defaults.
    bool use_nulls = false;
    /// Computes every clause's left key columns and left condition from a left block.
    ExpressionActionsPtr left_key_actions;
    std::vector<JoinClausePlan> clauses;
    std::vector<JoinOutputColumn> outputs;
    /// Pairs of rows one probe step may make: a left block whose keys match many right rows is
    /// joined in several output blocks.
    size_t max_block_size = 65536;
    /// Joins whose ON has conditions over both sides beyond the keys: computes `match_name`
    /// over the output columns; a pair of rows it does not hold for is no match.
    ExpressionActionsPtr match_actions;
    std::string match_name;
    /// Reads and hashes the right side.
    std::function<HashJoinPtr()> build_right;

    Block getOutputHeader() const;
    /// The hashed right side, built on first use (by whichever stream comes first).
    HashJoinPtr getJoin();

private:
    std::once_flag built;
    HashJoinPtr join;
    std::exception_ptr build_error;
};

using JoinPlanPtr = std::shared_ptr<JoinPlan>;

class JoiningStream final : public IBlockStream
{
public:
    JoiningStream(BlockStreamPtr left_, JoinPlanPtr plan_, bool emits_non_joined_);

    Block getHeader() const override { return plan->getOutputHeader(); }
    Block read() override;
    void cancel() override;

private:
    /// Computes the left block's clause keys, to probe it from its first row.
    void startBlock(Block block);
    /// The next output block of the pending left block.
    Block joinNextRows(HashJoin & join);
    /// The output columns of the pairs in `pair_left` and `pair_right`.
    Block outputBlock(const Block & left_block, const HashJoin & join, const Permutation & pair_left,
                      const Permutation & pair_right) const;
    /// Per candidate pair (right row found), whether the match condition holds.
    PodArray<UInt8> matchingCandidates(const Block & left_block, const HashJoin & join) const;
    /// Applies the strictness to each left row's candidate pairs that the match condition
    /// keeps, as the probe does for joins without one.
    void keepMatchingPairs(const Block & left_block, HashJoin & join);
    Block nonJoinedBlock();

    BlockStreamPtr left;
    JoinPlanPtr plan;
    bool emits_non_joined;
    bool is_non_joined_emitted = false;
    /// The left block being probed, its clause keys and the row the next probe starts at.
    Block pending_block;
    std::vector<JoinClauseKeys> pending_clauses;
    size_t next_row = 0;
    Permutation left_rows;
    Permutation right_rows;
    JoinProbeScratch probe_scratch;
};
}
