#include "base/ServerMemoryUsage.h"

#include <atomic>
#include <chrono>
#include <jemalloc/jemalloc.h>
#include <unistd.h>

#include "base/Exception.h"
#include "base/MemoryTracker.h"

namespace datastore
{
namespace
{
constexpr Int64 kRefreshMicroseconds = 5000;

std::atomic<Int64> cached_allocated{0};
std::atomic<Int64> refreshed_at_us{0};

Int64 nowMicroseconds()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

Int64 readAllocated()
{
    /// jemalloc's statistics are a snapshot taken when the epoch advances.
    UInt64 epoch = 1;
    size_t epoch_size = sizeof(epoch);
    mallctl("epoch", &epoch, &epoch_size, &epoch, epoch_size);
    size_t allocated = 0;
    size_t size = sizeof(allocated);
    if (mallctl("stats.allocated", &allocated, &size, nullptr, 0) != 0)
        return 0;
    return static_cast<Int64>(allocated);
}
}

Int64 serverMemoryUsage()
{
    Int64 now = nowMicroseconds();
    Int64 refreshed = refreshed_at_us.load(std::memory_order_relaxed);
    if (now - refreshed >= kRefreshMicroseconds && refreshed_at_us.compare_exchange_strong(refreshed, now))
        cached_allocated.store(readAllocated(), std::memory_order_relaxed);
    return cached_allocated.load(std::memory_order_relaxed);
}

void checkServerMemoryUsage(Int64 limit)
{
    if (limit <= 0)
        return;
    Int64 used = serverMemoryUsage();
    if (used > limit)
        throw Exception(ErrorCodes::MEMORY_LIMIT_EXCEEDED, "Memory limit (total) exceeded: would use {}, maximum: {}",
                        formatReadableSize(static_cast<double>(used)), formatReadableSize(static_cast<double>(limit)));
}

UInt64 physicalMemory()
{
    long pages = ::sysconf(_SC_PHYS_PAGES);
    long page_size = ::sysconf(_SC_PAGESIZE);
    return pages > 0 && page_size > 0 ? static_cast<UInt64>(pages) * static_cast<UInt64>(page_size) : 0;
}
}
