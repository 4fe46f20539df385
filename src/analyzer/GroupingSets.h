// GROUP BY's grouping sets planned: ROLLUP, CUBE, GROUPING SETS, WITH TOTALS and the
// grouping() function, as the sets a GroupingSetsStream expands each block into before one
// aggregation (see exec/GroupingSetsStream.h).
#pragma once

#include <functional>
#include <optional>

#include "exec/GroupingSetsStream.h"
#include "sql/ASTSelectQuery.h"

namespace datastore::interpreters
{
struct Settings;
}

namespace datastore::analyzer
{
/// The GROUP BY keys as written (for GROUPING SETS, every key of every set once).
sql::ASTs groupByKeys(const sql::ASTSelectQuery & select);

struct GroupingSetsPlan
{
    /// Set when blocks must be expanded into grouping sets before the aggregation.
    std::optional<exec::GroupingSetsDescription> description;
    bool has_totals = false;
    /// The set whose rows are the totals; none when the one row without keys is copied.
    std::optional<UInt64> totals_set;
    /// WITH TOTALS and HAVING under totals_mode other than 'before_having': the totals are of the
    /// groups that pass HAVING, merged from their states after it (no totals set is added).
    bool totals_after_having = false;
};

/// `keys`: the built names of the aggregation keys; `build` turns a key or grouping() argument
/// into its built name. Throws ILLEGAL_AGGREGATION for grouping() without GROUP BY,
/// BAD_ARGUMENTS for a grouping() argument that is not a key.
GroupingSetsPlan planGroupingSets(const sql::ASTSelectQuery & select, const sql::ASTs & select_items, const std::vector<std::string> & keys,
                                  const std::function<std::string(const sql::ASTPtr &)> & build, const interpreters::Settings & settings);

/// Throws ILLEGAL_AGGREGATION when a query without GROUP BY calls grouping().
void checkNoGroupingCalls(const sql::ASTSelectQuery & select, const sql::ASTs & select_items);
}
