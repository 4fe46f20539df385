// One of the parallel streams a MergeTree read returns: it walks its share of (part, mark
// ranges) and returns blocks of whole granules, up to max_block_size rows when granules allow,
// or, under a PREWHERE, the rows of each granule that pass it.
#pragma once

#include "exec/IBlockStream.h"
#include "storage/IStorage.h"
#include "storage/mergetree/MergeTreePartReader.h"

#include <memory>
#include <vector>

namespace datastore::storage
{
/// Granules [begin, end) of a part.
using MarkRanges = std::vector<std::pair<size_t, size_t>>;

struct MergeTreeReadTask
{
    MergeTreeDataPartPtr part;
    MarkRanges ranges;
    std::shared_ptr<const PartReadOptions> options;
    /// The PREWHERE conditions this part must compute, in order (the others hold for all its rows).
    std::vector<size_t> conditions;
};

class MergeTreeSelectStream final : public exec::IBlockStream
{
public:
    /// `header` names the columns to return (empty: rows only, for count()). With a
    /// `prewhere`, `filter_only` gives the types of the columns only its conditions read,
    /// and `on_rows_read` hears of every granule read, passing rows or not.
    MergeTreeSelectStream(Block header_, std::vector<MergeTreeReadTask> tasks_, size_t max_block_size_,
                          std::shared_ptr<const PrewhereFilter> prewhere_ = nullptr, Block filter_only_ = {},
                          std::function<void(size_t, size_t)> on_rows_read_ = {});

    Block getHeader() const override { return header; }
    Block read() override;

private:
    /// The columns a condition needs that earlier conditions did not read.
    struct Stage
    {
        const FilterCondition * condition;
        std::vector<std::string> names;
        std::unique_ptr<MergeTreePartReader> reader;
    };

    void startPart(const MergeTreeReadTask & task);
    /// Whole granules of the current range, up to max_block_size rows.
    Block readGranules(size_t end);
    /// The rows passing the PREWHERE of the next granule of the current range with any; an
    /// empty Block when the range has none left.
    Block readFilteredGranule(size_t end);
    std::unique_ptr<MergeTreePartReader> makeReader(const MergeTreeReadTask & task, const std::vector<std::string> & names) const;
    const DataTypePtr & typeOf(const std::string & name) const;

    Block header;
    std::shared_ptr<const PrewhereFilter> prewhere;
    Block filter_only;
    std::function<void(size_t, size_t)> on_rows_read;
    std::vector<MergeTreeReadTask> tasks;
    size_t max_block_size;
    size_t task_index = 0;
    size_t range_index = 0;
    size_t next_mark = 0;
    bool is_part_started = false;
    bool is_range_started = false;
    /// For the current part: the conditions' stages, and the reader of the remaining columns.
    std::vector<Stage> stages;
    std::vector<std::string> rest_names;
    std::unique_ptr<MergeTreePartReader> reader;
};
}
