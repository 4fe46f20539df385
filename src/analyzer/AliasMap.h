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
/// Takes out of `aliases` those whose expression holds `node` and returns them (to merge back
/// after): within an expression its own alias names the column it shadows, as in
/// `argMax(b, t) AS b` or `groupArray(1)(d)[1] AS d`.
AliasMap takeAliasesEnclosing(AliasMap & aliases, const sql::IAST & node);
}
