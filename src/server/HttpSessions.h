// HTTP sessions (`session_id`): SET and USE of one request last for the next requests of the
// same session, until it has been idle for its timeout. A session serves one request at a
// time; a concurrent request gets SESSION_IS_LOCKED, as in ClickHouse.
#pragma once

#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "interpreters/Context.h"

namespace datastore::server
{
class HttpSessions
{
public:
    struct Entry
    {
        interpreters::Session session;
        std::chrono::steady_clock::time_point last_used;
        std::chrono::seconds timeout{60};
        bool is_in_use = false;
    };

    /// Holds a session for one request; releasing it starts its idle time.
    class Lease
    {
    public:
        Lease(HttpSessions & sessions_, std::shared_ptr<Entry> entry_) : sessions(sessions_), entry(std::move(entry_)) {}
        ~Lease() { sessions.release(*entry); }
        Lease(const Lease &) = delete;
        Lease & operator=(const Lease &) = delete;
        interpreters::Session & session() { return entry->session; }

    private:
        HttpSessions & sessions;
        std::shared_ptr<Entry> entry;
    };

    explicit HttpSessions(std::chrono::seconds max_timeout_ = std::chrono::seconds(3600)) : max_timeout(max_timeout_) {}

    /// The session `id`, created with `defaults` unless `must_exist` (SESSION_NOT_FOUND);
    /// SESSION_IS_LOCKED while another request holds it; INVALID_SESSION_TIMEOUT beyond the maximum.
    std::unique_ptr<Lease> acquire(const std::string & id, std::chrono::seconds timeout, bool must_exist,
                                   const interpreters::Session & defaults);

private:
    void release(Entry & entry);
    void dropExpired(std::chrono::steady_clock::time_point now);

    std::chrono::seconds max_timeout;
    std::mutex mutex;
    std::map<std::string, std::shared_ptr<Entry>> entries;
};
}
