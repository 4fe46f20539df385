// `t + INTERVAL n MONTH` and `t - INTERVAL n DAY` (parsed as plus(t, toIntervalMonth(n)))
// rewritten as addMonths(t, n) and subtractDays(t, n) in the storage's key and TTL
// expressions. Queries get the same results from plus/minus of an Interval value, which
// call the same addMonths/subtractDays.
#pragma once

#include "sql/IAST.h"

namespace datastore::sql
{
/// A copy of the tree with every interval sum or difference rewritten; other nodes unchanged.
ASTPtr rewriteIntervalArithmetic(const ASTPtr & ast);
}
