// Plans the window functions of a SELECT: they run after WHERE, GROUP BY and HAVING and
// before the SELECT list's other expressions, ORDER BY and LIMIT. Their arguments and keys
// are computed first; then the rows are sorted and a WindowStream runs per distinct window.
#pragma once

#include <vector>

#include "analyzer/ExpressionBuilder.h"
#include "exec/IBlockStream.h"
#include "exec/WindowDescription.h"
#include "sql/IAST.h"

namespace datastore::interpreters
{
class QueryContext;
}

namespace datastore::analyzer
{
class WindowPlanner
{
public:
    /// `calls` are the window function calls of the query (collectWindowFunctions), `input`
    /// the rows they see. Throws on unknown windows, functions and invalid frames.
    WindowPlanner(const std::vector<sql::ASTPtr> & calls, const sql::ASTPtr & window_clause, const Block & input, ExpressionScope scope,
                  interpreters::QueryContext & context);

    /// What the query's later expressions may read: the input, the computed arguments and keys,
    /// and each window function's result under its column name.
    Block getOutputHeader() const;
    /// Keeps `needed_later` (names of getOutputHeader() that later steps read) beside what the
    /// windows read; call before getRequiredInputs() and addSteps().
    void setNeededLater(const exec::Names & needed_later);
    exec::Names getRequiredInputs() const { return actions->getRequiredInputs(); }
    /// The sorts and window streams over `streams`, one stream out; one line per step in `description`.
    exec::BlockStreamPtr addSteps(exec::BlockStreams streams, size_t max_block_size, std::vector<std::string> & description) const;

private:
    void addCall(const sql::ASTPtr & call, const sql::ASTPtr & window_clause, ExpressionBuilder & builder, interpreters::QueryContext & context);

    exec::ExpressionActionsPtr actions;
    std::vector<exec::WindowDescription> windows;
    exec::Names window_inputs;
};
}
