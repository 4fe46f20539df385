#include "interpreters/Context.h"

#include <algorithm>
#include <filesystem>

#include "access/ContextAccess.h"
#include "base/Exception.h"
#include "base/MemoryTracker.h"
#include "base/ServerMemoryUsage.h"
#include "base/StatusFile.h"
#include "interpreters/DatabaseCatalog.h"
#include "interpreters/ProcessList.h"
#include "interpreters/SettingTypes.h"
#include "interpreters/QueryLog.h"

namespace datastore::interpreters
{
ServerContext::ServerContext(ServerConfig config_)
    : config(std::move(config_))
    , catalog(std::make_unique<DatabaseCatalog>(*this))
    , process_list(std::make_unique<ProcessList>())
    , start_time(std::chrono::system_clock::now())
{
    if (!config.path.empty() && config.path.back() != '/')
        config.path += '/';
    if (config.tmp_path.empty())
        config.tmp_path = config.path + "tmp/";
}

ServerContext::~ServerContext() = default;

std::shared_ptr<storage::IStorage> QueryContext::getTable(const std::string & database, const std::string & table)
{
    if (!table_overrides.empty())
        if (auto it = table_overrides.find({database, table}); it != table_overrides.end())
            return it->second;
    checkAccess(access::AccessType::Select, database, table);
    auto storage = getCatalog().getTable(database, table);
    std::lock_guard lock(accessed_tables_mutex);
    if (std::find(accessed_tables.begin(), accessed_tables.end(), std::pair{database, table}) == accessed_tables.end())
        accessed_tables.emplace_back(database, table);
    return storage;
}

std::vector<std::pair<std::string, std::string>> QueryContext::getAccessedTables() const
{
    std::lock_guard lock(accessed_tables_mutex);
    return accessed_tables;
}

void QueryContext::checkAccess(access::AccessType type, const std::string & database, const std::string & table) const
{
    if (access)
        access->checkAccess(type, database, table);
}

void ServerContext::loadCatalog()
{
    std::filesystem::create_directories(config.path);
    status_file = std::make_unique<StatusFile>(config.path + "status");
    catalog->load();
    if (config.query_log.is_enabled)
    {
        query_log = std::make_unique<QueryLog>(*this, config.query_log);
        query_log->startup();
    }
}

void ServerContext::shutdown()
{
    /// The last entries go to the table before its storage shuts down.
    if (query_log)
        query_log->shutdown();
    catalog->shutdown();
}

QueryContext::QueryContext(ServerContext & server_) : settings(server_.getDefaultSettings()), server(server_)
{
    start_time_us = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

functions::FunctionContext QueryContext::getFunctionContext() const
{
    functions::FunctionContext context;
    context.current_database = current_database;
    context.session_timezone = settings.session_timezone;
    context.query_start_time_us = start_time_us;
    context.server_start_time_us
        = std::chrono::duration_cast<std::chrono::microseconds>(server.getStartTime().time_since_epoch()).count();
    context.transform_null_in = settings.transform_null_in;
    context.cast_keep_nullable = settings.cast_keep_nullable;
    context.find_setting = [this](std::string_view name, std::string & type, std::string & value)
    {
        const auto * description = Settings::find(Settings::canonicalName(name));
        if (!description)
            return false;
        /// getSetting() types its result by how the value is held: UInt64, Int64, Float, Bool or String.
        static constexpr std::string_view kind_names[] = {"UInt64", "Int64", "Float", "Bool", "String"};
        type = kind_names[static_cast<size_t>(settingValueKind(description->type))];
        value = settings.getString(name);
        if (description->type == "MaxThreads" && value == "0")
            value = std::to_string(autoThreadCount());
        return true;
    };
    return context;
}

void QueryContext::cancel()
{
    is_cancelled.store(true);
    stopStreams();
}

void QueryContext::stopStreams() const
{
    std::lock_guard lock(on_cancel_mutex);
    if (on_cancel)
        on_cancel();
}

void QueryContext::setOnCancel(std::function<void()> callback)
{
    std::lock_guard lock(on_cancel_mutex);
    on_cancel = std::move(callback);
}

void QueryContext::checkCancelled() const
{
    if (memory_tracker)
        memory_tracker->check(static_cast<Int64>(settings.max_memory_usage));
    checkServerMemoryUsage(static_cast<Int64>(server.getConfig().max_server_memory_usage));
    if (is_cancelled.load())
        throw Exception(ErrorCodes::QUERY_WAS_CANCELLED, "Query was cancelled");
    if (settings.max_execution_time && !is_time_limit_reached.load())
    {
        auto elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_time).count();
        if (elapsed > static_cast<double>(settings.max_execution_time))
        {
            if (settings.timeout_overflow_mode != "break")
                throw Exception(ErrorCodes::TIMEOUT_EXCEEDED, "Timeout exceeded: elapsed {} seconds, maximum: {}", elapsed,
                                settings.max_execution_time);
            /// 'break': what was computed so far is the result.
            if (!is_time_limit_reached.exchange(true))
                stopStreams();
        }
    }
}
}
