// A query's memory is what its registered threads allocated minus what they freed, the
// limit is enforced by check(), and the peak is remembered.
#include <gtest/gtest.h>

#include <cstdlib>
#include <cstring>
#include <thread>

#include "base/Exception.h"
#include "base/MemoryTracker.h"

using namespace datastore;

namespace
{
char * touch(size_t bytes)
{
    auto * memory = static_cast<char *>(std::malloc(bytes));
    std::memset(memory, 1, bytes);
    return memory;
}
}

TEST(MemoryTracker, CountsRegisteredThreadsOnly)
{
    MemoryTracker tracker("for query");
    char * before = touch(8 << 20);
    {
        MemoryTracker::ThreadScope scope(&tracker);
        EXPECT_EQ(MemoryTracker::current(), &tracker);
        EXPECT_LT(tracker.amount(), 1 << 20);
        char * held = touch(16 << 20);
        EXPECT_GE(tracker.amount(), 16 << 20);
        /// A thread working for the query takes its parent's tracker, as the executors' threads do.
        std::thread worker([&, parent = MemoryTracker::current()] {
            MemoryTracker::ThreadScope worker_scope(parent);
            char * more = touch(32 << 20);
            EXPECT_GE(tracker.amount(), 48 << 20);
            std::free(more);
        });
        worker.join();
        EXPECT_LT(tracker.amount(), 20 << 20);
        tracker.check(0);
        EXPECT_GE(tracker.peak(), 16 << 20);
        try
        {
            tracker.check(10 << 20);
            ADD_FAILURE() << "no error";
        }
        catch (const Exception & e)
        {
            EXPECT_EQ(e.code(), ErrorCodes::MEMORY_LIMIT_EXCEEDED);
            EXPECT_NE(e.message().find("Memory limit (for query) exceeded: would use 16."), std::string::npos) << e.message();
            EXPECT_NE(e.message().find("maximum: 10.00 MiB"), std::string::npos) << e.message();
        }
        std::free(held);
        tracker.check(10 << 20);
    }
    EXPECT_EQ(MemoryTracker::current(), nullptr);
    std::free(before);
}

TEST(MemoryTracker, ReadableSizes)
{
    EXPECT_EQ(formatReadableSize(0), "0.00 B");
    EXPECT_EQ(formatReadableSize(1536), "1.50 KiB");
    EXPECT_EQ(formatReadableSize(10.0 * 1024 * 1024 * 1024), "10.00 GiB");
}
