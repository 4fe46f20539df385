// Names a query defines for expressions (WITH x AS ..., SELECT expr AS x, table ALIAS
// columns): identifiers that match are replaced by the expression, as ClickHouse does,
// so WHERE and ORDER BY may use SELECT's aliases.
#pragma once

#include <map>
#include <string>

#include "sql/IAST.h"

namespace datastore::analyzer
{
using AliasMap = std::map<std::string, sql::ASTPtr>;

/// The alias an expression carries (empty if none).
std::string aliasOf(const sql::IAST & ast);
/// Collects aliases of every sub-expression of `ast` into `aliases` (first one wins).
void collectAliases(const sql::ASTPtr & ast, AliasMap & aliases);
}
