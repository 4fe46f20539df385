// A FROM clause with JOINs as one readable source. Columns keep their names; a right
// table's column whose name the left side already has is named `alias.column` (what
// `alias.column` finds, while `column` alone means the left one), and USING keys appear
// once. Reading runs a hash join: the right side is read and hashed once, the left side
// streams through it on every thread.
#pragma once

#include "analyzer/TableSource.h"
#include "sql/ASTTableJoin.h"

namespace datastore::analyzer
{
/// The table name or alias that qualifies a FROM element's columns (`e` in `events AS e`).
std::string tableQualifier(const sql::ASTPtr & table_expression);

/// `left` JOIN `right` as described by `join` (ON or USING, kind and strictness).
TableSource joinTableSources(TableSource left, const std::vector<std::string> & left_qualifiers, TableSource right,
                             const std::string & right_qualifier, const sql::ASTTableJoin & join, interpreters::QueryContext & context);
}
