// While a query runs without reading from its client (a long SELECT before its first block),
// watches the socket for the client's hang-up, and on the native protocol for its Cancel
// packet, and cancels the query: Ctrl+C in clickhouse-client or a closed HTTP connection
// stops it at once. What the client sent stays in the socket for the connection to read.
#pragma once

#include <atomic>
#include <thread>

#include "interpreters/Context.h"
#include "server/ConnectionStream.h"

namespace datastore::server
{
class ClientCancelWatcher
{
public:
    /// Native: a Cancel packet cancels too. Http: only a hang-up does; other bytes (the
    /// request body still arriving) end the watch.
    enum class Protocol
    {
        Native,
        Http,
    };

    /// Starts watching the connection's socket; `context` must outlive the watcher.
    ClientCancelWatcher(ConnectionStream & connection, interpreters::QueryContext & context, Protocol protocol);
    /// Stops watching, at once. Must be called before anyone else reads the socket
    /// (INSERT data), or the watcher could take a byte inside a packet for a Cancel.
    void stop();
    ~ClientCancelWatcher();

private:
    std::atomic<bool> is_done{false};
    /// Written by stop() to end the watcher's poll: a poll timeout instead added its length to
    /// every query (100 ms to a 10 ms SELECT).
    int wake_fd = -1;
    std::thread thread;
};
}
