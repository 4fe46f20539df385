#include "interpreters/ProcessList.h"

#include <algorithm>

#include "base/Exception.h"
#include "base/MemoryTracker.h"
#include "interpreters/Context.h"

namespace datastore::interpreters
{
ProcessList::Entry::~Entry()
{
    std::lock_guard lock(list.mutex);
    list.queries.erase(position);
    list.has_finished.notify_all();
}

std::unique_ptr<ProcessList::Entry> ProcessList::insert(QueryContext & context, size_t max_concurrent_queries)
{
    std::lock_guard lock(mutex);
    if (max_concurrent_queries && queries.size() >= max_concurrent_queries)
        throw Exception(ErrorCodes::TOO_MANY_SIMULTANEOUS_QUERIES, "Too many simultaneous queries. Maximum: {}", max_concurrent_queries);
    for (const auto & running : queries)
        if (running.query_id == context.query_id && !context.query_id.empty())
            throw Exception(ErrorCodes::QUERY_WITH_SAME_ID_IS_ALREADY_RUNNING, "Query with id = {} is already running", context.query_id);
    queries.push_back({&context, context.query_id, context.user, context.query_text, context.current_database});
    return std::make_unique<Entry>(*this, std::prev(queries.end()));
}

std::vector<ProcessList::QueryInfo> ProcessList::snapshot() const
{
    std::lock_guard lock(mutex);
    std::vector<QueryInfo> result;
    result.reserve(queries.size());
    auto now = std::chrono::steady_clock::now();
    for (const auto & running : queries)
    {
        const auto * context = running.context;
        QueryInfo info;
        info.query_id = running.query_id;
        info.user = running.user;
        info.query = running.query;
        info.current_database = running.current_database;
        info.elapsed_seconds = std::chrono::duration<double>(now - context->start_time).count();
        info.is_cancelled = context->isCancelled();
        const auto & progress = context->progress;
        info.read_rows = progress.read_rows;
        info.read_bytes = progress.read_bytes;
        info.total_rows_approx = progress.total_rows_to_read;
        info.written_rows = progress.written_rows;
        info.written_bytes = progress.written_bytes;
        if (context->memory_tracker)
        {
            info.memory_usage = context->memory_tracker->amount();
            info.peak_memory_usage = std::max(context->memory_tracker->peak(), info.memory_usage);
        }
        result.push_back(std::move(info));
    }
    return result;
}

size_t ProcessList::size() const
{
    std::lock_guard lock(mutex);
    return queries.size();
}

bool ProcessList::cancel(const std::string & query_id)
{
    std::lock_guard lock(mutex);
    for (auto & running : queries)
        if (running.query_id == query_id)
        {
            running.context->cancel();
            return true;
        }
    return false;
}

void ProcessList::waitFinished(const std::string & query_id, const std::function<void()> & check_cancelled)
{
    std::unique_lock lock(mutex);
    auto is_gone = [&] {
        return std::none_of(queries.begin(), queries.end(), [&](const RunningQuery & running) { return running.query_id == query_id; });
    };
    while (!has_finished.wait_for(lock, std::chrono::milliseconds(100), is_gone))
    {
        lock.unlock();
        check_cancelled();
        lock.lock();
    }
}
}
