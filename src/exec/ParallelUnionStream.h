// Runs several streams on their own threads and hands out their blocks as one stream, in
// whatever order they arrive. The queue is bounded, so fast producers wait for the consumer.
#pragma once

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>

#include "exec/IBlockStream.h"

namespace datastore::exec
{
class ParallelUnionStream final : public IBlockStream
{
public:
    explicit ParallelUnionStream(BlockStreams children);
    ~ParallelUnionStream() override;

    Block getHeader() const override { return children.front()->getHeader(); }
    Block read() override;
    void cancel() override;

private:
    void start();
    void produce(size_t index);
    void stop();

    BlockStreams children;
    std::vector<std::thread> threads;
    std::mutex mutex;
    std::condition_variable has_block;
    std::condition_variable has_room;
    std::deque<Block> queue;
    size_t finished = 0;
    bool is_started = false;
    std::exception_ptr failure;
};

/// One stream: the only one as is, or several through a ParallelUnionStream.
BlockStreamPtr unite(BlockStreams streams);
}
