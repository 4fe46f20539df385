// While a query runs without reading from its client (a long SELECT before its first block),
// watches the socket for the client's Cancel packet or its hang-up and cancels the query,
// so Ctrl+C in clickhouse-client stops it at once. The packet itself stays in the socket for
// the connection to read.
#pragma once

#include <atomic>
#include <thread>

#include "interpreters/Context.h"

namespace datastore::server
{
class ClientCancelWatcher
{
public:
    /// Starts watching `socket_fd`; `context` must outlive the watcher.
    ClientCancelWatcher(int socket_fd, interpreters::QueryContext & context);
    /// Stops watching (within 100 ms). Must be called before anyone else reads the socket
    /// (INSERT data), or the watcher could take a byte inside a packet for a Cancel.
    void stop();
    ~ClientCancelWatcher() { stop(); }

private:
    std::atomic<bool> is_done{false};
    std::thread thread;
};
}
