// What the primary index and partition minmax can use of a WHERE clause: each condition
// `column op constant` (op one of = < <= > >=) of its top-level AND, with the constant
// computed now and converted to the column's type, as the comparison itself would do.
#pragma once

#include "columns/Block.h"
#include "sql/IAST.h"
#include "storage/mergetree/KeyRanges.h"

namespace datastore::interpreters
{
class QueryContext;
}

namespace datastore::analyzer
{
/// Conditions whose constant does not convert exactly (`int_column < 1.5`) are left out:
/// fewer ranges only means less skipping, never wrong results.
storage::KeyRanges buildKeyRanges(const sql::ASTPtr & filter, const Block & columns, interpreters::QueryContext & context);
}
