// ORDER BY over parallel inputs: each thread gathers and sorts its own rows (keeping only
// the first `limit` if there is a LIMIT), then the sorted runs are merged.
#pragma once

#include "exec/IBlockStream.h"
#include "exec/SortDescription.h"

namespace datastore::exec
{
class SortingStream final : public IBlockStream
{
public:
    SortingStream(BlockStreams inputs_, SortDescription description_, size_t limit_, size_t max_block_size_)
        : inputs(std::move(inputs_)), description(std::move(description_)), limit(limit_), max_block_size(max_block_size_)
    {
    }

    Block getHeader() const override { return inputs.front()->getHeader(); }
    Block read() override;
    void cancel() override;

private:
    void sortRuns();

    BlockStreams inputs;
    SortDescription description;
    size_t limit;
    size_t max_block_size;

    bool is_sorted = false;
    std::vector<Block> runs;
    std::vector<std::vector<const IColumn *>> run_sort_columns;
    Columns sort_column_holders;
    std::vector<size_t> run_positions;
    size_t emitted = 0;
};
}
