#include "interpreters/QueryLog.h"

#include <unistd.h>

#include <algorithm>

#include <fmt/format.h>

#include "base/Exception.h"
#include "base/Logger.h"
#include "interpreters/Context.h"
#include "interpreters/DatabaseCatalog.h"
#include "interpreters/Interpreters.h"
#include "interpreters/TableFromAST.h"
#include "sql/ASTCreateQuery.h"
#include "sql/Parser.h"
#include "types/DataTypeFactory.h"

namespace datastore::interpreters
{
namespace
{
std::string ownHostname()
{
    char name[256] = {};
    gethostname(name, sizeof(name) - 1);
    return name;
}

void logError(const std::string & message)
{
    Logger::instance().log(Logger::Level::Error, "SystemLog (system.query_log)", message);
}
}

QueryLog::QueryLog(ServerContext & server_, QueryLogConfig config_) : server(server_), config(std::move(config_)), hostname(ownHostname()) {}

QueryLog::~QueryLog()
{
    shutdown();
}

void QueryLog::add(QueryLogElement element) noexcept
{
    try
    {
        std::lock_guard lock(queue_mutex);
        if (queue.size() >= config.max_size_rows)
        {
            if (!is_overflow_reported)
                logError(fmt::format("Queue is full for system log 'QueryLog' at {}: entries are dropped until it is flushed", queue.size()));
            is_overflow_reported = true;
            return;
        }
        queue.push_back(std::move(element));
    }
    catch (...)
    {
        /// Out of memory while queueing: the entry is lost, the query goes on.
    }
}

void QueryLog::flush()
{
    writeQueued();
}

void QueryLog::startup()
{
    thread = std::thread([this] { run(); });
}

void QueryLog::shutdown()
{
    {
        std::lock_guard lock(queue_mutex);
        if (is_stopping)
            return;
        is_stopping = true;
    }
    wake.notify_all();
    if (thread.joinable())
        thread.join();
    try
    {
        writeQueued();
    }
    catch (...)
    {
        logError("Cannot flush system.query_log at shutdown: " + currentExceptionDisplayText());
    }
}

void QueryLog::run()
{
    std::unique_lock lock(queue_mutex);
    while (!is_stopping)
    {
        /// An interval of 0 would spin: a millisecond is the shortest wait.
        auto interval = std::chrono::milliseconds(std::max<UInt64>(config.flush_interval_milliseconds, 1));
        wake.wait_for(lock, interval, [this] { return is_stopping; });
        if (is_stopping)
            return;
        lock.unlock();
        try
        {
            writeQueued();
        }
        catch (...)
        {
            logError("Cannot flush system.query_log: " + currentExceptionDisplayText());
        }
        lock.lock();
    }
}

void QueryLog::writeQueued()
{
    std::lock_guard write_lock(write_mutex);
    std::vector<QueryLogElement> entries;
    {
        std::lock_guard lock(queue_mutex);
        entries.swap(queue);
        is_overflow_reported = false;
    }
    if (entries.empty())
        return;

    auto table = getOrCreateTable();
    Block block;
    MutableColumns columns;
    for (const auto & [name, type] : QueryLogElement::columns())
        columns.push_back(DataTypeFactory::instance().get(type)->createColumn());
    for (const auto & entry : entries)
        entry.appendTo(columns, hostname);
    size_t i = 0;
    for (const auto & [name, type] : QueryLogElement::columns())
        block.insert({std::move(columns[i++]), DataTypeFactory::instance().get(type), name});

    /// The write is the server's own: no user to check, and never logged itself.
    QueryContext context(server);
    context.settings.log_queries = false;
    auto sink = table->write(context);
    sink->write(block);
    sink->finish();
}

std::string QueryLog::createQuery() const
{
    std::string columns;
    for (const auto & [name, type] : QueryLogElement::columns())
        columns += fmt::format("{}`{}` {}", columns.empty() ? "" : ", ", name, type);
    for (const auto & alias : QueryLogElement::aliases())
        columns += fmt::format(", `{}` {} ALIAS {}", alias.name, alias.type, alias.expression);
    std::string engine = config.engine;
    if (engine.empty())
    {
        engine = "ENGINE = MergeTree";
        if (!config.partition_by.empty())
            engine += " PARTITION BY " + config.partition_by;
        engine += " ORDER BY " + config.order_by;
        if (!config.ttl.empty())
            engine += " TTL " + config.ttl;
    }
    return fmt::format("CREATE TABLE {}.{} ({}) {}", config.database, config.table, columns, engine);
}

bool QueryLog::hasCurrentStructure(const storage::IStorage & table)
{
    std::vector<std::pair<std::string, std::string>> expected = QueryLogElement::columns();
    for (const auto & alias : QueryLogElement::aliases())
        expected.emplace_back(alias.name, alias.type);
    const auto & existing = table.getColumns().getAll();
    if (existing.size() != expected.size())
        return false;
    for (size_t i = 0; i < existing.size(); ++i)
        if (existing[i].name != expected[i].first || existing[i].type->getName() != DataTypeFactory::instance().get(expected[i].second)->getName())
            return false;
    return true;
}

void QueryLog::renameOutdatedTable(Database & database, const storage::StoragePtr & table)
{
    std::string new_name;
    for (size_t i = 0; new_name.empty() || database.hasTable(new_name); ++i)
        new_name = fmt::format("{}_{}", config.table, i);
    Logger::instance().log(Logger::Level::Information, "SystemLog (system.query_log)",
                           fmt::format("Existing table {}.{} for system log has obsolete or different structure. Renaming it to {}",
                                       config.database, config.table, new_name));
    auto create = std::dynamic_pointer_cast<sql::ASTCreateQuery>(table->getCreateQuery()->clone());
    create->table = new_name;
    database.renameTable(config.table, database, new_name, metadataText(*create));
    table->rename(storage::StorageID{config.database, new_name}, database.getTableDataPath(new_name));
    table->setCreateQuery(create);
}

storage::StoragePtr QueryLog::getOrCreateTable()
{
    auto & catalog = server.getCatalog();
    /// A table checked once stays: only a DROP (or a RENAME) makes it go.
    if (auto table = catalog.tryGetTable(config.database, config.table); table && table == checked_table)
        return table;
    std::lock_guard lock(catalog.ddlMutex());
    auto database = catalog.createDatabase(config.database, true);
    if (auto table = database->tryGetTable(config.table))
    {
        if (hasCurrentStructure(*table))
        {
            checked_table = table;
            return table;
        }
        /// Written by another version, with other columns: kept aside, as ClickHouse does.
        renameOutdatedTable(*database, table);
    }
    auto create = std::dynamic_pointer_cast<sql::ASTCreateQuery>(sql::parseQuery(createQuery()));
    auto table = createTableFromAST(create, *database, server, true);
    database->attachTable(config.table, table, metadataText(*create));
    table->startup();
    checked_table = table;
    return table;
}
}
