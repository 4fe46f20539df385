// Compiles a table key (PARTITION BY, ORDER BY, PRIMARY KEY) into what MergeTree needs:
// the key's result columns and an expression adding them to a block of table columns.
#pragma once

#include "sql/IAST.h"
#include "storage/KeyDescription.h"

namespace datastore::analyzer
{
/// `ORDER BY (a, toDate(t))` and `ORDER BY a` alike; `tuple()` is the empty key.
storage::KeyDescription buildKeyDescription(const sql::ASTPtr & key_ast, const storage::ColumnsDescription & columns);
}
