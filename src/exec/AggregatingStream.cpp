#include "exec/AggregatingStream.h"

#include "base/Exception.h"
#include "base/Logger.h"
#include "base/MemoryTracker.h"
#include "interpreters/ProfileEvents.h"

#include <mutex>
#include <thread>

namespace datastore::exec
{
namespace
{
constexpr size_t kMinSpilledBytes = 1 << 20;
}

AggregatingStream::SpillFile AggregatingStream::spill(AggregatedData & data) const
{
    const auto & params = aggregator.getParams();
    SpillFile spilled_file;
    spilled_file.blocks_in_bucket.assign(Aggregator::kBucketCount, 0);
    size_t rows = 0;
    for (size_t bucket = 0; bucket < Aggregator::kBucketCount; ++bucket)
    {
        Block states = aggregator.takeBucketStates(data, bucket);
        if (!spilled_file.file)
            spilled_file.file = std::make_unique<TemporaryBlockFile>(params.tmp_path, states.cloneEmpty());
        if (!states.rows())
            continue;
        rows += states.rows();
        spilled_file.file->write(states);
        ++spilled_file.blocks_in_bucket[bucket];
    }
    size_t compressed = spilled_file.file->finishWriting();
    interpreters::ProfileEvents::increment(interpreters::ProfileEvents::ExternalAggregationWritePart);
    interpreters::ProfileEvents::increment(interpreters::ProfileEvents::ExternalAggregationCompressedBytes, compressed);
    if (Logger::instance().isEnabled(Logger::Level::Debug))
        Logger::instance().log(Logger::Level::Debug, "Aggregator",
                               fmt::format("Wrote {} aggregated keys to a temporary file of {} bytes", rows, compressed));
    return spilled_file;
}

void AggregatingStream::aggregate()
{
    std::vector<AggregatedDataPtr> datas(inputs.size());
    std::vector<std::vector<SpillFile>> spilled_by_thread(inputs.size());
    const auto & params = aggregator.getParams();
    size_t spill_bytes = aggregator.canSpill() ? params.max_bytes_before_external_group_by : 0;
    /// The query's memory, as ClickHouse decides: states keep memory of their own (hash sets,
    /// arrays) beside the arena, so the data's own size would undercount.
    auto bytes_used = [&](const AggregatedData & data) -> size_t
    {
        const auto * tracker = MemoryTracker::current();
        return tracker ? static_cast<size_t>(std::max<Int64>(0, tracker->amount())) : aggregator.dataBytes(data);
    };
    std::exception_ptr failure;
    std::mutex failure_mutex;
    auto work = [&](size_t index)
    {
        try
        {
            datas[index] = aggregator.createData();
            while (!isCancelled())
            {
                Block block = inputs[index]->read();
                if (!block)
                    break;
                aggregator.execute(block, *datas[index]);
                /// A thread holding little would write a file per block without freeing anything.
                if (spill_bytes && bytes_used(*datas[index]) > spill_bytes && aggregator.dataBytes(*datas[index]) >= kMinSpilledBytes)
                {
                    spilled_by_thread[index].push_back(spill(*datas[index]));
                    datas[index] = aggregator.createData();
                }
            }
            /// Once anything is on disk, all of it is: the buckets are then merged from files only.
            if (!spilled_by_thread[index].empty())
                spilled_by_thread[index].push_back(spill(*datas[index]));
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
    bool any_spilled = false;
    for (const auto & files : spilled_by_thread)
        any_spilled |= !files.empty();
    if (!any_spilled)
    {
        result = aggregator.merge(std::move(datas));
        return;
    }
    /// Threads that never spilled still hold their states in memory: those go to disk too.
    for (size_t index = 0; index < inputs.size(); ++index)
    {
        if (spilled_by_thread[index].empty() && datas[index])
            spilled_by_thread[index].push_back(spill(*datas[index]));
        for (auto & file : spilled_by_thread[index])
            spilled.push_back(std::move(file));
    }
    interpreters::ProfileEvents::increment(interpreters::ProfileEvents::ExternalAggregationMerge);
}

bool AggregatingStream::mergeNextSpilledBucket()
{
    if (next_spilled_bucket >= Aggregator::kBucketCount)
        return false;
    size_t bucket = next_spilled_bucket++;
    result = aggregator.createData();
    for (auto & spilled_file : spilled)
        for (size_t i = 0; i < spilled_file.blocks_in_bucket[bucket]; ++i)
            aggregator.mergeBucketStates(spilled_file.file->read(), *result);
    return true;
}

Block AggregatingStream::read()
{
    if (!is_aggregated)
    {
        is_aggregated = true;
        aggregate();
    }
    if (spilled.empty())
    {
        if (isCancelled() || !result)
            return {};
        return aggregator.nextResultBlock(*result);
    }
    while (!isCancelled())
    {
        if (result)
            if (Block block = aggregator.nextResultBlock(*result))
                return block;
        if (!mergeNextSpilledBucket())
            return {};
    }
    return {};
}

void AggregatingStream::cancel()
{
    IBlockStream::cancel();
    for (auto & input : inputs)
        input->cancel();
}
}
