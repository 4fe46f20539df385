// The execution model: a query is a tree of pull-based block streams. Each read() returns
// the next block, or an empty Block at the end. Parallelism is explicit: a storage returns
// several streams (one per thread), per-thread transforms wrap each, and the operators that
// join them (ParallelUnionStream, AggregatingStream, SortingStream) run them on threads.
#pragma once

#include <atomic>
#include <memory>
#include <vector>

#include "columns/Block.h"

namespace datastore::exec
{
class IBlockStream
{
public:
    virtual ~IBlockStream() = default;

    /// Columns, types and names of the blocks this stream returns (with empty columns).
    virtual Block getHeader() const = 0;
    /// Next block, or an empty Block at end of stream. Blocks may have zero rows.
    virtual Block read() = 0;
    /// Asks the stream to stop early (LIMIT reached, client gone); read() may then return end.
    virtual void cancel() { is_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return is_cancelled.load(std::memory_order_relaxed); }

protected:
    std::atomic<bool> is_cancelled{false};
};

using BlockStreamPtr = std::shared_ptr<IBlockStream>;
using BlockStreams = std::vector<BlockStreamPtr>;

/// Where INSERTs write: blocks in, then finish() commits everything written, or the
/// sink's destructor discards what was not committed.
class IBlockSink
{
public:
    virtual ~IBlockSink() = default;
    virtual Block getHeader() const = 0;
    virtual void write(const Block & block) = 0;
    /// Makes everything written visible at once; after a throw nothing of it is visible.
    virtual void finish() = 0;
};

using BlockSinkPtr = std::shared_ptr<IBlockSink>;
}
