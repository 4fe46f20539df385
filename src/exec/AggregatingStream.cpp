#include "exec/AggregatingStream.h"

#include "base/MemoryTracker.h"

#include <mutex>
#include <thread>

namespace datastore::exec
{
void AggregatingStream::aggregate()
{
    std::vector<AggregatedDataPtr> datas(inputs.size());
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
            }
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
    result = aggregator.merge(std::move(datas));
}

Block AggregatingStream::read()
{
    if (!is_aggregated)
    {
        is_aggregated = true;
        aggregate();
    }
    if (isCancelled() || !result)
        return {};
    return aggregator.nextResultBlock(*result);
}

void AggregatingStream::cancel()
{
    IBlockStream::cancel();
    for (auto & input : inputs)
        input->cancel();
}
}
