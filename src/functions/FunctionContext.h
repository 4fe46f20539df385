// What a function may need to know about the query that calls it: the session time zone,
// the current database, the query's start time (now() is constant within a query).
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "base/Types.h"

namespace datastore::functions
{
struct FunctionContext
{
    std::string current_database = "default";
    /// Empty means the server's time zone.
    std::string session_timezone;
    /// Microseconds since the epoch when the query started.
    Int64 query_start_time_us = 0;
    /// Microseconds since the epoch when the server (or local engine) started, for uptime().
    Int64 server_start_time_us = 0;
    /// transform_null_in=1 makes NULL IN (NULL) true.
    bool transform_null_in = false;
    /// Settings that change results of particular functions.
    bool cast_keep_nullable = false;
    /// The query's setting `name` as its type in SettingsList ("UInt64", "Bool", "String"...) and
    /// its text as system.settings shows it; false for an unknown name. Valid while the query
    /// is analyzed (getSetting reads it then), empty outside a query.
    std::function<bool(std::string_view name, std::string & type, std::string & value)> find_setting;
};
}
