// The server-wide state (paths, catalog, default settings) and the per-query state
// (settings, current database, query id, progress, cancellation) that every layer reads.
#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "access/RoleList.h"
#include "functions/FunctionContext.h"
#include "interpreters/ClientInfo.h"
#include "interpreters/ClusterReplica.h"
#include "interpreters/QueryLogConfig.h"
#include "interpreters/Settings.h"

namespace datastore
{
class MemoryTracker;
class StatusFile;
}

namespace datastore::storage
{
class IStorage;
}

namespace datastore::access
{
class AccessControl;
class ContextAccess;
enum class AccessType;
}

namespace datastore::interpreters
{
class DatabaseCatalog;
class ProcessList;
class QueryLog;

struct ServerConfig
{
    /// Root of metadata/ and data/ (ClickHouse's <path>), ending with '/'.
    std::string path = "./data/";
    std::string tmp_path;
    std::string listen_host = "127.0.0.1";
    UInt16 http_port = 8123;
    UInt16 tcp_port = 9000;
    std::string timezone = "UTC";
    size_t max_concurrent_queries = 100;
    /// Bytes all queries together may hold (0: no limit); queries over it fail with 241.
    UInt64 max_server_memory_usage = 0;
    std::string display_name = "datastore";
    /// <macros>, for system.macros and {name} in queries.
    std::map<std::string, std::string> macros;
    /// <remote_servers>, for system.clusters.
    std::vector<ClusterReplica> clusters;
    /// <query_log>; disabled when the section is absent.
    QueryLogConfig query_log;
};

class ServerContext
{
public:
    explicit ServerContext(ServerConfig config);
    ~ServerContext();

    const ServerConfig & getConfig() const { return config; }
    DatabaseCatalog & getCatalog() { return *catalog; }
    ProcessList & getProcessList() { return *process_list; }
    /// system.query_log's writer; null when <query_log> is not configured.
    QueryLog * getQueryLog() { return query_log.get(); }
    const Settings & getDefaultSettings() const { return default_settings; }
    Settings & getDefaultSettingsMutable() { return default_settings; }
    std::chrono::system_clock::time_point getStartTime() const { return start_time; }
    /// The server's users; null in `datastore local`, which has no users to check.
    access::AccessControl * getAccessControl() const { return access_control.get(); }
    void setAccessControl(std::shared_ptr<access::AccessControl> access_control_) { access_control = std::move(access_control_); }

    /// Loads databases and tables from disk and starts background work.
    void loadCatalog();
    void shutdown();

private:
    ServerConfig config;
    Settings default_settings;
    /// Declared before the catalog, so the directory stays locked until the catalog is gone.
    std::unique_ptr<StatusFile> status_file;
    std::unique_ptr<DatabaseCatalog> catalog;
    std::unique_ptr<ProcessList> process_list;
    std::unique_ptr<QueryLog> query_log;
    std::chrono::system_clock::time_point start_time;
    std::shared_ptr<access::AccessControl> access_control;
};

/// Rows and bytes read and written so far by a query, shown as progress and in headers.
struct Progress
{
    std::atomic<UInt64> read_rows{0};
    std::atomic<UInt64> read_bytes{0};
    std::atomic<UInt64> written_rows{0};
    std::atomic<UInt64> written_bytes{0};
    std::atomic<UInt64> total_rows_to_read{0};
    std::atomic<UInt64> result_rows{0};
    std::atomic<UInt64> result_bytes{0};
};

/// What outlives a query on a connection that keeps a session (the native protocol): SET
/// and USE change it, and each query of the session starts from it.
struct Session
{
    Settings settings;
    std::string current_database = "default";
    /// The roles SET ROLE enabled; nullopt for the user's default roles.
    std::optional<access::RoleList> current_roles;
};

class QueryContext
{
public:
    explicit QueryContext(ServerContext & server_);

    ServerContext & getServer() { return server; }
    DatabaseCatalog & getCatalog() { return server.getCatalog(); }

    Settings settings;
    std::string current_database = "default";
    std::string query_id;
    std::string user = "default";
    std::string client_address;
    /// Who sent the query and how (interface, port, client name...), for system.query_log.
    ClientInfo client_info;
    std::string query_text;
    /// Values of {name:Type} query parameters, as text.
    std::map<std::string, std::string> query_parameters;
    Progress progress;
    std::chrono::steady_clock::time_point start_time = std::chrono::steady_clock::now();
    Int64 start_time_us = 0;
    /// The session the query runs in, if any (not owned).
    Session * session = nullptr;
    /// Memory of the query's threads, limited by max_memory_usage; set when it starts running.
    std::shared_ptr<MemoryTracker> memory_tracker;
    /// What the logged-in user may do; null for a query of the server itself or of `datastore local`.
    std::shared_ptr<const access::ContextAccess> access;
    /// Throws ACCESS_DENIED when the user may not do `type` on the table (or database, if
    /// `table` is empty).
    void checkAccess(access::AccessType type, const std::string & database, const std::string & table = {}) const;

    /// A table by name as this query sees it: an override if one is set, else the catalog's.
    /// Throws UNKNOWN_DATABASE or UNKNOWN_TABLE.
    std::shared_ptr<storage::IStorage> getTable(const std::string & database, const std::string & table);
    /// Tables seen in place of the catalog's: a materialized view's SELECT reads the block
    /// being inserted as its source table. Keyed by (database, table).
    std::map<std::pair<std::string, std::string>, std::shared_ptr<storage::IStorage>> table_overrides;

    /// Tables the query resolved through getTable, as (database, table): system.query_log's
    /// databases and tables.
    std::vector<std::pair<std::string, std::string>> getAccessedTables() const;

    functions::FunctionContext getFunctionContext() const;
    /// Throws QUERY_WAS_CANCELLED or TIMEOUT_EXCEEDED when the query should stop.
    void checkCancelled() const;
    /// May be called from any thread (a connection watching its client).
    void cancel();
    /// What cancel() also does while the query's streams run: ask them to stop (not owned;
    /// cleared with nullptr before the streams go).
    void setOnCancel(std::function<void()> callback);
    bool isCancelled() const { return is_cancelled.load(); }

private:
    ServerContext & server;
    void stopStreams() const;

    std::atomic<bool> is_cancelled{false};
    /// max_execution_time passed under timeout_overflow_mode = 'break': the streams were told
    /// to stop and the result ends early, without an error.
    mutable std::atomic<bool> is_time_limit_reached{false};
    mutable std::mutex accessed_tables_mutex;
    std::vector<std::pair<std::string, std::string>> accessed_tables;
    mutable std::mutex on_cancel_mutex;
    std::function<void()> on_cancel;
};
}
