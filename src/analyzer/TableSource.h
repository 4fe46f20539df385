// The FROM clause resolved to something readable: a table of the catalog, a table function
// (numbers(N)), a subquery, or system.one when there is no FROM. The planner sees the
// columns it offers and asks it for streams of the columns it needs.
#pragma once

#include <set>

#include <functional>
#include <string>
#include <vector>

#include "analyzer/AliasMap.h"
#include "exec/IBlockStream.h"
#include "sql/ASTSelectQuery.h"
#include "storage/IStorage.h"

namespace datastore::analyzer
{
struct TableSource
{
    /// Every column a query may read.
    Block header;
    /// What SELECT * means.
    std::vector<std::string> star_columns;
    /// The table's ALIAS columns, expanded like SELECT's aliases.
    AliasMap alias_columns;
    bool is_final = false;
    /// SAMPLE's condition on the sampling key, which the query adds to its WHERE; may be null.
    sql::ASTPtr sample_condition;
    /// A subquery's own tables count their reads; reading its result is not reading data.
    bool is_subquery = false;
    /// The prefixes its columns may be written with (`e` of `events AS e`, `events`,
    /// `hanzo.events`); none for a table function or subquery without an alias.
    std::set<std::string> qualifiers;
    /// "MergeTree hanzo.events", for EXPLAIN.
    std::string description;
    std::function<exec::BlockStreams(const storage::ReadRequest & request, storage::ReadStatistics & statistics)> read;
};

TableSource resolveTableSource(const sql::ASTSelectQuery & select, interpreters::QueryContext & context);

/// A table function call (numbers(10), numbers_mt(1e6)) as a storage. Throws UNKNOWN_FUNCTION.
storage::StoragePtr makeTableFunction(const sql::ASTPtr & function, interpreters::QueryContext & context);
}
