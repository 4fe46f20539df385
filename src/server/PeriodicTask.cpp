#include "server/PeriodicTask.h"

namespace datastore::server
{
PeriodicTask::PeriodicTask(std::chrono::microseconds period_, std::function<void()> task_) : period(period_), task(std::move(task_))
{
    thread = std::thread([this]
    {
        std::unique_lock lock(mutex);
        while (!stopped.wait_for(lock, period, [this] { return is_stopping; }))
        {
            lock.unlock();
            try
            {
                task();
            }
            catch (...)
            {
                /// A failed write (the client is gone) ends the reports; the query learns of it
                /// from its own writes or from the cancel watcher.
                lock.lock();
                return;
            }
            lock.lock();
        }
    });
}

void PeriodicTask::stop()
{
    {
        std::lock_guard lock(mutex);
        is_stopping = true;
    }
    stopped.notify_all();
    if (thread.joinable())
        thread.join();
}

PeriodicTask::~PeriodicTask()
{
    stop();
}
}
