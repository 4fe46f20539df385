#include "interpreters/QueryLogElement.h"

#include "base/Exception.h"
#include "base/Field.h"

namespace datastore::interpreters
{
const std::vector<std::pair<std::string, std::string>> & QueryLogElement::columns()
{
    static const std::vector<std::pair<std::string, std::string>> list = {
        {"hostname", "LowCardinality(String)"},
        {"type", "Enum8('QueryStart' = 1, 'QueryFinish' = 2, 'ExceptionBeforeStart' = 3, 'ExceptionWhileProcessing' = 4)"},
        {"event_date", "Date"},
        {"event_time", "DateTime"},
        {"event_time_microseconds", "DateTime64(6)"},
        {"query_start_time", "DateTime"},
        {"query_start_time_microseconds", "DateTime64(6)"},
        {"query_duration_ms", "UInt64"},
        {"read_rows", "UInt64"},
        {"read_bytes", "UInt64"},
        {"written_rows", "UInt64"},
        {"written_bytes", "UInt64"},
        {"result_rows", "UInt64"},
        {"result_bytes", "UInt64"},
        {"memory_usage", "UInt64"},
        {"current_database", "LowCardinality(String)"},
        {"query", "String"},
        {"normalized_query_hash", "UInt64"},
        {"query_kind", "LowCardinality(String)"},
        {"databases", "Array(LowCardinality(String))"},
        {"tables", "Array(LowCardinality(String))"},
        {"exception_code", "Int32"},
        {"exception", "String"},
        {"stack_trace", "String"},
        {"is_initial_query", "UInt8"},
        {"user", "String"},
        {"query_id", "String"},
        {"address", "String"},
        {"port", "UInt16"},
        {"initial_user", "String"},
        {"initial_query_id", "String"},
        {"initial_address", "String"},
        {"initial_port", "UInt16"},
        {"initial_query_start_time", "DateTime"},
        {"initial_query_start_time_microseconds", "DateTime64(6)"},
        {"interface", "UInt8"},
        {"is_secure", "UInt8"},
        {"os_user", "String"},
        {"client_hostname", "String"},
        {"client_name", "String"},
        {"client_revision", "UInt32"},
        {"client_version_major", "UInt32"},
        {"client_version_minor", "UInt32"},
        {"client_version_patch", "UInt32"},
        {"http_method", "UInt8"},
        {"http_user_agent", "String"},
        {"http_referer", "String"},
        {"forwarded_for", "String"},
        {"log_comment", "String"},
        {"ProfileEvents", "Map(LowCardinality(String), UInt64)"},
        {"Settings", "Map(LowCardinality(String), LowCardinality(String))"},
    };
    return list;
}

const std::vector<QueryLogElement::Alias> & QueryLogElement::aliases()
{
    static const std::vector<Alias> list = {
        {"ProfileEvents.Names", "Array(LowCardinality(String))", "mapKeys(ProfileEvents)"},
        {"ProfileEvents.Values", "Array(UInt64)", "mapValues(ProfileEvents)"},
        {"Settings.Names", "Array(LowCardinality(String))", "mapKeys(Settings)"},
        {"Settings.Values", "Array(LowCardinality(String))", "mapValues(Settings)"},
    };
    return list;
}

namespace
{
Field stringArray(const std::vector<std::string> & values)
{
    Array array;
    for (const auto & value : values)
        array.push_back(Field(value));
    return Field(std::move(array));
}

template <typename Value>
Field mapOf(const std::vector<std::pair<std::string, Value>> & pairs)
{
    Map map;
    for (const auto & [key, value] : pairs)
        map.push_back(Field(Tuple{Field(key), Field(value)}));
    return Field(std::move(map));
}
}

void QueryLogElement::appendTo(MutableColumns & out, const std::string & hostname) const
{
    constexpr Int64 kMicrosecondsPerSecond = 1000000;
    constexpr Int64 kSecondsPerDay = 86400;
    UInt64 event_seconds = static_cast<UInt64>(event_time_us / kMicrosecondsPerSecond);
    UInt64 start_seconds = static_cast<UInt64>(query_start_time_us / kMicrosecondsPerSecond);
    const Field values[] = {
        Field(hostname),
        Field(Int64(type)),
        Field(UInt64(event_seconds / kSecondsPerDay)),
        Field(event_seconds),
        Field(event_time_us),
        Field(start_seconds),
        Field(query_start_time_us),
        Field(query_duration_ms),
        Field(read_rows),
        Field(read_bytes),
        Field(written_rows),
        Field(written_bytes),
        Field(result_rows),
        Field(result_bytes),
        Field(memory_usage),
        Field(current_database),
        Field(query),
        Field(normalized_query_hash),
        Field(query_kind),
        stringArray(databases),
        stringArray(tables),
        Field(Int64(exception_code)),
        Field(exception),
        Field(stack_trace),
        /// Every query is initial: no query here starts another on a remote server.
        Field(UInt64(1)),
        Field(user),
        Field(query_id),
        Field(address),
        Field(UInt64(client_info.port)),
        Field(user),
        Field(query_id),
        Field(address),
        Field(UInt64(client_info.port)),
        Field(start_seconds),
        Field(query_start_time_us),
        Field(UInt64(client_info.interface)),
        Field(UInt64(client_info.is_secure)),
        Field(client_info.os_user),
        Field(client_info.client_hostname),
        Field(client_info.client_name),
        Field(client_info.client_revision),
        Field(client_info.client_version_major),
        Field(client_info.client_version_minor),
        Field(client_info.client_version_patch),
        Field(UInt64(client_info.http_method)),
        Field(client_info.http_user_agent),
        Field(client_info.http_referer),
        Field(client_info.forwarded_for),
        Field(log_comment),
        mapOf(profile_events),
        mapOf(settings),
    };
    if (out.size() != std::size(values))
        throw Exception(ErrorCodes::LOGICAL_ERROR, "system.query_log has {} columns, an entry has {} values", out.size(), std::size(values));
    for (size_t i = 0; i < out.size(); ++i)
        out[i]->insert(values[i]);
}

QueryLogElement::Type parseLogQueriesType(const std::string & text)
{
    static const std::pair<const char *, QueryLogElement::Type> names[] = {
        {"QUERY_START", QueryLogElement::Type::QueryStart},
        {"QUERY_FINISH", QueryLogElement::Type::QueryFinish},
        {"EXCEPTION_BEFORE_START", QueryLogElement::Type::ExceptionBeforeStart},
        {"EXCEPTION_WHILE_PROCESSING", QueryLogElement::Type::ExceptionWhileProcessing},
    };
    for (const auto & [name, type] : names)
        if (text == name)
            return type;
    throw Exception(ErrorCodes::BAD_ARGUMENTS,
                    "Unexpected value of LogQueriesType: '{}'. Must be one of ['QUERY_START', 'QUERY_FINISH', 'EXCEPTION_BEFORE_START', "
                    "'EXCEPTION_WHILE_PROCESSING']",
                    text);
}
}
