// A database: a set of tables whose CREATE queries live as files in metadata/<db>/ and
// whose data lives under data/<db>/. Creating, dropping and renaming a table rewrite the
// metadata file atomically (write, fsync, rename), so a crash never leaves half a table.
#pragma once

#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "storage/IStorage.h"

namespace datastore::interpreters
{
class Database
{
public:
    /// Tables attached without metadata (system's virtual tables) leave no files behind;
    /// system.query_log in the same database is persisted like any table.
    Database(std::string name_, std::string metadata_path_, std::string data_path_);

    const std::string & getName() const { return name; }
    std::string getEngineName() const { return "Atomic"; }
    const std::string & getDataPath() const { return data_path; }
    const std::string & getMetadataPath() const { return metadata_path; }
    /// Where a table's data lives: data/<db>/<table>/.
    std::string getTableDataPath(const std::string & table) const;

    storage::StoragePtr tryGetTable(const std::string & table) const;
    /// Throws UNKNOWN_TABLE.
    storage::StoragePtr getTable(const std::string & table) const;
    bool hasTable(const std::string & table) const;
    std::vector<std::string> getTableNames() const;
    std::vector<storage::StoragePtr> getTables() const;
    bool empty() const;

    /// Registers a table; with `metadata` (its CREATE query as text) persists it first.
    /// Throws TABLE_ALREADY_EXISTS.
    void attachTable(const std::string & table, storage::StoragePtr storage, const std::string & metadata);
    /// Forgets a table and removes its metadata file; the caller drops its data.
    storage::StoragePtr detachTable(const std::string & table, bool remove_metadata);
    /// Rewrites the metadata of an existing table (ALTER).
    void updateMetadata(const std::string & table, const std::string & metadata);
    /// Moves a table's metadata to another name/database (RENAME TABLE).
    void renameTable(const std::string & table, Database & to, const std::string & new_name, const std::string & new_metadata);

    /// Table names and their metadata text, as found on disk.
    std::vector<std::pair<std::string, std::string>> readTableMetadata() const;

    void shutdown();

    /// Where the table's CREATE query is kept (also after a DETACH, for ATTACH TABLE t).
    std::string metadataFile(const std::string & table) const;

private:

    std::string name;
    std::string metadata_path;
    std::string data_path;
    mutable std::mutex mutex;
    std::map<std::string, storage::StoragePtr> tables;
};

using DatabasePtr = std::shared_ptr<Database>;

/// Writes a file so that it is either entirely there or not at all.
void writeFileAtomically(const std::string & path, const std::string & content);
std::string readFile(const std::string & path);
/// Names in metadata files are escaped like ClickHouse's escapeForFileName.
std::string escapeForFileName(const std::string & name);
std::string unescapeForFileName(const std::string & name);
}
