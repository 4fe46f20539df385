// The merge-time semantics of CollapsingMergeTree(sign) and VersionedCollapsingMergeTree(sign,
// version): rows of equal sorting key (with the version, which the sorting key of a versioned
// table ends with) cancel in pairs of opposite sign. Fed the rows of a merge, of an INSERT or of
// SELECT ... FINAL in sorting-key order; a run of equal keys may span the blocks added.
#pragma once

#include "storage/mergetree/MergeTreeMetadata.h"

#include "columns/Block.h"

namespace datastore::storage
{
class CollapsingSortedRows
{
public:
    /// `is_final`: SELECT ... FINAL of a CollapsingMergeTree, which shows a run's last +1 row
    /// only, never its -1 row, as ClickHouse does.
    CollapsingSortedRows(const MergeTreeMetadata & metadata, bool is_final_);

    /// Takes rows sorted by the sorting key, continuing earlier calls; returns the rows that
    /// survive of the runs that are complete. Throws INCORRECT_DATA for a CollapsingMergeTree
    /// sign other than 1 or -1.
    Block add(const Block & block);
    /// The surviving rows of the run still open (no rows, the input's columns, when none).
    Block finish();

private:
    /// Runs over rows [begin, end) of `input` (rows before `begin` are the held candidates),
    /// appending the rows that survive each completed run to `kept`.
    void collapse(const Block & input, size_t begin, Permutation & kept);
    /// Appends what survives of the open run to `kept` and starts a new run.
    void closeRun(Permutation & kept);
    /// Keeps the open run's candidate rows of `input` as `held`, renumbering them.
    void holdOpenRun(const Block & input);

    bool is_versioned;
    bool is_final;
    std::string sign_column;
    std::vector<std::string> key_columns;

    /// The open run's candidate rows, carried to the next block; the columns of the input.
    Block held;
    Block header;
    static constexpr size_t none = static_cast<size_t>(-1);
    /// Collapsing: the open run's counts and candidates (row numbers in the current input).
    size_t count_positive = 0;
    size_t count_negative = 0;
    bool is_last_positive = false;
    size_t first_negative = none;
    size_t last_positive = none;
    /// VersionedCollapsing: the open run's rows not cancelled yet, all of sign `stack_sign`; a
    /// row of another sign cancels the latest of them.
    Permutation stack;
    Int8 stack_sign = 0;
};
}
