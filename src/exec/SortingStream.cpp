#include "exec/SortingStream.h"

#include "base/MemoryTracker.h"

#include <mutex>
#include <queue>
#include <thread>

namespace datastore::exec
{
namespace
{
/// Concatenates blocks of one header into one block.
Block concatenate(const Block & header, Blocks & blocks)
{
    if (blocks.size() == 1)
        return std::move(blocks.front());
    MutableColumns columns = header.cloneEmptyColumns();
    size_t rows = 0;
    for (auto & block : blocks)
    {
        rows += block.rows();
        for (size_t i = 0; i < columns.size(); ++i)
        {
            auto full = block.getByPosition(i).column->convertToFullColumnIfConst();
            columns[i]->insertRangeFrom(*full, 0, full->size());
        }
    }
    Block result;
    for (size_t i = 0; i < columns.size(); ++i)
        result.insert({std::move(columns[i]), header.getByPosition(i).type, header.getByPosition(i).name});
    if (result.empty())
        result.setRowsWithoutColumns(rows);
    return result;
}

Block permuteBlock(const Block & block, const Permutation & perm, size_t limit)
{
    Block result;
    for (const auto & column : block)
        result.insert({column.column->convertToFullColumnIfConst()->permute(perm, limit), column.type, column.name});
    return result;
}
}

void SortingStream::sortRuns()
{
    Block header = getHeader();
    std::vector<Block> sorted(inputs.size());
    std::exception_ptr failure;
    std::mutex failure_mutex;
    auto work = [&](size_t index)
    {
        try
        {
            Blocks blocks;
            size_t rows = 0;
            while (!isCancelled())
            {
                Block block = inputs[index]->read();
                if (!block)
                    break;
                if (block.rows() == 0)
                    continue;
                rows += block.rows();
                blocks.push_back(std::move(block));
                /// With a LIMIT, shrink what is kept whenever it grows well past the limit.
                if (limit && rows > std::max<size_t>(limit * 4, max_block_size))
                {
                    Block merged = concatenate(header, blocks);
                    auto perm = sortPermutation(merged, description, limit);
                    blocks.clear();
                    blocks.push_back(permuteBlock(merged, perm, limit));
                    rows = blocks.back().rows();
                }
            }
            if (blocks.empty())
                return;
            Block merged = concatenate(header, blocks);
            auto perm = sortPermutation(merged, description, limit);
            sorted[index] = permuteBlock(merged, perm, limit);
        }
        catch (...)
        {
            std::lock_guard lock(failure_mutex);
            if (!failure)
                failure = std::current_exception();
            cancel();
        }
    };
    std::vector<std::thread> threads;
    for (size_t i = 1; i < inputs.size(); ++i)
        threads.emplace_back([&work, i, tracker = MemoryTracker::current()] {
            MemoryTracker::ThreadScope scope(tracker);
            work(i);
        });
    work(0);
    for (auto & thread : threads)
        thread.join();
    if (failure)
        std::rethrow_exception(failure);
    for (auto & run : sorted)
    {
        if (!run || run.rows() == 0)
            continue;
        std::vector<const IColumn *> sort_columns;
        for (auto & sort_column : description)
        {
            sort_column_holders.push_back(run.getByName(sort_column.name).column->convertToFullColumnIfLowCardinality());
            sort_columns.push_back(sort_column_holders.back().get());
        }
        runs.push_back(std::move(run));
        run_sort_columns.push_back(std::move(sort_columns));
        run_positions.push_back(0);
    }
}

Block SortingStream::read()
{
    if (!is_sorted)
    {
        is_sorted = true;
        sortRuns();
    }
    if (isCancelled() || runs.empty() || (limit && emitted >= limit))
        return {};

    Block header = getHeader();
    if (runs.size() == 1)
    {
        auto & run = runs.front();
        size_t position = run_positions.front();
        size_t rows = run.rows();
        if (position >= rows)
            return {};
        size_t count = std::min(max_block_size, rows - position);
        if (limit)
            count = std::min(count, limit - emitted);
        Block result;
        for (const auto & column : run)
            result.insert({column.column->cut(position, count), column.type, column.name});
        run_positions.front() += count;
        emitted += count;
        return result;
    }

    /// k-way merge of the sorted runs with a heap of run indexes.
    auto greater = [&](size_t a, size_t b)
    {
        int cmp = compareRows(run_sort_columns[a], run_positions[a], run_sort_columns[b], run_positions[b], description);
        return cmp > 0 || (cmp == 0 && a > b);
    };
    std::priority_queue<size_t, std::vector<size_t>, decltype(greater)> heap(greater);
    for (size_t i = 0; i < runs.size(); ++i)
        if (run_positions[i] < runs[i].rows())
            heap.push(i);
    if (heap.empty())
        return {};

    MutableColumns columns = header.cloneEmptyColumns();
    size_t produced = 0;
    while (!heap.empty() && produced < max_block_size && !(limit && emitted >= limit))
    {
        size_t run = heap.top();
        heap.pop();
        size_t row = run_positions[run]++;
        for (size_t i = 0; i < columns.size(); ++i)
            columns[i]->insertFrom(*runs[run].getByPosition(i).column, row);
        ++produced;
        ++emitted;
        if (run_positions[run] < runs[run].rows())
            heap.push(run);
    }
    Block result;
    for (size_t i = 0; i < columns.size(); ++i)
        result.insert({std::move(columns[i]), header.getByPosition(i).type, header.getByPosition(i).name});
    return result;
}

void SortingStream::cancel()
{
    IBlockStream::cancel();
    for (auto & input : inputs)
        input->cancel();
}
}
