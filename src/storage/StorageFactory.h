// Table engines register here by name (registerStorages.cpp, one line each). CREATE TABLE
// and the catalog's loader ask the factory for a storage from the parsed ENGINE clause.
#pragma once

#include <functional>
#include <map>
#include <set>
#include <string>

#include "storage/IStorage.h"

namespace datastore::interpreters
{
class ServerContext;
}

namespace datastore::storage
{
struct StorageArguments
{
    StorageID id;
    ColumnsDescription columns;
    /// The whole CREATE query (engine arguments, ORDER BY, PARTITION BY, SETTINGS...).
    sql::ASTPtr create_query;
    /// data/<db>/<table>/ for engines that keep files.
    std::string data_path;
    interpreters::ServerContext * server = nullptr;
    /// True when the table is being created now, false when loaded from metadata at start.
    bool is_new = true;
};

class StorageFactory
{
public:
    using Creator = std::function<StoragePtr(const StorageArguments & arguments)>;

    static StorageFactory & instance();
    /// An engine that `infers_columns` takes them from elsewhere (Buffer from its destination,
    /// Merge from its first table) when CREATE TABLE declares none.
    void registerStorage(const std::string & engine, Creator creator, bool infers_columns = false);
    /// Throws UNKNOWN_STORAGE for an unknown engine.
    StoragePtr create(const std::string & engine, const StorageArguments & arguments) const;
    bool has(const std::string & engine) const { return creators.count(engine) != 0; }
    bool infersColumns(const std::string & engine) const { return engines_inferring_columns.count(engine) != 0; }

private:
    std::map<std::string, Creator> creators;
    std::set<std::string> engines_inferring_columns;
};

/// Registers every table engine (idempotent).
void registerStorages();
}
