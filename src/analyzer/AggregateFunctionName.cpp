#include "analyzer/AggregateFunctionName.h"

#include <algorithm>
#include <cctype>
#include <string_view>

namespace datastore::analyzer
{
std::string resolveAggregateFunctionName(const std::string & name, const interpreters::Settings & settings)
{
    constexpr std::string_view count_distinct = "countdistinct";
    bool is_count_distinct = name.size() >= count_distinct.size()
        && std::equal(count_distinct.begin(), count_distinct.end(), name.begin(),
                      [](char expected, char actual) { return expected == std::tolower(static_cast<unsigned char>(actual)); });
    if (!is_count_distinct)
        return name;
    return settings.count_distinct_implementation + name.substr(count_distinct.size());
}
}
