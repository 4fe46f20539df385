#include "exec/ParallelUnionStream.h"

#include "base/MemoryTracker.h"

namespace datastore::exec
{
ParallelUnionStream::ParallelUnionStream(BlockStreams children_) : children(std::move(children_))
{
}

ParallelUnionStream::~ParallelUnionStream()
{
    stop();
}

void ParallelUnionStream::start()
{
    is_started = true;
    for (size_t i = 0; i < children.size(); ++i)
        threads.emplace_back([this, i, tracker = MemoryTracker::current()] {
            MemoryTracker::ThreadScope scope(tracker);
            produce(i);
        });
}

void ParallelUnionStream::produce(size_t index)
{
    try
    {
        while (!isCancelled())
        {
            Block block = children[index]->read();
            if (!block)
                break;
            std::unique_lock lock(mutex);
            has_room.wait(lock, [&] { return queue.size() < children.size() * 2 || isCancelled(); });
            if (isCancelled())
                break;
            queue.push_back(std::move(block));
            has_block.notify_one();
        }
    }
    catch (...)
    {
        std::lock_guard lock(mutex);
        if (!failure)
            failure = std::current_exception();
        IBlockStream::cancel();
        for (auto & child : children)
            child->cancel();
    }
    std::lock_guard lock(mutex);
    ++finished;
    has_block.notify_all();
}

Block ParallelUnionStream::read()
{
    if (!is_started)
        start();
    std::unique_lock lock(mutex);
    has_block.wait(lock, [&] { return !queue.empty() || finished == children.size() || failure; });
    if (failure)
        std::rethrow_exception(failure);
    if (queue.empty())
        return {};
    Block block = std::move(queue.front());
    queue.pop_front();
    has_room.notify_one();
    return block;
}

void ParallelUnionStream::cancel()
{
    IBlockStream::cancel();
    for (auto & child : children)
        child->cancel();
    std::lock_guard lock(mutex);
    has_room.notify_all();
}

void ParallelUnionStream::stop()
{
    if (!is_started)
        return;
    cancel();
    for (auto & thread : threads)
        if (thread.joinable())
            thread.join();
    threads.clear();
}

BlockStreamPtr unite(BlockStreams streams)
{
    if (streams.size() == 1)
        return streams.front();
    return std::make_shared<ParallelUnionStream>(std::move(streams));
}
}
