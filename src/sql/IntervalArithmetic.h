// `t + INTERVAL n MONTH` and `t - INTERVAL n DAY` (parsed as plus(t, toIntervalMonth(n)))
// rewritten as addMonths(t, n) and subtractDays(t, n): there is no Interval type yet, and
// intervals are what dashboards, TTL rules and DEFAULTs are written with.
#pragma once

#include "sql/IAST.h"

namespace datastore::sql
{
/// A copy of the tree with every interval sum or difference rewritten; other nodes unchanged.
ASTPtr rewriteIntervalArithmetic(const ASTPtr & ast);
}
