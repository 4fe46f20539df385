// What the query's user may read of a catalog table: the columns read must be granted
// (ACCESS_DENIED naming SELECT(x) ON db.t otherwise), and only rows that pass the user's row
// policies come out. Applied where FROM resolves a table, so subqueries, JOINs and views
// (whose SELECT resolves its tables the same way) are all covered.
#pragma once

#include "analyzer/TableSource.h"

namespace datastore::analyzer
{
/// Wraps `source.read` of `storage` with the checks and the row filter of the query's user;
/// nothing for a query without a user, or a table function.
void restrictTableRead(TableSource & source, const storage::IStorage & storage, interpreters::QueryContext & context);
}
