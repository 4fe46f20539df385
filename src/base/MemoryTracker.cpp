#include "base/MemoryTracker.h"

#include <jemalloc/jemalloc.h>

#include <fmt/format.h>

#include "base/Exception.h"

namespace datastore
{
namespace
{
thread_local MemoryTracker * current_tracker = nullptr;

const UInt64 * threadCounter(const char * name)
{
    UInt64 * counter = nullptr;
    size_t size = sizeof(counter);
    if (mallctl(name, &counter, &size, nullptr, 0) != 0)
        return nullptr;
    return counter;
}

UInt64 load(const UInt64 * counter)
{
    /// Written by its own thread only; read here from others.
    return counter ? __atomic_load_n(counter, __ATOMIC_RELAXED) : 0;
}
}

std::string formatReadableSize(double bytes)
{
    static const char * units[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
    size_t unit = 0;
    double value = bytes < 0 ? -bytes : bytes;
    while (value >= 1024 && unit + 1 < std::size(units))
    {
        value /= 1024;
        ++unit;
    }
    return fmt::format("{}{:.2f} {}", bytes < 0 ? "-" : "", value, units[unit]);
}

std::string formatReadableQuantity(double value)
{
    static const char * units[] = {"", " thousand", " million", " billion", " trillion", " quadrillion"};
    size_t unit = 0;
    double magnitude = value < 0 ? -value : value;
    while (magnitude >= 1000 && unit + 1 < std::size(units))
    {
        magnitude /= 1000;
        ++unit;
    }
    return fmt::format("{}{:.2f}{}", value < 0 ? "-" : "", magnitude, units[unit]);
}

MemoryTracker::MemoryTracker(std::string description_) : description(std::move(description_))
{
}

MemoryTracker * MemoryTracker::current()
{
    return current_tracker;
}

size_t MemoryTracker::registerThread()
{
    ThreadCounters counters;
    counters.allocated = threadCounter("thread.allocatedp");
    counters.deallocated = threadCounter("thread.deallocatedp");
    counters.allocated_at_start = load(counters.allocated);
    counters.deallocated_at_start = load(counters.deallocated);
    counters.is_active = true;
    std::lock_guard lock(mutex);
    threads.push_back(counters);
    return threads.size() - 1;
}

void MemoryTracker::unregisterThread(size_t slot)
{
    std::lock_guard lock(mutex);
    auto & counters = threads[slot];
    finished_amount += static_cast<Int64>(load(counters.allocated) - counters.allocated_at_start)
        - static_cast<Int64>(load(counters.deallocated) - counters.deallocated_at_start);
    counters.is_active = false;
}

Int64 MemoryTracker::amount() const
{
    std::lock_guard lock(mutex);
    Int64 total = finished_amount;
    for (const auto & counters : threads)
        if (counters.is_active)
            total += static_cast<Int64>(load(counters.allocated) - counters.allocated_at_start)
                - static_cast<Int64>(load(counters.deallocated) - counters.deallocated_at_start);
    return total;
}

void MemoryTracker::check(Int64 limit)
{
    Int64 now = amount();
    Int64 peak_so_far = peak_amount.load(std::memory_order_relaxed);
    while (now > peak_so_far && !peak_amount.compare_exchange_weak(peak_so_far, now, std::memory_order_relaxed))
    {
    }
    if (limit > 0 && now > limit)
        throw Exception(ErrorCodes::MEMORY_LIMIT_EXCEEDED, "Memory limit ({}) exceeded: would use {}, maximum: {}", description,
                        formatReadableSize(static_cast<double>(now)), formatReadableSize(static_cast<double>(limit)));
}

MemoryTracker::ThreadScope::ThreadScope(MemoryTracker * tracker_) : tracker(tracker_), previous(current_tracker)
{
    /// A thread already counted for this tracker must not count twice.
    if (tracker == previous)
        tracker = nullptr;
    if (!tracker)
        return;
    slot = tracker->registerThread();
    current_tracker = tracker;
}

MemoryTracker::ThreadScope::~ThreadScope()
{
    if (!tracker)
        return;
    tracker->unregisterThread(slot);
    current_tracker = previous;
}
}
