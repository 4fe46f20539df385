// Regular expressions as ClickHouse's functions compile them: RE2 with `.` matching newlines
// and errors reported as CANNOT_COMPILE_REGEXP with ClickHouse's wording.
#pragma once

#include <memory>
#include <string>

#include <re2/re2.h>

namespace datastore::functions
{
std::unique_ptr<RE2> compileRegexp(const std::string & pattern);
}
