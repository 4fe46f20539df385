// Regular expressions as ClickHouse's functions compile them: RE2 with `.` matching newlines
// and errors reported with ClickHouse's codes and wording.
#pragma once

#include <memory>
#include <string>

#include <re2/re2.h>

namespace datastore::functions
{
std::unique_ptr<RE2> compileRegexp(const std::string & pattern);
/// The pattern of replaceRegexpOne/All, whose errors ClickHouse reports as BAD_ARGUMENTS.
std::unique_ptr<RE2> compileReplacementPattern(const std::string & pattern);
/// A pattern of multiMatchAny and its kin, whose errors ClickHouse reports as BAD_ARGUMENTS.
std::unique_ptr<RE2> compileMultiMatchPattern(const std::string & pattern);
}
