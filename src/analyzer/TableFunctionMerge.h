// The merge() table function: merge(['db',] 'tables_regexp'), or merge(REGEXP('db_regexp'),
// 'tables_regexp'), reads the matching tables as a Merge table whose columns are those of
// the first matching table (by database, then table name), as in ClickHouse 24.x.
#pragma once

#include "sql/ASTFunction.h"
#include "storage/IStorage.h"

namespace datastore::interpreters
{
class QueryContext;
}

namespace datastore::analyzer
{
/// Throws NUMBER_OF_ARGUMENTS_DOESNT_MATCH, UNKNOWN_DATABASE, and UNKNOWN_TABLE when no table matches.
storage::StoragePtr makeMergeTableFunction(const sql::ASTFunction & function, interpreters::QueryContext & context);
}
