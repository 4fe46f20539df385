// Turns a SELECT (or a UNION of them) into a tree of block streams: read the needed columns
// of the source on max_threads streams, filter and compute per stream, aggregate or sort
// across streams, then DISTINCT, LIMIT BY, LIMIT and the final projection on one stream.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "exec/IBlockStream.h"
#include "sql/IAST.h"
#include "storage/IStorage.h"

namespace datastore::interpreters
{
class QueryContext;
}

namespace datastore::analyzer
{
class SelectPlanner
{
public:
    explicit SelectPlanner(interpreters::QueryContext & context_) : context(context_) {}

    /// Plans an ASTSelectWithUnionQuery or an ASTSelectQuery.
    exec::BlockStreamPtr plan(const sql::ASTPtr & query);

    /// Runs a query to the end and returns its rows as one block (subqueries, IN sets).
    Block runToBlock(const sql::ASTPtr & query);

    /// WITH TOTALS: the totals row, projected as the result's rows; call once the result
    /// stream has ended. Empty when the query has no totals.
    std::function<Block()> getTotals() const { return totals; }

    /// One line per plan step, innermost last, for EXPLAIN.
    const std::vector<std::string> & getPlanDescription() const { return description; }
    /// What index analysis of the tables read skipped, for EXPLAIN indexes = 1.
    const std::vector<std::pair<std::string, storage::ReadStatistics>> & getReadStatistics() const { return read_statistics; }

private:
    exec::BlockStreamPtr planUnion(const sql::ASTPtr & query);
    exec::BlockStreamPtr planSelect(const sql::ASTPtr & query);

    interpreters::QueryContext & context;
    std::vector<std::string> description;
    std::function<Block()> totals;
    std::vector<std::pair<std::string, storage::ReadStatistics>> read_statistics;
};

/// Evaluates a constant expression (LIMIT values, table function arguments, engine arguments).
Field evaluateConstantExpression(const sql::ASTPtr & ast, interpreters::QueryContext & context, DataTypePtr * type = nullptr);
/// All rows of the blocks as one block (for results that are small by nature).
Block concatenateBlocks(const Blocks & blocks, const Block & header);
}
