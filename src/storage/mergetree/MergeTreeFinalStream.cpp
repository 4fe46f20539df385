#include "storage/mergetree/MergeTreeFinalStream.h"

namespace datastore::storage
{
MergeTreeFinalStream::MergeTreeFinalStream(MergeTreeMetadataPtr metadata, MergeTreeDataParts parts, Block header_, size_t max_block_size)
    : header(std::move(header_)), merger(metadata, std::move(parts), max_block_size), merging(*metadata, true)
{
}

Block MergeTreeFinalStream::project(const Block & block) const
{
    Block result;
    for (const auto & column : header)
        result.insert(block.getByName(column.name));
    if (result.empty())
        result.setRowsWithoutColumns(block.rows());
    return result;
}

Block MergeTreeFinalStream::read()
{
    while (!is_finished && !isCancelled())
    {
        Block sorted = merger.read();
        Block merged = sorted ? merging.add(sorted) : merging.finish();
        is_finished = !sorted;
        if (merged.rows())
            return project(merged);
    }
    return {};
}
}
