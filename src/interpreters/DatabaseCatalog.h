// All databases of the server: loads them from metadata/ at start, resolves db.table
// names for every query, and serializes DDL so concurrent CREATE/DROP stay consistent.
#pragma once

#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "interpreters/Database.h"

namespace datastore::interpreters
{
class ServerContext;

class DatabaseCatalog
{
public:
    explicit DatabaseCatalog(ServerContext & server_) : server(server_) {}

    /// Creates `default` and `system` if missing and attaches every table found on disk
    /// (system's virtual tables first, then its persisted ones such as query_log).
    void load();
    void shutdown();

    DatabasePtr tryGetDatabase(const std::string & name) const;
    /// Throws UNKNOWN_DATABASE.
    DatabasePtr getDatabase(const std::string & name) const;
    bool hasDatabase(const std::string & name) const { return tryGetDatabase(name) != nullptr; }
    std::vector<DatabasePtr> getDatabases() const;

    DatabasePtr createDatabase(const std::string & name, bool if_not_exists);
    /// Drops every table of the database, then the database.
    void dropDatabase(const std::string & name, bool if_exists);

    storage::StoragePtr tryGetTable(const std::string & database, const std::string & table) const;
    /// Throws UNKNOWN_DATABASE or UNKNOWN_TABLE.
    storage::StoragePtr getTable(const std::string & database, const std::string & table) const;

    /// Serializes DDL statements.
    std::mutex & ddlMutex() { return ddl_mutex; }

    /// Makes a table from its stored CREATE query when the catalog loads; set by the
    /// interpreters (the same code path as CREATE TABLE).
    using TableLoader = std::function<storage::StoragePtr(Database & database, const std::string & table, const std::string & metadata, ServerContext & server)>;
    static void setTableLoader(TableLoader loader);
    /// Fills the system database; set by system/.
    using SystemDatabaseFiller = std::function<void(Database & system, ServerContext & server)>;
    static void setSystemDatabaseFiller(SystemDatabaseFiller filler);

private:
    DatabasePtr makeDatabase(const std::string & name) const;
    /// Makes every table whose CREATE query is in the database's metadata directory.
    void attachTablesFromMetadata(Database & database);

    ServerContext & server;
    mutable std::mutex mutex;
    std::mutex ddl_mutex;
    std::map<std::string, DatabasePtr> databases;
};
}
