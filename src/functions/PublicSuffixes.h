// The Public Suffix List's entries of two labels, for firstSignificantSubdomain and the
// functions built on it.
#pragma once

#include <string_view>

namespace datastore::functions
{
/// Whether `labels` ("co.uk") is a public suffix of exactly two labels.
bool isSecondLevelSuffix(std::string_view labels);
}
