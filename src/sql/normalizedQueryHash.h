// A hash of a query's text without its literal values (system.query_log's
// normalized_query_hash): queries that differ only in constants, whitespace or comments,
// or in the length of a list of constants, hash alike.
#pragma once

#include <string_view>

#include "base/Types.h"

namespace datastore::sql
{
UInt64 normalizedQueryHash(std::string_view query);
}
