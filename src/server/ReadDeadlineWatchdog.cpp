#include "server/ReadDeadlineWatchdog.h"

#include <sys/socket.h>
#include <thread>

namespace datastore::server
{
namespace
{
/// How late a timed-out read may end: timeouts are seconds, so a quarter second is close enough.
constexpr auto kCheckInterval = std::chrono::milliseconds(250);
}

ReadDeadlineWatchdog & ReadDeadlineWatchdog::instance()
{
    static auto * watchdog = new ReadDeadlineWatchdog;
    return *watchdog;
}

long long ReadDeadlineWatchdog::nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

void ReadDeadlineWatchdog::add(ReadDeadline & deadline)
{
    std::lock_guard lock(mutex);
    deadlines.insert(&deadline);
    if (!is_started)
    {
        is_started = true;
        std::thread([this] { run(); }).detach();
    }
}

void ReadDeadlineWatchdog::remove(ReadDeadline & deadline)
{
    std::lock_guard lock(mutex);
    deadlines.erase(&deadline);
}

void ReadDeadlineWatchdog::run()
{
    while (true)
    {
        std::this_thread::sleep_for(kCheckInterval);
        std::lock_guard lock(mutex);
        long long now = nowMs();
        for (ReadDeadline * deadline : deadlines)
        {
            long long due = deadline->deadline_ms.load(std::memory_order_relaxed);
            if (due == 0 || due > now || deadline->expired.load(std::memory_order_relaxed))
                continue;
            deadline->expired = true;
            /// Shutting down, not closing: the descriptor stays the connection's until it ends.
            /// Only reads end: the error that follows can still be sent.
            ::shutdown(deadline->socket_fd, SHUT_RD);
        }
    }
}
}
