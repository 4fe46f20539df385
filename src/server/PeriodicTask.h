// Runs a callback every `period` on a thread of its own until stopped: the native protocol's
// Progress packets every interactive_delay while a query runs, so a long query with no result
// yet (a count over billions of rows) still shows its client how far it got.
#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace datastore::server
{
class PeriodicTask
{
public:
    PeriodicTask(std::chrono::microseconds period_, std::function<void()> task_);
    /// Returns once the callback is not running and will not run again.
    void stop();
    ~PeriodicTask();

private:
    std::chrono::microseconds period;
    std::function<void()> task;
    std::mutex mutex;
    std::condition_variable stopped;
    bool is_stopping = false;
    std::thread thread;
};
}
