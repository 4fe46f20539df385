// ORDER BY over parallel inputs: each thread gathers and sorts its own rows (keeping only
// the first `limit` if there is a LIMIT), then the sorted runs are merged. With
// max_bytes_before_external_sort, a thread whose rows pass its share of that many bytes sorts
// them and writes them to a temporary file, so an ORDER BY larger than memory finishes.
#pragma once

#include <memory>
#include <string>

#include "exec/IBlockStream.h"
#include "exec/SortDescription.h"
#include "exec/TemporaryBlockFile.h"

namespace datastore::exec
{
/// Where and from what size ORDER BY spills; 0 bytes keeps everything in memory.
struct ExternalSortSettings
{
    size_t max_bytes_before_external_sort = 0;
    std::string tmp_path;
};

class SortingStream final : public IBlockStream
{
public:
    SortingStream(BlockStreams inputs_, SortDescription description_, size_t limit_, size_t max_block_size_,
                  ExternalSortSettings external_ = {})
        : inputs(std::move(inputs_)), description(std::move(description_)), limit(limit_), max_block_size(max_block_size_)
        , external(std::move(external_))
    {
    }

    Block getHeader() const override { return inputs.front()->getHeader(); }
    Block read() override;
    void cancel() override;

private:
    /// One sorted run being merged: its current block, and the file the rest comes from if it
    /// was spilled.
    struct Run
    {
        Block block;
        std::vector<const IColumn *> sort_columns;
        Columns sort_column_holders;
        size_t position = 0;
        std::unique_ptr<TemporaryBlockFile> file;
    };

    void sortRuns();
    /// Sorts `blocks` and writes them to a new run file (cleared afterwards).
    std::unique_ptr<TemporaryBlockFile> spill(Blocks & blocks);
    void addRun(Block block, std::unique_ptr<TemporaryBlockFile> file);
    /// Moves a run to its next block once the current one is used up; false at its end.
    bool advance(Run & run);
    void setBlock(Run & run, Block block);

    BlockStreams inputs;
    SortDescription description;
    size_t limit;
    size_t max_block_size;
    ExternalSortSettings external;

    bool is_sorted = false;
    std::vector<Run> runs;
    size_t emitted = 0;
};
}
