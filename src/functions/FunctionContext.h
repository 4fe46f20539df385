// What a function may need to know about the query that calls it: the session time zone,
// the current database, the query's start time (now() is constant within a query).
#pragma once

#include <string>

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
    /// transform_null_in=1 makes NULL IN (NULL) true.
    bool transform_null_in = false;
    /// Settings that change results of particular functions.
    bool cast_keep_nullable = false;
};
}
