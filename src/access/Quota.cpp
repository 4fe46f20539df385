#include "access/Quota.h"

#include <fmt/format.h>

#include "base/DateLUT.h"
#include "base/Exception.h"

namespace datastore::access
{
namespace
{
/// "YYYY-MM-DD hh:mm:ss" in the server's time zone, as ClickHouse names an interval's end.
std::string formatServerTime(Int64 seconds)
{
    Int32 day_num = 0;
    Int64 of_day = DateLUT::serverTimezone().toDayNumAndSeconds(seconds, day_num);
    Int32 year = 0;
    UInt32 month = 0;
    UInt32 day = 0;
    DateLUT::dayNumToCivil(day_num, year, month, day);
    return fmt::format("{:04}-{:02}-{:02} {:02}:{:02}:{:02}", year, month, day, of_day / 3600, of_day / 60 % 60, of_day % 60);
}
}

const char * quotaResourceName(QuotaResource resource)
{
    switch (resource)
    {
        case QuotaResource::Queries: return "queries";
        case QuotaResource::QuerySelects: return "query_selects";
        case QuotaResource::QueryInserts: return "query_inserts";
        case QuotaResource::Errors: return "errors";
        case QuotaResource::ResultRows: return "result_rows";
        case QuotaResource::ResultBytes: return "result_bytes";
        case QuotaResource::ReadRows: return "read_rows";
        case QuotaResource::ReadBytes: return "read_bytes";
        case QuotaResource::ExecutionTime: return "execution_time";
    }
    return "";
}

QuotaUsage::QuotaUsage(Quota quota_, std::string user_name_)
    : quota(std::move(quota_)), user_name(std::move(user_name_)), usage(quota.intervals.size())
{
}

void QuotaUsage::rollIntervals(std::chrono::system_clock::time_point now)
{
    for (size_t i = 0; i < usage.size(); ++i)
    {
        if (now < usage[i].end)
            continue;
        auto duration = std::chrono::seconds(quota.intervals[i].duration_seconds);
        auto since_epoch = std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch());
        usage[i].end = std::chrono::system_clock::time_point((since_epoch / duration + 1) * duration);
        usage[i].used.fill(0);
    }
}

void QuotaUsage::throwExceeded(size_t interval_index, QuotaResource resource) const
{
    const auto & interval = quota.intervals[interval_index];
    size_t index = static_cast<size_t>(resource);
    auto used = usage[interval_index].used[index];
    auto max = interval.max[index];
    std::string amounts = resource == QuotaResource::ExecutionTime
        ? fmt::format("{}/{}", static_cast<double>(used) / 1e9, static_cast<double>(max) / 1e9)
        : fmt::format("{}/{}", used, max);
    auto end_seconds = std::chrono::duration_cast<std::chrono::seconds>(usage[interval_index].end.time_since_epoch()).count();
    throw Exception(ErrorCodes::QUOTA_EXCEEDED,
                    "Quota for user `{}` for {}s has been exceeded: {} = {}. Interval will end at {}. Name of quota template: `{}`",
                    user_name, interval.duration_seconds, quotaResourceName(resource), amounts,
                    formatServerTime(end_seconds), quota.name);
}

void QuotaUsage::startQuery(QueryKind kind)
{
    std::lock_guard lock(mutex);
    rollIntervals(std::chrono::system_clock::now());
    for (size_t i = 0; i < usage.size(); ++i)
    {
        auto & used = usage[i].used;
        const auto & max = quota.intervals[i].max;
        auto count = [&](QuotaResource resource)
        {
            size_t index = static_cast<size_t>(resource);
            ++used[index];
            if (max[index] && used[index] > max[index])
                throwExceeded(i, resource);
        };
        count(QuotaResource::Queries);
        if (kind == QueryKind::Select)
            count(QuotaResource::QuerySelects);
        if (kind == QueryKind::Insert)
            count(QuotaResource::QueryInserts);
        for (size_t index = static_cast<size_t>(QuotaResource::Errors); index < kQuotaResourceCount; ++index)
            if (max[index] && used[index] > max[index])
                throwExceeded(i, static_cast<QuotaResource>(index));
    }
}

void QuotaUsage::finishQuery(UInt64 result_rows, UInt64 result_bytes, UInt64 read_rows, UInt64 read_bytes, UInt64 execution_time_ns,
                             bool is_error)
{
    std::lock_guard lock(mutex);
    rollIntervals(std::chrono::system_clock::now());
    for (auto & interval : usage)
    {
        auto & used = interval.used;
        used[static_cast<size_t>(QuotaResource::Errors)] += is_error;
        used[static_cast<size_t>(QuotaResource::ResultRows)] += result_rows;
        used[static_cast<size_t>(QuotaResource::ResultBytes)] += result_bytes;
        used[static_cast<size_t>(QuotaResource::ReadRows)] += read_rows;
        used[static_cast<size_t>(QuotaResource::ReadBytes)] += read_bytes;
        used[static_cast<size_t>(QuotaResource::ExecutionTime)] += execution_time_ns;
    }
}

std::vector<QuotaUsage::IntervalUsage> QuotaUsage::snapshot() const
{
    std::lock_guard lock(mutex);
    return usage;
}
}
