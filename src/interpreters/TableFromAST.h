// Builds a table from its CREATE query: columns with their types and default expressions,
// then the engine from the factory. CREATE TABLE and the catalog's loader at startup share
// this one path, so a table reads back exactly as it was created.
#pragma once

#include "sql/ASTCreateQuery.h"
#include "storage/IStorage.h"

namespace datastore::interpreters
{
class Database;
class ServerContext;

/// Columns of a CREATE query; a column given only a DEFAULT takes its expression's type.
storage::ColumnsDescription columnsFromAST(const sql::ASTCreateQuery & create);

/// Throws UNKNOWN_STORAGE, BAD_ARGUMENTS and the engine's own errors.
storage::StoragePtr createTableFromAST(const std::shared_ptr<sql::ASTCreateQuery> & create, Database & database, ServerContext & server,
                                       bool is_new);

/// The table a metadata file (its CREATE query) describes, for loading at startup and ATTACH.
storage::StoragePtr loadTableFromMetadata(Database & database, const std::string & table, const std::string & metadata, ServerContext & server);
/// Installs the loader the catalog uses for metadata files.
void installTableLoader();
}
