// Text that system tables show about a table: its CREATE query, engine clause, defaults.
#pragma once

#include <string>

#include "storage/IStorage.h"

namespace datastore::system
{
/// The CREATE query as users see it (SHOW CREATE, system.tables): without the inner table
/// UUID a materialized view keeps in its metadata. One line with `one_line`.
std::string describeCreateQuery(const storage::IStorage & storage, bool one_line = true);
/// "" for views; "MergeTree PARTITION BY toYYYYMM(timestamp) ORDER BY ... SETTINGS index_granularity = 8192"
std::string describeEngineFull(const storage::IStorage & storage);
std::string describeDefaultExpression(const storage::ColumnDescription & column);
std::string defaultKindName(storage::ColumnDefaultKind kind);
/// Whether a key expression's text refers to the column (as an identifier).
bool keyMentionsColumn(const std::string & key_text, const std::string & column);
}
