// Public entry points of the SQL front end: text in, syntax tree out.
// Errors are Exception(SYNTAX_ERROR) worded as ClickHouse words them.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sql/IAST.h"

namespace datastore::sql
{
/// Parses exactly one statement; a trailing ';' is allowed. For INSERT with inline data the data
/// is not parsed: see ASTInsertQuery::data_offset (an offset into `text`).
/// Throws SYNTAX_ERROR (62) "Syntax error: failed at position N (token): rest. Expected one of: ...".
ASTPtr parseQuery(std::string_view text, size_t max_query_size = 262144);

/// Parses one expression, optionally with `AS alias` (a default expression, a key, ...); throws SYNTAX_ERROR.
ASTPtr parseExpression(std::string_view text);

/// Parses a data type name and returns its normalized text, e.g. "Nullable(String)".
std::string parseDataTypeText(std::string_view text);

/// Parses a table structure as table functions take it, "x UInt8, s String": the names and
/// normalized type texts; throws SYNTAX_ERROR.
std::vector<std::pair<std::string, std::string>> parseStructure(std::string_view text);

/// Splits a script into statements (without the ';'), respecting strings and comments. An INSERT
/// with inline data takes the rest of the text as its data. Empty statements are dropped.
/// Throws SYNTAX_ERROR when a statement does not parse.
std::vector<std::string_view> splitMultipleQueries(std::string_view text, size_t max_query_size = 262144);
}
