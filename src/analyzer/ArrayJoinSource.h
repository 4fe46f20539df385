// A FROM source followed by ARRAY JOIN: the same source, each row unfolded into one row per
// array element. `ARRAY JOIN arr` replaces the column by its elements; `ARRAY JOIN expr AS x`
// adds x and keeps the array.
#pragma once

#include "analyzer/TableSource.h"
#include "sql/ASTArrayJoin.h"
#include "sql/ASTSelectQuery.h"

namespace datastore::analyzer
{
TableSource arrayJoinSource(TableSource source, const sql::ASTArrayJoin & array_join, interpreters::QueryContext & context);

/// The source with every arrayJoin(x) call of the query's clauses made an ARRAY JOIN of x
/// named as the call, so that the call reads that column: each call multiplies the rows, as
/// ClickHouse's arrayJoin function does.
TableSource arrayJoinCallsSource(TableSource source, const sql::ASTSelectQuery & select, interpreters::QueryContext & context);
}
