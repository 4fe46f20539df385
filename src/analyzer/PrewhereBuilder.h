// Splits a query's WHERE into the conditions a storage may apply while reading (PREWHERE):
// one per condition of its top-level AND, each with its own compiled expression, and for
// `column op constant` the range a part's minmax can prove for all its rows.
#pragma once

#include "analyzer/AliasMap.h"
#include "exec/ExpressionActions.h"
#include "storage/IStorage.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace datastore::interpreters
{
class QueryContext;
}

namespace datastore::analyzer
{
/// The conditions of a filter's top-level AND, nested ANDs flattened.
void collectConjuncts(const sql::ASTPtr & ast, std::vector<sql::ASTPtr> & out);

/// `conjuncts` pairs each condition with its column in `where_actions`; `needed_later` lists
/// the columns clauses after WHERE read. Null when some condition reads no column.
std::shared_ptr<const storage::PrewhereFilter> buildPrewhere(
    const std::vector<std::pair<sql::ASTPtr, std::string>> & conjuncts, const exec::ExpressionActions & where_actions,
    const Block & source_header, const AliasMap & aliases, const exec::Names & needed_later, interpreters::QueryContext & context);
}
