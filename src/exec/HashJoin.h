// The right side of a hash JOIN: all its rows in one block and, per OR-ed clause of ON, a
// hash table from the clause's key to the chain of rows holding it. Left blocks probe it and get, per output row, the
// left row and the right row to take (or the default row where nothing matched); RIGHT and
// FULL joins also remember which right rows matched, to add the others at the end.
#pragma once

#include <limits>
#include <memory>

#include "columns/Block.h"

namespace datastore::exec
{
enum class JoinKind
{
    Inner,
    Left,
    Right,
    Full,
    Cross,
};

enum class JoinStrictness
{
    All,
    Any,
    Semi,
    Anti,
    Asof,
};

/// ASOF JOIN's condition, as `left OP right`: the closest right row satisfying it is joined.
enum class AsofInequality
{
    Less,
    LessOrEquals,
    Greater,
    GreaterOrEquals,
};

/// One OR-ed clause of a JOIN's ON, on one side: its equality keys (full columns of the
/// types both sides convert to) and, when the clause has conditions on that side alone, the
/// rows meeting them (others match nothing through this clause).
struct JoinClauseKeys
{
    Columns keys;
    ColumnPtr rows_meeting_conditions;
};

/// Per probe thread: the chain heads each row of the left block being probed found through
/// each clause, and which right rows a left row already got, so that a right row matched by
/// several OR-ed clauses joins once.
struct JoinProbeScratch
{
    std::vector<PodArray<UInt32>> heads;
    PodArray<UInt64> seen_by_left_row;
    UInt64 left_row_stamp = 0;
};

class HashJoin
{
public:
    /// `right` holds the right side's output columns; `right_clauses` the keys of each OR-ed
    /// clause of ON, one row per right row. For ASOF (one clause) the last key is the ASOF
    /// column, compared by `asof_inequality`. A key flagged in `null_safe_keys` (per clause)
    /// matches NULL with NULL; other keys never match a NULL.
    HashJoin(JoinKind kind, JoinStrictness strictness, Block right, std::vector<JoinClauseKeys> right_clauses,
             AsofInequality asof_inequality = AsofInequality::GreaterOrEquals, std::vector<std::vector<UInt8>> null_safe_keys = {});
    ~HashJoin();

    JoinKind getKind() const { return kind; }
    size_t rightRows() const { return right_row_count; }

    /// For a left block's clause keys, from left row `begin` on: the left row and right row of
    /// each output row. A right row equal to rightRows() stands for "no match" (the default
    /// row). Stops after the left row that brings the pairs to `max_pairs`, so that a key
    /// matching many right rows cannot make one block of the whole product, and returns the
    /// row to go on from (`rows` when done). Not thread-safe for RIGHT and FULL joins, which
    /// record the right rows used.
    size_t probe(const std::vector<JoinClauseKeys> & left_clauses, size_t rows, size_t begin, size_t max_pairs, Permutation & left_rows,
                 Permutation & right_rows, JoinProbeScratch & scratch);

    /// The right columns of the output rows; non-matched ones get defaults, or NULL when
    /// `nulls_for_missing` (join_use_nulls) and the type allows it.
    Columns gatherRight(const Permutation & right_rows, bool nulls_for_missing) const;
    /// Whether probes record the right rows they use, so the left side must probe from one
    /// thread: RIGHT and FULL joins, and ANY INNER, which joins each key once.
    static bool tracksUsedRows(JoinKind kind, JoinStrictness strictness);
    /// Whether the right rows no left row matched are output at the end.
    static bool emitsNonJoinedRows(JoinKind kind, JoinStrictness strictness);
    /// Right rows no left row matched (RIGHT and FULL joins), after every probe.
    Permutation nonJoinedRightRows() const;
    /// For joins whose ON has conditions over both sides beyond the keys: probes give every
    /// left row all its candidate right rows (or one "no match" row) whatever the strictness,
    /// and the caller applies the strictness to the pairs the conditions keep (markUsed).
    void deferStrictness() { defers_strictness = true; }
    bool isUsed(size_t right_row) const { return used[right_row] != 0; }
    void markUsed(size_t right_row) { used[right_row] = 1; }
    const Block & getRightBlock() const { return right; }

private:
    struct Clause;

    /// Sorts each chain's rows by the ASOF column (rows where it is NULL left out).
    void sortAsofChains(const Clause & clause);
    /// The right row of the chain headed by `head` closest to row `row` of `left_asof`, or
    /// rightRows() when none satisfies the inequality.
    size_t findAsof(size_t head, const IColumn & left_asof, size_t row) const;
    /// Turns the chain heads each left row found through each clause into output pairs (see probe).
    size_t emitPairs(const std::vector<JoinClauseKeys> & left_clauses, size_t rows, size_t begin, size_t max_pairs, Permutation & left_rows,
                     Permutation & right_rows, JoinProbeScratch & scratch);

    JoinKind kind;
    JoinStrictness strictness;
    Block right;
    size_t right_row_count;
    std::vector<std::unique_ptr<Clause>> clauses;
    PodArray<UInt8> used;
    bool defers_strictness = false;
    /// ASOF: the right ASOF column, and per chain head the range of `asof_sorted` holding its
    /// chain's rows in ascending ASOF order.
    AsofInequality asof_inequality;
    ColumnPtr asof_column;
    PodArray<UInt32> asof_sorted;
    PodArray<UInt32> asof_begin;
    PodArray<UInt32> asof_end;
};

using HashJoinPtr = std::shared_ptr<HashJoin>;
}
