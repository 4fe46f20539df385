// `WITH name AS (SELECT ...)`: a named subquery used as a table. ClickHouse's old analyzer
// substitutes a copy of the subquery wherever the name stands for a table (FROM, JOIN and
// `IN name`), in the query and in its nested subqueries, so each use runs on its own.
#pragma once

#include "sql/IAST.h"

namespace datastore::analyzer
{
/// Returns the query with its WITH subqueries substituted, or the query itself when it names
/// none. A nested query's own WITH name hides an outer one of the same name.
sql::ASTPtr substituteWithSubqueries(const sql::ASTPtr & query);
}
