// The merge-time semantics of ReplacingMergeTree and SummingMergeTree: rows sorted by the
// sorting key go in, one row per run of equal keys comes out (the last or highest-version row,
// or the first row with its numeric columns summed). Used when a part is written from an
// INSERT, when parts are merged, and by SELECT ... FINAL; a run may span the blocks added.
#pragma once

#include "storage/mergetree/CollapsingSortedRows.h"
#include "storage/mergetree/MergeTreeMetadata.h"

#include <optional>

#include "columns/Block.h"

namespace datastore::storage
{
class MergingSortedRows
{
public:
    /// Throws NO_SUCH_COLUMN_IN_TABLE when a column to sum is not in the table. `is_final`: the
    /// rows are for SELECT ... FINAL (which differs from a merge for CollapsingMergeTree, and
    /// leaves out ReplacingMergeTree's deleted rows). `is_cleanup`: a merge of OPTIMIZE ... FINAL
    /// CLEANUP, which leaves the deleted rows out too.
    explicit MergingSortedRows(const MergeTreeMetadata & metadata, bool is_final = false, bool is_cleanup = false);

    /// Whether the table's engine merges rows at all (false for plain MergeTree).
    static bool isNeeded(const MergeTreeMetadata & metadata) { return metadata.merging.mode != MergeTreeMergingParams::Mode::Ordinary; }

    /// Takes rows sorted by the sorting key (continuing the order of earlier calls, with every
    /// column of `block` and the sorting key's columns); returns the merged rows of the runs that
    /// are complete. The last run is held back until more rows or finish().
    Block add(const Block & block);
    /// The merged rows of the run held back.
    Block finish();
    /// add() then finish(), for one sorted block.
    Block mergeAll(const Block & block);

private:
    /// Merges every run of `block`; the last run is merged into `carry` rather than returned.
    Block mergeRuns(const Block & block);
    /// One row per run [starts[i], starts[i + 1]); dropped[i] tells whether run i summed to zero
    /// or ended deleted, and so gives no row.
    Block mergeRange(const Block & block, const std::vector<size_t> & starts, std::vector<UInt8> & dropped) const;
    /// Checks is_deleted holds only 0 and 1; with drop_deleted, drops the runs whose chosen row is deleted.
    void markDeletedRuns(const Block & block, const Permutation & chosen, std::vector<UInt8> & dropped) const;

    MergeTreeMergingParams params;
    std::vector<std::string> key_columns;
    /// Summing: positions are resolved per block by these names.
    std::vector<std::string> sum_columns;
    /// Replacing with is_deleted: a run whose chosen row is deleted gives no row.
    bool drop_deleted = false;
    /// Collapsing and VersionedCollapsing keep more than one row per run: they merge there.
    std::optional<CollapsingSortedRows> collapsing;
    /// The last run seen, already merged into one row, and whether it gives no row.
    Block carry;
    bool is_carry_dropped = false;
};
}
