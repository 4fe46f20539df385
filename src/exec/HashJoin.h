// The right side of a hash JOIN: all its rows in one block and a hash table from the join
// key to the chain of rows holding it. Left blocks probe it and get, per output row, the
// left row and the right row to take (or the default row where nothing matched); RIGHT and
// FULL joins also remember which right rows matched, to add the others at the end.
#pragma once

#include <limits>
#include <memory>

#include "base/Arena.h"
#include "columns/Block.h"
#include "exec/HashMap.h"

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

class HashJoin
{
public:
    /// `right` holds the right side's output columns, `right_keys` its key columns (full,
    /// of the types the left keys are converted to); both have one row per right row.
    /// For ASOF the last key is the ASOF column, compared by `asof_inequality`. A key flagged
    /// in `null_safe_keys` matches NULL with NULL; other keys never match a NULL.
    HashJoin(JoinKind kind, JoinStrictness strictness, Block right, const Columns & right_keys,
             AsofInequality asof_inequality = AsofInequality::GreaterOrEquals, std::vector<UInt8> null_safe_keys = {});

    JoinKind getKind() const { return kind; }
    size_t rightRows() const { return right_row_count; }

    /// For a left block's key columns: the left row and right row of each output row. A right
    /// row equal to rightRows() stands for "no match" (the default row). Not thread-safe for
    /// RIGHT and FULL joins, which record the right rows used.
    void probe(const Columns & left_keys, size_t rows, Permutation & left_rows, Permutation & right_rows);

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
    /// For joins whose ON has conditions beyond the keys: probes stop recording the right rows
    /// they pair, and the caller records those the conditions kept (markUsed).
    void deferUsedRows() { defers_used_rows = true; }
    void markUsed(const Permutation & right_rows);
    const Block & getRightBlock() const { return right; }

private:
    /// Whether one of the first `count` key columns is NULL at `row` (the ASOF column is not a
    /// hashed key).
    bool isNullKey(const Columns & keys, size_t row, size_t count = std::numeric_limits<size_t>::max()) const;
    /// Sorts each chain's rows by the ASOF column (rows where it is NULL left out).
    void sortAsofChains();
    /// The right row of the chain headed by `head` closest to row `row` of `left_asof`, or
    /// rightRows() when none satisfies the inequality.
    size_t findAsof(size_t head, const IColumn & left_asof, size_t row) const;
    template <typename Map, typename KeyAt>
    void build(Map & map, KeyAt && key_at);
    template <typename Map, typename KeyAt>
    void probeWith(const Map & map, KeyAt && key_at, size_t rows, const Columns & left_keys, Permutation & left_rows,
                   Permutation & right_rows);

    JoinKind kind;
    JoinStrictness strictness;
    Block right;
    Columns keys;
    size_t right_row_count;
    bool is_key64 = false;
    /// Chains of right rows with equal keys: the head is in the map, `next_row[row]` is the
    /// next row of the chain plus one (0 ends it).
    HashMap<UInt64> key64_map;
    HashMap<std::string_view> serialized_map;
    PodArray<UInt32> next_row;
    Arena arena;
    PodArray<UInt8> used;
    bool defers_used_rows = false;
    /// ASOF: the right ASOF column, and per chain head the range of `asof_sorted` holding its
    /// chain's rows in ascending ASOF order.
    AsofInequality asof_inequality;
    std::vector<UInt8> null_safe_keys;
    ColumnPtr asof_column;
    PodArray<UInt32> asof_sorted;
    PodArray<UInt32> asof_begin;
    PodArray<UInt32> asof_end;
};

using HashJoinPtr = std::shared_ptr<HashJoin>;
}
