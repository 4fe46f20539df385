// Ends reads that wait too long. A blocking read on a socket (plain, or inside a TLS
// handshake or record) cannot be given a timeout through Asio's synchronous calls, so one
// thread checks every registered connection's deadline and shuts a late socket down: the
// blocked read then returns, and its connection ends instead of holding a worker for good.
#pragma once

#include <atomic>
#include <chrono>
#include <mutex>
#include <unordered_set>

namespace datastore::server
{
/// What a connection gives the watchdog: its socket and the moment its current read must end.
struct ReadDeadline
{
    int socket_fd = -1;
    /// Steady-clock milliseconds; 0 while no read waits.
    std::atomic<long long> deadline_ms{0};
    /// Set by the watchdog when it shut the socket down.
    std::atomic<bool> expired{false};
};

class ReadDeadlineWatchdog
{
public:
    /// Never destroyed: connections of detached workers may still end during exit.
    static ReadDeadlineWatchdog & instance();

    /// The deadline must stay alive until remove(); the thread starts on the first add().
    void add(ReadDeadline & deadline);
    void remove(ReadDeadline & deadline);

    static long long nowMs();

private:
    ReadDeadlineWatchdog() = default;
    void run();

    std::mutex mutex;
    std::unordered_set<ReadDeadline *> deadlines;
    bool is_started = false;
};
}
