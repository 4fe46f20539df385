// Turns expression ASTs into steps of an ExpressionActions: identifiers become input
// columns (or the expressions their aliases stand for), literals constants, calls
// functions from the factory. IN gets a prepared set, scalar subqueries and {name:Type}
// parameters become constants. Each sub-expression is named as ClickHouse names it, so it
// is computed once however often it appears.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "analyzer/AliasMap.h"
#include "exec/ExpressionActions.h"
#include "functions/FunctionContext.h"
#include "functions/IFunction.h"
#include "types/FormatSettings.h"

namespace datastore::sql
{
class ASTIdentifier;
}

namespace datastore::analyzer
{
/// Runs a subquery (an ASTSelectWithUnionQuery) to completion and returns its result.
using SubqueryRunner = std::function<Block(const sql::ASTPtr & select)>;

struct ExpressionScope
{
    AliasMap aliases;
    functions::FunctionContext function_context;
    SubqueryRunner run_subquery;
    const std::map<std::string, std::string> * query_parameters = nullptr;
    /// After GROUP BY: aggregate calls are already computed inputs, and these table
    /// columns may no longer be used outside an aggregate.
    bool aggregates_are_inputs = false;
    std::set<std::string> non_aggregated_columns;
    /// Clause being analyzed, for messages ("WHERE", "GROUP BY").
    std::string clause;
    bool transform_null_in = false;
    /// The prefixes `q.column` may have (the FROM's tables); null where any prefix is dropped.
    std::shared_ptr<const std::set<std::string>> table_qualifiers;
    /// Types of the tuples untuple(t) expanded, by t's column name, shared by the copies of a
    /// scope: after GROUP BY untuple(t) the SELECT list expands t, itself no longer computable.
    std::shared_ptr<std::map<std::string, DataTypePtr>> untupled_types = std::make_shared<std::map<std::string, DataTypePtr>>();
};

class ExpressionBuilder
{
public:
    ExpressionBuilder(exec::ExpressionActionsPtr actions_, ExpressionScope scope_) : actions(std::move(actions_)), scope(std::move(scope_)) {}

    /// Adds the steps computing `ast` and returns the name of its result column. The
    /// expression's own alias is not applied: see buildWithAlias.
    std::string build(const sql::ASTPtr & ast);
    /// As build, then names the result by the expression's alias if it has one.
    std::string buildWithAlias(const sql::ASTPtr & ast);

    const exec::ExpressionActionsPtr & getActions() const { return actions; }
    ExpressionScope & getScope() { return scope; }

private:
    std::string buildIdentifier(const sql::ASTPtr & ast);
    /// Whether `q.column`'s prefix names a table of the FROM (a correlated or mistyped one does not).
    bool isTableQualifier(const sql::ASTIdentifier & identifier) const;
    std::string buildFunction(const sql::ASTPtr & ast);
    std::string buildHigherOrderFunction(const sql::ASTPtr & ast, const functions::FunctionPtr & implementation);
    std::string buildIn(const sql::ASTPtr & ast);
    std::string buildScalarSubquery(const sql::ASTPtr & ast);
    std::string buildExists(const sql::ASTPtr & ast);
    std::string buildQueryParameter(const sql::ASTPtr & ast);
    std::string ensureAlias(const std::string & source, const std::string & alias);
    /// After GROUP BY, the key grouped under an alias of the expression named `name`
    /// (`e.person_id AS target ... GROUP BY target`: e.person_id is then the key target).
    std::optional<std::string> groupingKeyOf(const std::string & name) const;

    exec::ExpressionActionsPtr actions;
    ExpressionScope scope;
};

/// True if `ast` (with aliases followed) contains an aggregate function call.
bool hasAggregateFunctions(const sql::ASTPtr & ast, const AliasMap & aliases);
/// Appends the aggregate calls of `ast` (aliases followed, no nesting inside aggregates) in order, once each.
void collectAggregateFunctions(const sql::ASTPtr & ast, const AliasMap & aliases, std::vector<sql::ASTPtr> & out);
/// Appends the window function calls (`f(x) OVER ...`) of `ast` in order, once each.
void collectWindowFunctions(const sql::ASTPtr & ast, const AliasMap & aliases, std::vector<sql::ASTPtr> & out);
}
