#include "storage/mergetree/MergeTreeSelectStream.h"

namespace datastore::storage
{
MergeTreeSelectStream::MergeTreeSelectStream(Block header_, std::vector<MergeTreeReadTask> tasks_, size_t max_block_size_)
    : header(std::move(header_))
    , tasks(std::move(tasks_))
    , max_block_size(std::max<size_t>(1, max_block_size_))
{
}

Block MergeTreeSelectStream::read()
{
    while (task_index < tasks.size() && !isCancelled())
    {
        const auto & task = tasks[task_index];
        if (range_index >= task.ranges.size())
        {
            ++task_index;
            range_index = 0;
            is_range_started = false;
            reader.reset();
            continue;
        }
        if (!reader)
            reader = std::make_unique<MergeTreePartReader>(
                task.part, header.getNames(), header.getDataTypes(), task.options ? *task.options : PartReadOptions{});
        auto [begin, end] = task.ranges[range_index];
        if (!is_range_started)
        {
            next_mark = begin;
            is_range_started = true;
        }
        /// Whole granules up to max_block_size rows, at least one.
        const auto & marks = task.part->marks.begin()->second;
        size_t last = next_mark;
        size_t rows = 0;
        while (last < end && (last == next_mark || rows + marks[last].rows <= max_block_size))
            rows += marks[last++].rows;
        Block block;
        if (header.columns() == 0)
            block.setRowsWithoutColumns(rows);
        else
            block = header.cloneWithColumns(reader->readGranules(next_mark, last));
        next_mark = last;
        if (next_mark >= end)
        {
            ++range_index;
            is_range_started = false;
        }
        if (rows)
            return block;
    }
    return {};
}
}
