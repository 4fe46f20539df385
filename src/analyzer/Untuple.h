// untuple(t): not a function but a list of expressions, one tupleElement(t, 'name') per
// element of t, which the SELECT list, GROUP BY and function arguments take in its place, as
// ClickHouse does. The list depends on t's type, so it is made while t is being built.
#pragma once

#include "analyzer/ExpressionBuilder.h"
#include "sql/IAST.h"

namespace datastore::analyzer
{
bool isUntupleCall(const sql::IAST & ast);

/// The expressions `ast` stands for: the elements of its tuple when it is untuple(t) (named
/// `alias.name` when the call has an alias), else `ast` itself. Builds t with `builder` to
/// learn its type; throws UNSUPPORTED_METHOD when t is not a tuple.
sql::ASTs expandUntuple(const sql::ASTPtr & ast, ExpressionBuilder & builder);
}
