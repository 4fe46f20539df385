// The data side of a merge: reads several parts of one partition granule by granule and
// returns their rows merged in sorting-key order, so a merge holds one block per source
// part in memory, not the parts. Rows with equal keys keep the order of the parts (block
// order), as ClickHouse's merge does.
#pragma once

#include "exec/SortDescription.h"
#include "storage/mergetree/MergeTreePartReader.h"

#include <memory>
#include <vector>

namespace datastore::storage
{
class MergeTreePartsMerger
{
public:
    /// `parts` in block order; `part_options` (one per part, or empty) say how to read parts
    /// written before an ALTER.
    MergeTreePartsMerger(
        MergeTreeMetadataPtr metadata_, MergeTreeDataParts parts_, size_t max_block_size_, std::vector<PartReadOptions> part_options = {});

    /// The next rows (physical columns plus the sorting key's columns), empty at the end.
    Block read();

private:
    struct Cursor
    {
        std::unique_ptr<MergeTreePartReader> reader;
        MergeTreeDataPartPtr part;
        size_t next_mark = 0;
        Block block;
        std::vector<const IColumn *> key_columns;
        size_t row = 0;
    };

    /// Loads the cursor's next granule; false when the part is exhausted.
    bool advanceBlock(Cursor & cursor);
    /// True when cursor a's current row goes after cursor b's.
    bool isGreater(size_t a, size_t b) const;

    MergeTreeMetadataPtr metadata;
    exec::SortDescription sort_description;
    size_t max_block_size;
    std::vector<Cursor> cursors;
    /// Min-heap of cursor indexes by (key, part order).
    std::vector<size_t> heap;
};
}
