// Granule skipping by data-skipping indexes, after the primary key and partition minmax have
// chosen a part's granules: a granule goes when some index that the WHERE constrains proves
// no row of its index granule can match, by the WHERE's ranges (KeyRanges) or by the lookups
// of a MergeTreeIndexCondition. Counts what each index skipped for EXPLAIN indexes = 1.
#pragma once

#include "storage/mergetree/KeyRanges.h"
#include "storage/mergetree/MergeTreeIndexCondition.h"
#include "storage/mergetree/MergeTreeDataPart.h"
#include "storage/mergetree/MergeTreeSelectStream.h"

#include <string>
#include <vector>

namespace datastore::storage
{
class MergeTreeSkipIndexFilter
{
public:
    /// `indexes`: the table's (none with use_skip_indexes = 0). `ranges` must outlive the
    /// filter; `filter` is the query's WHERE (may be null).
    MergeTreeSkipIndexFilter(const std::vector<MergeTreeIndexDescription> & indexes, const KeyRanges & ranges_, const sql::ASTPtr & filter);

    /// The granules of `part` among `marks` that every useful index lets through.
    MarkRanges filter(const MergeTreeDataPart & part, MarkRanges marks);
    /// Lines for EXPLAIN indexes = 1: per index used, its parts and granules before/after.
    void describe(std::vector<std::string> & notes) const;

private:
    struct UsedIndex
    {
        MergeTreeIndexDescription index;
        /// Null when only the ranges are useful to the index.
        std::shared_ptr<const MergeTreeIndexCondition> condition;
        size_t parts_before = 0;
        size_t parts_after = 0;
        size_t granules_before = 0;
        size_t granules_after = 0;
    };

    const KeyRanges & ranges;
    std::vector<UsedIndex> used;
};
}
