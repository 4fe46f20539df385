// Turns syntax trees back into text as ClickHouse prints them (formatQuery, SHOW CREATE TABLE),
// and names unaliased SELECT expressions as ClickHouse names result columns.
#pragma once

#include <string>
#include <string_view>

#include "base/Field.h"
#include "sql/IAST.h"

namespace datastore::sql
{
/// The query or expression as text: on one line, or in ClickHouse's multi-line layout
/// (clauses on their own lines, lists of several elements indented by four spaces).
std::string formatAST(const IAST & ast, bool one_line = true);

/// The name ClickHouse gives the column of an unaliased expression: `plus(a, 1)`, `count()`,
/// `'abc'`, `-1`, `[1, 2]`, `t.a`. The alias, if any, is not part of it.
std::string columnNameOf(const IAST & expression);

/// A window definition as ClickHouse prints it in column names: `(PARTITION BY a ORDER BY b ASC)`.
std::string windowColumnName(const IAST & window_definition);

/// A constant as ClickHouse prints it in queries: 1, -1, 1., 1e100, 'it\'s', [1, 2], (1, 'a'), NULL.
std::string formatLiteral(const Field & value);

/// The name as is when it is a plain word, else in backquotes with escapes.
std::string backQuoteIfNeed(std::string_view name);

/// The name in backquotes with escapes.
std::string backQuote(std::string_view name);

/// The string in single quotes with ClickHouse's escapes.
std::string quoteString(std::string_view value);
}
