// SELECT ... FINAL on ReplacingMergeTree and SummingMergeTree: the parts of one partition read
// in sorting-key order and merged as a merge would merge them, so the query sees the rows the
// table will hold once every merge is done. Like ClickHouse's FINAL by default, rows of
// equal key merge even across partitions.
#pragma once

#include "exec/IBlockStream.h"
#include "storage/mergetree/MergeTreePartsMerger.h"
#include "storage/mergetree/MergingSortedRows.h"

namespace datastore::storage
{
class MergeTreeFinalStream final : public exec::IBlockStream
{
public:
    /// `parts` in block order; `header` names the columns to return (empty:
    /// rows only).
    MergeTreeFinalStream(MergeTreeMetadataPtr metadata, MergeTreeDataParts parts, Block header_, size_t max_block_size);

    Block getHeader() const override { return header; }
    Block read() override;

private:
    Block project(const Block & block) const;

    Block header;
    MergeTreePartsMerger merger;
    MergingSortedRows merging;
    bool is_finished = false;
};
}
