// system.query_log's writer: queries hand it entries, which wait in memory and are written
// to the log's MergeTree table in batches by a background thread every
// flush_interval_milliseconds, on SYSTEM FLUSH LOGS and at shutdown. The table is created
// on the first flush (and again after a DROP); one left by a version with other columns is
// renamed to query_log_N. Writing goes straight to the table, never
// through executeQuery, so the log never logs itself; a failed write is logged and its
// entries dropped, so it never fails a query.
#pragma once

#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

#include "interpreters/QueryLogConfig.h"
#include "interpreters/QueryLogElement.h"
#include "storage/IStorage.h"

namespace datastore::interpreters
{
class Database;
class ServerContext;

class QueryLog
{
public:
    QueryLog(ServerContext & server_, QueryLogConfig config_);
    ~QueryLog();

    const QueryLogConfig & getConfig() const { return config; }

    /// Queues an entry; never throws. Past max_size_rows queued entries the new one is dropped.
    void add(QueryLogElement element) noexcept;
    /// Writes every queued entry now (SYSTEM FLUSH LOGS); throws what writing threw.
    void flush();

    /// Starts the background thread.
    void startup();
    /// Writes what is queued and stops the thread.
    void shutdown();

private:
    void run();
    /// Takes the queue and writes it; one writer at a time, so batches keep their order.
    void writeQueued();
    /// The table, created (with its database) if it does not exist; one with other columns
    /// (an older version's) is renamed to <table>_N first.
    storage::StoragePtr getOrCreateTable();
    static bool hasCurrentStructure(const storage::IStorage & table);
    void renameOutdatedTable(Database & database, const storage::StoragePtr & table);
    std::string createQuery() const;

    ServerContext & server;
    const QueryLogConfig config;
    std::string hostname;

    std::mutex queue_mutex;
    std::condition_variable wake;
    std::vector<QueryLogElement> queue;
    bool is_stopping = false;
    bool is_overflow_reported = false;

    std::mutex write_mutex;
    /// The table last found with the current structure (under write_mutex).
    storage::StoragePtr checked_table;
    std::thread thread;
};
}
