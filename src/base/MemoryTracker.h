// The memory a query holds, read from jemalloc's per-thread counters of bytes allocated and
// freed: each thread working for the query registers itself, and the query's memory is the
// sum of what its threads allocated minus what they freed since then. Nothing is added to
// the allocation path; the limit (max_memory_usage) is checked between blocks.
#pragma once

#include <atomic>
#include <mutex>
#include <string>
#include <vector>

#include "base/Types.h"

namespace datastore
{
class MemoryTracker
{
public:
    /// `description` names it in errors ("for query").
    explicit MemoryTracker(std::string description_);
    MemoryTracker(const MemoryTracker &) = delete;
    MemoryTracker & operator=(const MemoryTracker &) = delete;

    /// Counts the calling thread's allocations for the tracker while the scope lives, and
    /// makes the tracker the thread's current one. A null tracker counts nothing.
    class ThreadScope
    {
    public:
        explicit ThreadScope(MemoryTracker * tracker_);
        ~ThreadScope();
        ThreadScope(const ThreadScope &) = delete;
        ThreadScope & operator=(const ThreadScope &) = delete;

    private:
        MemoryTracker * tracker;
        MemoryTracker * previous;
        size_t slot = 0;
    };

    /// The tracker of the query the calling thread works for, or null.
    static MemoryTracker * current();

    /// Bytes held now: allocated minus freed by the registered threads since they registered.
    Int64 amount() const;
    Int64 peak() const { return peak_amount.load(std::memory_order_relaxed); }
    /// Updates the peak; throws MEMORY_LIMIT_EXCEEDED (241) above `limit` (0: no limit). The
    /// limit comes with each check because a query's settings may change it as it starts.
    void check(Int64 limit);

private:
    struct ThreadCounters
    {
        const UInt64 * allocated = nullptr;
        const UInt64 * deallocated = nullptr;
        UInt64 allocated_at_start = 0;
        UInt64 deallocated_at_start = 0;
        bool is_active = false;
    };

    size_t registerThread();
    void unregisterThread(size_t slot);

    std::string description;
    mutable std::mutex mutex;
    std::vector<ThreadCounters> threads;
    /// What threads that left had allocated minus freed.
    Int64 finished_amount = 0;
    std::atomic<Int64> peak_amount{0};
};

/// "9.31 GiB", as ClickHouse prints sizes in messages.
std::string formatReadableSize(double bytes);
/// "65.41 thousand", "10.00", as ClickHouse prints counts of rows in messages.
std::string formatReadableQuantity(double value);
}
