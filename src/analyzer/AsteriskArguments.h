// `*` as a function's argument: count(*) is count(), and any other f(*) takes every column
// SELECT * would list, as ClickHouse expands them (cityHash64(*), tuple(*), uniq(*)).
#pragma once

#include <string>
#include <vector>

#include "sql/IAST.h"

namespace datastore::analyzer
{
/// Whether a call in the query (not in its subqueries) has `*` among its arguments.
bool hasAsteriskArguments(const sql::IAST & ast);
/// Rewrites those calls of `ast` (a copy the caller owns) in place.
void expandAsteriskArguments(sql::IAST & ast, const std::vector<std::string> & star_columns);
}
