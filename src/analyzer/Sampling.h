// SAMPLE k [OFFSET m] on a table with SAMPLE BY, as ClickHouse reads it: the sampling key's
// range [0, max of its unsigned type] is cut at m and m + k (ratios; a count of rows above 1 is
// divided by the table's rows first), and the sample is the rows whose key falls inside. The
// condition joins the WHERE, so a sampling key in the primary key also skips granules.
#pragma once

#include <optional>

#include "sql/ASTTableExpression.h"
#include "storage/IStorage.h"

namespace datastore::interpreters
{
class QueryContext;
}

namespace datastore::analyzer
{
struct Sample
{
    /// Null when the sample is the whole table (SAMPLE 1, SAMPLE 0, more rows than the table has).
    sql::ASTPtr condition;
    /// The _sample_factor virtual column: how many rows each sampled row stands for.
    Float64 factor = 1;
};

/// The sampling key of a table (its SAMPLE BY expression), or null.
sql::ASTPtr samplingKeyOf(const storage::IStorage & storage);

/// The sample `expression` asks of `storage`, whose columns are `header`. Throws
/// SAMPLING_NOT_SUPPORTED for a storage without SAMPLE BY, ILLEGAL_TYPE_OF_COLUMN_FOR_FILTER
/// for a sampling key that is not an unsigned integer.
Sample buildSample(const sql::ASTTableExpression & expression, const storage::IStorage & storage, const Block & header,
                   interpreters::QueryContext & context);
}
