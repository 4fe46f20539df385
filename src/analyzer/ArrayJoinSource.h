// A FROM source followed by ARRAY JOIN: the same source, each row unfolded into one row per
// array element. `ARRAY JOIN arr` replaces the column by its elements; `ARRAY JOIN expr AS x`
// adds x and keeps the array.
#pragma once

#include <set>
#include <string>

#include "analyzer/ExpressionBuilder.h"
#include "analyzer/TableSource.h"
#include "exec/ArrayJoinStream.h"
#include "sql/ASTArrayJoin.h"
#include "sql/ASTSelectQuery.h"

namespace datastore::analyzer
{
/// The arrays may be the aliases of `select`'s SELECT list, as in ClickHouse.
TableSource arrayJoinSource(TableSource source, const sql::ASTArrayJoin & array_join, const sql::ASTSelectQuery & select,
                            interpreters::QueryContext & context);

/// The source with every arrayJoin(x) call of the query's clauses made an ARRAY JOIN of x
/// named as the call, so that the call reads that column: each call multiplies the rows, as
/// ClickHouse's arrayJoin function does.
/// Calls named in `late` are left out: they run after GROUP BY (lateArrayJoinCalls).
TableSource arrayJoinCallsSource(TableSource source, const sql::ASTSelectQuery & select, const std::set<std::string> & late,
                                 interpreters::QueryContext & context);

/// The arrayJoin calls of an aggregating query that ClickHouse computes on the aggregated rows:
/// those of the SELECT list and ORDER BY outside aggregate arguments, unless a WHERE, PREWHERE
/// or GROUP BY key uses them too (`arrayJoin(range(n)) AS i ... GROUP BY i` runs before).
sql::ASTs lateArrayJoinCalls(const sql::ASTSelectQuery & select);

/// One arrayJoin call run on the aggregated rows of `header`: `actions` add its array to a
/// block, the stream keeps `outputs`, which are the block's columns and the call's elements.
struct LateArrayJoin
{
    exec::ExpressionActionsPtr actions;
    std::vector<exec::ArrayJoinedColumn> joined;
    exec::Names outputs;
};
/// Plans `call` over `header` (the columns after GROUP BY) and adds its elements
/// column to `header`, under the call's name, which the SELECT list then reads.
LateArrayJoin planLateArrayJoin(const sql::ASTPtr & call, Block & header, const ExpressionScope & scope);
}
