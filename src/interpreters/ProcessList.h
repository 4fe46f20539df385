// The queries running on the server, as system.processes shows them and KILL QUERY finds
// them: each query registers for the time it runs, bounded by max_concurrent_queries, with a
// query_id no other running query has.
#pragma once

#include <condition_variable>
#include <functional>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "base/Types.h"

namespace datastore::interpreters
{
class QueryContext;

class ProcessList
{
public:
    /// What system.processes shows of one query, taken under the list's lock.
    struct QueryInfo
    {
        std::string query_id;
        std::string user;
        std::string query;
        std::string current_database;
        double elapsed_seconds = 0;
        bool is_cancelled = false;
        UInt64 read_rows = 0;
        UInt64 read_bytes = 0;
        UInt64 total_rows_approx = 0;
        UInt64 written_rows = 0;
        UInt64 written_bytes = 0;
        Int64 memory_usage = 0;
        Int64 peak_memory_usage = 0;
    };

    /// A running query, with what system.processes shows of its text and names copied when it
    /// starts: a USE in the same session changes the context's database while others read.
    struct RunningQuery
    {
        QueryContext * context;
        std::string query_id;
        std::string user;
        std::string query;
        std::string current_database;
    };

    /// A query's place in the list, removed when it goes.
    class Entry
    {
    public:
        Entry(ProcessList & list_, std::list<RunningQuery>::iterator position_) : list(list_), position(position_) {}
        ~Entry();
        Entry(const Entry &) = delete;
        Entry & operator=(const Entry &) = delete;

    private:
        ProcessList & list;
        std::list<RunningQuery>::iterator position;
    };

    /// Registers a query that starts. Throws TOO_MANY_SIMULTANEOUS_QUERIES when
    /// `max_concurrent_queries` (0: no limit) already run, QUERY_WITH_SAME_ID_IS_ALREADY_RUNNING
    /// when its query_id is taken. `context` must outlive the entry.
    std::unique_ptr<Entry> insert(QueryContext & context, size_t max_concurrent_queries);

    std::vector<QueryInfo> snapshot() const;
    size_t size() const;

    /// Cancels the running query of that id; false when there is none.
    bool cancel(const std::string & query_id);
    /// Waits until no query of that id runs, calling `check_cancelled` (which may throw) now
    /// and then, so that the waiting query can itself be stopped.
    void waitFinished(const std::string & query_id, const std::function<void()> & check_cancelled);

private:
    mutable std::mutex mutex;
    std::condition_variable has_finished;
    std::list<RunningQuery> queries;
};
}
