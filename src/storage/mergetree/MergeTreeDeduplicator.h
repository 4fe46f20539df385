// OPTIMIZE ... DEDUPLICATE: of rows equal in every column, a merge keeps the first. Rows
// arrive in sorting-key order, so equal rows are within one run of equal keys and only that
// run's rows are remembered.
#pragma once

#include "columns/Block.h"
#include "storage/mergetree/MergeTreeMetadata.h"

#include <string>
#include <unordered_set>

namespace datastore::storage
{
class MergeTreeDeduplicator
{
public:
    explicit MergeTreeDeduplicator(const MergeTreeMetadata & metadata_) : metadata(metadata_) {}

    /// `block` without the rows equal to a row seen before (in this block or earlier ones).
    Block filter(const Block & block);

private:
    std::string rowText(const Block & block, const std::vector<std::string> & names, size_t row) const;

    const MergeTreeMetadata & metadata;
    std::string current_key;
    std::unordered_set<std::string> rows_of_key;
};
}
