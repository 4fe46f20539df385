// ORDER BY ... WITH FILL planned: FROM, TO and STEP evaluated and brought to each key's type,
// checked as ClickHouse checks them (INVALID_WITH_FILL_EXPRESSION), and a FillingStream put
// after the sort.
#pragma once

#include "exec/IBlockStream.h"
#include "exec/SortDescription.h"
#include "sql/ASTSelectQuery.h"

namespace datastore::interpreters
{
class QueryContext;
}

namespace datastore::analyzer
{
bool hasWithFill(const sql::ASTSelectQuery & select);

/// Wraps the sorted stream; `sort_description` names the ORDER BY keys in the order of
/// select.order_by.
exec::BlockStreamPtr addFilling(exec::BlockStreamPtr sorted, const sql::ASTSelectQuery & select, const exec::SortDescription & sort_description,
                                interpreters::QueryContext & context);
}
