#include "server/HttpSessions.h"

#include "base/Exception.h"

namespace datastore::server
{
std::unique_ptr<HttpSessions::Lease> HttpSessions::acquire(const std::string & id, std::chrono::seconds timeout, bool must_exist,
                                                           const interpreters::Session & defaults)
{
    if (timeout > max_timeout)
        throw Exception(ErrorCodes::INVALID_SESSION_TIMEOUT, "Session timeout '{}' is larger than max_session_timeout: {}. Maximum session timeout could be modified in configuration file.",
                        timeout.count(), max_timeout.count());
    auto now = std::chrono::steady_clock::now();
    std::lock_guard lock(mutex);
    dropExpired(now);
    auto it = entries.find(id);
    if (it == entries.end())
    {
        if (must_exist)
            throw Exception(ErrorCodes::SESSION_NOT_FOUND, "Session {} not found", id);
        auto entry = std::make_shared<Entry>();
        entry->session = defaults;
        it = entries.emplace(id, std::move(entry)).first;
    }
    auto & entry = *it->second;
    if (entry.is_in_use)
        throw Exception(ErrorCodes::SESSION_IS_LOCKED, "Session {} is locked by a concurrent client", id);
    entry.is_in_use = true;
    entry.timeout = timeout;
    return std::make_unique<Lease>(*this, it->second);
}

void HttpSessions::release(Entry & entry)
{
    std::lock_guard lock(mutex);
    entry.is_in_use = false;
    entry.last_used = std::chrono::steady_clock::now();
}

void HttpSessions::dropExpired(std::chrono::steady_clock::time_point now)
{
    for (auto it = entries.begin(); it != entries.end();)
    {
        if (!it->second->is_in_use && now - it->second->last_used > it->second->timeout)
            it = entries.erase(it);
        else
            ++it;
    }
}
}
