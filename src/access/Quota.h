// Quotas of users.xml: limits on what a user may use over intervals of time (queries, errors,
// rows, execution time), and the counters that track use until each interval ends. Intervals
// are aligned to multiples of their duration, as ClickHouse aligns them.
#pragma once

#include <array>
#include <chrono>
#include <mutex>
#include <string>
#include <vector>

#include "access/RoleList.h"
#include "base/Types.h"

namespace datastore::access
{
/// What a quota counts, in ClickHouse's order and names (system.quotas columns).
enum class QuotaResource
{
    Queries,
    QuerySelects,
    QueryInserts,
    Errors,
    ResultRows,
    ResultBytes,
    ReadRows,
    ReadBytes,
    ExecutionTime,
};
inline constexpr size_t kQuotaResourceCount = 9;
const char * quotaResourceName(QuotaResource resource);

struct QuotaInterval
{
    UInt64 duration_seconds = 0;
    /// 0 is unlimited; execution_time in nanoseconds.
    std::array<UInt64, kQuotaResourceCount> max{};
};

struct Quota
{
    std::string name;
    std::vector<QuotaInterval> intervals;

    /// Of CREATE QUOTA: what separates counters (KEYED BY user_name, ip_address, ...; empty
    /// for one counter shared by all it applies to), and who it applies to.
    bool is_sql = false;
    std::string keyed_by;
    RoleList to;
};

/// The use of one quota by one user. Thread-safe.
class QuotaUsage
{
public:
    QuotaUsage(Quota quota_, std::string user_name_);

    const Quota & getQuota() const { return quota; }

    enum class QueryKind
    {
        Select,
        Insert,
        Other,
    };
    /// Counts a query that starts; throws QUOTA_EXCEEDED if it is one too many, or if any
    /// limit was already passed in a current interval.
    void startQuery(QueryKind kind);
    /// Adds what a query used once it ends (or failed, which counts as an error).
    void finishQuery(UInt64 result_rows, UInt64 result_bytes, UInt64 read_rows, UInt64 read_bytes, UInt64 execution_time_ns,
                     bool is_error);

    /// The current counters of each interval, for system tables.
    struct IntervalUsage
    {
        std::chrono::system_clock::time_point end;
        std::array<UInt64, kQuotaResourceCount> used{};
    };
    std::vector<IntervalUsage> snapshot() const;

private:
    void rollIntervals(std::chrono::system_clock::time_point now);
    [[noreturn]] void throwExceeded(size_t interval_index, QuotaResource resource) const;

    Quota quota;
    std::string user_name;
    mutable std::mutex mutex;
    std::vector<IntervalUsage> usage;
};
}
