// One of the parallel streams a MergeTree read returns: it walks its share of (part, mark
// ranges) and returns blocks of whole granules, up to max_block_size rows when granules allow.
#pragma once

#include "exec/IBlockStream.h"
#include "storage/IStorage.h"
#include "storage/mergetree/MergeTreePartReader.h"

#include <memory>
#include <optional>
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
};

class MergeTreeSelectStream final : public exec::IBlockStream
{
public:
    /// `header` names the columns to read (empty: rows only, for count()). With a
    /// `granule_filter`, its columns are read first, granule by granule, and the others only
    /// for granules where some row passes it.
    MergeTreeSelectStream(Block header_, std::vector<MergeTreeReadTask> tasks_, size_t max_block_size_,
                          std::shared_ptr<const GranuleFilter> granule_filter_ = nullptr);

    Block getHeader() const override { return header; }
    Block read() override;

private:
    /// The next granule of the current range with a row passing the filter, read whole; an
    /// empty Block when the range has none left.
    Block readFilteredGranule(const MergeTreeReadTask & task, size_t end);

    Block header;
    std::shared_ptr<const GranuleFilter> granule_filter;
    /// Positions in `header` of the filter's columns, and of the rest.
    std::vector<size_t> filter_positions;
    std::vector<size_t> other_positions;
    std::unique_ptr<MergeTreePartReader> filter_reader;
    std::vector<MergeTreeReadTask> tasks;
    size_t max_block_size;
    size_t task_index = 0;
    size_t range_index = 0;
    size_t next_mark = 0;
    bool is_range_started = false;
    std::unique_ptr<MergeTreePartReader> reader;
};
}
