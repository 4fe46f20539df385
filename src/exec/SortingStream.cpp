#include "exec/SortingStream.h"

#include "base/Exception.h"
#include "base/Logger.h"
#include "base/MemoryTracker.h"
#include "interpreters/ProfileEvents.h"

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

std::unique_ptr<TemporaryBlockFile> SortingStream::spill(Blocks & blocks)
{
    Block merged = concatenate(getHeader(), blocks);
    blocks.clear();
    auto perm = sortPermutation(merged, description, limit);
    Block sorted = permuteBlock(merged, perm, limit);
    merged = {};
    auto file = std::make_unique<TemporaryBlockFile>(external.tmp_path, getHeader());
    for (size_t start = 0; start < sorted.rows(); start += max_block_size)
    {
        Block part;
        size_t length = std::min(max_block_size, sorted.rows() - start);
        for (const auto & column : sorted)
            part.insert({column.column->cut(start, length), column.type, column.name});
        file->write(part);
    }
    size_t compressed = file->finishWriting();
    interpreters::ProfileEvents::increment(interpreters::ProfileEvents::ExternalSortWritePart);
    interpreters::ProfileEvents::increment(interpreters::ProfileEvents::ExternalSortCompressedBytes, compressed);
    if (Logger::instance().isEnabled(Logger::Level::Debug))
        Logger::instance().log(Logger::Level::Debug, "MergeSortingTransform",
                               fmt::format("Sorted {} rows and wrote them to a temporary file of {} bytes", sorted.rows(), compressed));
    return file;
}

void SortingStream::sortRuns()
{
    Block header = getHeader();
    std::vector<Block> sorted(inputs.size());
    std::vector<std::vector<std::unique_ptr<TemporaryBlockFile>>> spilled(inputs.size());
    /// Each thread spills at its share of the limit, so the query as a whole stays under it.
    size_t spill_bytes = external.max_bytes_before_external_sort / std::max<size_t>(1, inputs.size());
    std::exception_ptr failure;
    std::mutex failure_mutex;
    auto work = [&](size_t index)
    {
        try
        {
            Blocks blocks;
            size_t rows = 0;
            size_t bytes = 0;
            while (!isCancelled())
            {
                Block block = inputs[index]->read();
                if (!block)
                    break;
                if (block.rows() == 0)
                    continue;
                rows += block.rows();
                bytes += block.allocatedBytes();
                blocks.push_back(std::move(block));
                /// With a LIMIT, shrink what is kept whenever it grows well past the limit.
                if (limit && rows > std::max<size_t>(limit * 4, max_block_size))
                {
                    Block merged = concatenate(header, blocks);
                    auto perm = sortPermutation(merged, description, limit);
                    blocks.clear();
                    blocks.push_back(permuteBlock(merged, perm, limit));
                    rows = blocks.back().rows();
                    bytes = blocks.back().allocatedBytes();
                }
                if (spill_bytes && bytes > spill_bytes)
                {
                    spilled[index].push_back(spill(blocks));
                    rows = bytes = 0;
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
    for (size_t index = 0; index < inputs.size(); ++index)
    {
        for (auto & file : spilled[index])
        {
            Block first = file->read();
            addRun(std::move(first), std::move(file));
        }
        if (sorted[index] && sorted[index].rows())
            addRun(std::move(sorted[index]), nullptr);
    }
    if (runs.size() > 1 && !spilled.empty())
        for (const auto & files : spilled)
            if (!files.empty())
            {
                interpreters::ProfileEvents::increment(interpreters::ProfileEvents::ExternalSortMerge);
                break;
            }
}

void SortingStream::setBlock(Run & run, Block block)
{
    run.block = std::move(block);
    run.position = 0;
    run.sort_columns.clear();
    run.sort_column_holders.clear();
    for (const auto & sort_column : description)
    {
        run.sort_column_holders.push_back(run.block.getByName(sort_column.name).column->convertToFullColumnIfLowCardinality());
        run.sort_columns.push_back(run.sort_column_holders.back().get());
    }
}

void SortingStream::addRun(Block block, std::unique_ptr<TemporaryBlockFile> file)
{
    if (!block || block.rows() == 0)
        return;
    Run run;
    run.file = std::move(file);
    setBlock(run, std::move(block));
    runs.push_back(std::move(run));
}

bool SortingStream::advance(Run & run)
{
    if (run.position < run.block.rows())
        return true;
    while (run.file)
    {
        Block next = run.file->read();
        if (!next)
        {
            run.file.reset();
            break;
        }
        if (next.rows())
        {
            setBlock(run, std::move(next));
            return true;
        }
    }
    return false;
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
        if (!advance(run))
            return {};
        size_t count = std::min(max_block_size, run.block.rows() - run.position);
        if (limit)
            count = std::min(count, limit - emitted);
        Block result;
        for (const auto & column : run.block)
            result.insert({column.column->cut(run.position, count), column.type, column.name});
        run.position += count;
        emitted += count;
        return result;
    }

    /// k-way merge of the sorted runs with a heap of run indexes.
    auto greater = [&](size_t a, size_t b)
    {
        int cmp = compareRows(runs[a].sort_columns, runs[a].position, runs[b].sort_columns, runs[b].position, description);
        return cmp > 0 || (cmp == 0 && a > b);
    };
    std::priority_queue<size_t, std::vector<size_t>, decltype(greater)> heap(greater);
    for (size_t i = 0; i < runs.size(); ++i)
        if (advance(runs[i]))
            heap.push(i);
    if (heap.empty())
        return {};

    MutableColumns columns = header.cloneEmptyColumns();
    size_t produced = 0;
    while (!heap.empty() && produced < max_block_size && !(limit && emitted >= limit))
    {
        size_t index = heap.top();
        heap.pop();
        auto & run = runs[index];
        size_t row = run.position++;
        for (size_t i = 0; i < columns.size(); ++i)
            columns[i]->insertFrom(*run.block.getByPosition(i).column, row);
        ++produced;
        ++emitted;
        /// A spilled run's next block is loaded only once this one is used up and the run
        /// is out of the heap, so the heap never compares against a replaced block.
        if (advance(run))
            heap.push(index);
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
