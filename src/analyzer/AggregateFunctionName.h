// The aggregate function a call runs, where a setting chooses it: count(DISTINCT x) and
// countDistinct(x), combinators included (countDistinctIf), run the function that
// count_distinct_implementation names, uniqExact by default, as in ClickHouse.
#pragma once

#include "interpreters/Settings.h"

#include <string>

namespace datastore::analyzer
{
/// `name` as written in the query ("COUNTDistinct", "countDistinctIf"), resolved for `settings`.
std::string resolveAggregateFunctionName(const std::string & name, const interpreters::Settings & settings);
}
