// The <query_log> section of config.xml: where system.query_log lives, how it is
// partitioned and kept, and how often its buffer is flushed.
#pragma once

#include <string>

#include "base/Types.h"

namespace datastore::interpreters
{
struct QueryLogConfig
{
    bool is_enabled = false;
    std::string database = "system";
    std::string table = "query_log";
    /// <engine> replaces partition_by, order_by and ttl when given ("ENGINE = MergeTree ...").
    std::string engine;
    std::string partition_by = "toYYYYMM(event_date)";
    std::string order_by = "(event_date, event_time)";
    std::string ttl;
    UInt64 flush_interval_milliseconds = 7500;
    /// Entries held in memory at most: older ones are dropped (with a log line) past it.
    UInt64 max_size_rows = 1048576;
};
}
