// One row of system.query_log: what a query was, who sent it, how it ended and what it
// read and wrote. The columns and their types are ClickHouse 24.x's (address is text: there
// is no IPv6 type yet).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "base/Types.h"
#include "columns/IColumn.h"
#include "interpreters/ClientInfo.h"

namespace datastore::interpreters
{
struct QueryLogElement
{
    enum class Type : Int8
    {
        QueryStart = 1,
        QueryFinish = 2,
        ExceptionBeforeStart = 3,
        ExceptionWhileProcessing = 4,
    };

    Type type = Type::QueryStart;
    /// Microseconds since the epoch.
    Int64 event_time_us = 0;
    Int64 query_start_time_us = 0;
    UInt64 query_duration_ms = 0;

    UInt64 read_rows = 0;
    UInt64 read_bytes = 0;
    UInt64 written_rows = 0;
    UInt64 written_bytes = 0;
    UInt64 result_rows = 0;
    UInt64 result_bytes = 0;
    UInt64 memory_usage = 0;

    std::string current_database;
    std::string query;
    UInt64 normalized_query_hash = 0;
    std::string query_kind;
    std::vector<std::string> databases;
    /// "database.table".
    std::vector<std::string> tables;

    Int32 exception_code = 0;
    std::string exception;
    std::string stack_trace;

    std::string user;
    std::string query_id;
    std::string address;
    ClientInfo client_info;
    std::string log_comment;

    std::vector<std::pair<std::string, UInt64>> profile_events;
    std::vector<std::pair<std::string, std::string>> settings;

    /// The table's columns as (name, type) in ClickHouse's order.
    static const std::vector<std::pair<std::string, std::string>> & columns();
    /// ClickHouse's ALIAS columns after them, as (name, type, expression): the maps' keys and
    /// values as arrays, which older dashboards read.
    struct Alias
    {
        std::string name;
        std::string type;
        std::string expression;
    };
    static const std::vector<Alias> & aliases();
    /// Appends the element as one row, a value per column of columns().
    void appendTo(MutableColumns & columns, const std::string & hostname) const;
};

/// "QueryStart", "QueryFinish", ... as the Enum8 names them; the inverse throws
/// BAD_ARGUMENTS for another word (log_queries_min_type takes 'QUERY_START' and the like).
QueryLogElement::Type parseLogQueriesType(const std::string & text);
}
