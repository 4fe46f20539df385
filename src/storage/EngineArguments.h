// Reading the arguments of ENGINE = Name(...) as ClickHouse does for engines that name other
// tables (Buffer, Merge): a database or table is an identifier, a string or a constant
// expression, and is stored back as a string literal so the metadata no longer depends on
// the session that created the table.
#pragma once

#include <memory>
#include <string>

#include "sql/IAST.h"
#include "storage/StorageFactory.h"

namespace datastore::interpreters
{
class QueryContext;
}

namespace datastore::storage
{
/// The arguments of the CREATE query's ENGINE function, null for `ENGINE = Name` without
/// parentheses; mutable so that they can be replaced by their evaluated literals.
sql::ASTs * engineArgumentsOf(const StorageArguments & arguments);

/// The argument as a String: an identifier's name, a string literal, or a constant
/// expression (currentDatabase()) evaluated; replaced by a string literal. BAD_GET when the
/// value is not a String, as ClickHouse's.
std::string evaluateStringArgument(sql::ASTPtr & argument, interpreters::QueryContext & context);

/// BAD_ARGUMENTS, as ClickHouse's, when the CREATE query gives `engine` (which has no keys
/// nor settings) PARTITION BY, PRIMARY KEY, ORDER BY, SAMPLE BY or SETTINGS.
void checkNoKeysOrSettings(const StorageArguments & arguments, const std::string & engine);

/// A context to evaluate engine arguments in: the server's defaults, the table's database.
std::unique_ptr<interpreters::QueryContext> makeEngineContext(const StorageArguments & arguments);
}
