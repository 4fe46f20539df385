#include "interpreters/DatabaseCatalog.h"

#include <algorithm>
#include <filesystem>

#include "base/Exception.h"
#include "interpreters/Context.h"

namespace fs = std::filesystem;

namespace datastore::interpreters
{
namespace
{
DatabaseCatalog::TableLoader & tableLoader()
{
    static DatabaseCatalog::TableLoader loader;
    return loader;
}

DatabaseCatalog::SystemDatabaseFiller & systemDatabaseFiller()
{
    static DatabaseCatalog::SystemDatabaseFiller filler;
    return filler;
}

constexpr const char * kSystemDatabase = "system";
}

void DatabaseCatalog::setTableLoader(TableLoader loader)
{
    tableLoader() = std::move(loader);
}

void DatabaseCatalog::setSystemDatabaseFiller(SystemDatabaseFiller filler)
{
    systemDatabaseFiller() = std::move(filler);
}

DatabasePtr DatabaseCatalog::makeDatabase(const std::string & name) const
{
    const auto & root = server.getConfig().path;
    return std::make_shared<Database>(name, root + "metadata/" + escapeForFileName(name) + "/", root + "data/" + escapeForFileName(name) + "/");
}

void DatabaseCatalog::attachTablesFromMetadata(Database & database)
{
    for (const auto & [table, metadata] : database.readTableMetadata())
    {
        if (!tableLoader())
            throw Exception(ErrorCodes::LOGICAL_ERROR, "No table loader is set");
        try
        {
            auto storage = tableLoader()(database, table, metadata, server);
            database.attachTable(table, storage, "");
        }
        catch (Exception & e)
        {
            e.prependMessage(fmt::format("Cannot attach table {}.{} from metadata file {}{}.sql", database.getName(), table,
                                         database.getMetadataPath(), escapeForFileName(table)));
            throw;
        }
    }
}

void DatabaseCatalog::load()
{
    const auto & root = server.getConfig().path;
    fs::create_directories(root + "metadata");
    fs::create_directories(root + "data");
    fs::create_directories(server.getConfig().tmp_path);

    std::vector<std::string> names;
    for (const auto & entry : fs::directory_iterator(root + "metadata"))
        if (entry.path().extension() == ".sql")
            names.push_back(unescapeForFileName(entry.path().stem().string()));
    for (const char * name : {"default", kSystemDatabase})
        if (std::find(names.begin(), names.end(), name) == names.end())
        {
            writeFileAtomically(root + "metadata/" + name + ".sql", fmt::format("ATTACH DATABASE {} ENGINE = Atomic\n", name));
            names.push_back(name);
        }

    for (const auto & name : names)
    {
        auto database = makeDatabase(name);
        /// The system database holds the virtual tables beside the persisted logs.
        if (name == kSystemDatabase && systemDatabaseFiller())
            systemDatabaseFiller()(*database, server);
        {
            std::lock_guard lock(mutex);
            databases[name] = database;
        }
        attachTablesFromMetadata(*database);
    }
    for (auto & database : getDatabases())
        for (auto & storage : database->getTables())
            storage->startup();
}

void DatabaseCatalog::shutdown()
{
    for (auto & database : getDatabases())
        database->shutdown();
}

DatabasePtr DatabaseCatalog::tryGetDatabase(const std::string & name) const
{
    std::lock_guard lock(mutex);
    auto it = databases.find(name);
    return it == databases.end() ? nullptr : it->second;
}

DatabasePtr DatabaseCatalog::getDatabase(const std::string & name) const
{
    if (auto database = tryGetDatabase(name))
        return database;
    throw Exception(ErrorCodes::UNKNOWN_DATABASE, "Database {} does not exist", name);
}

std::vector<DatabasePtr> DatabaseCatalog::getDatabases() const
{
    std::lock_guard lock(mutex);
    std::vector<DatabasePtr> result;
    for (const auto & [name, database] : databases)
        result.push_back(database);
    return result;
}

DatabasePtr DatabaseCatalog::createDatabase(const std::string & name, bool if_not_exists)
{
    if (auto existing = tryGetDatabase(name))
    {
        if (if_not_exists)
            return existing;
        throw Exception(ErrorCodes::DATABASE_ALREADY_EXISTS, "Database {} already exists", name);
    }
    const auto & root = server.getConfig().path;
    auto database = makeDatabase(name);
    writeFileAtomically(root + "metadata/" + escapeForFileName(name) + ".sql", "ATTACH DATABASE " + name + " ENGINE = Atomic\n");
    std::lock_guard lock(mutex);
    databases[name] = database;
    return database;
}

void DatabaseCatalog::dropDatabase(const std::string & name, bool if_exists)
{
    auto database = tryGetDatabase(name);
    if (!database)
    {
        if (if_exists)
            return;
        throw Exception(ErrorCodes::UNKNOWN_DATABASE, "Database {} does not exist", name);
    }
    if (name == kSystemDatabase || name == "default")
        throw Exception(ErrorCodes::BAD_ARGUMENTS, "Cannot drop database {}", name);
    for (const auto & table : database->getTableNames())
    {
        auto storage = database->detachTable(table, true);
        storage->shutdown();
        storage->drop();
    }
    const auto & root = server.getConfig().path;
    fs::remove(root + "metadata/" + escapeForFileName(name) + ".sql");
    fs::remove_all(database->getMetadataPath());
    fs::remove_all(database->getDataPath());
    std::lock_guard lock(mutex);
    databases.erase(name);
}

storage::StoragePtr DatabaseCatalog::tryGetTable(const std::string & database, const std::string & table) const
{
    auto db = tryGetDatabase(database);
    return db ? db->tryGetTable(table) : nullptr;
}

storage::StoragePtr DatabaseCatalog::getTable(const std::string & database, const std::string & table) const
{
    return getDatabase(database)->getTable(table);
}
}
