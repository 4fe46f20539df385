#include "functions/Regexps.h"

#include "base/Exception.h"

namespace datastore::functions
{
namespace
{
std::unique_ptr<RE2> buildRegexp(const std::string & pattern)
{
    RE2::Options options;
    options.set_log_errors(false);
    options.set_dot_nl(true);
    return std::make_unique<RE2>(pattern, options);
}
}

std::unique_ptr<RE2> compileRegexp(const std::string & pattern)
{
    auto regexp = buildRegexp(pattern);
    if (!regexp->ok())
        throw Exception(ErrorCodes::CANNOT_COMPILE_REGEXP, "OptimizedRegularExpression: cannot compile re2: {}, error: {}", pattern,
                        regexp->error());
    return regexp;
}

std::unique_ptr<RE2> compileReplacementPattern(const std::string & pattern)
{
    auto regexp = buildRegexp(pattern);
    if (!regexp->ok())
        throw Exception(ErrorCodes::BAD_ARGUMENTS, "The pattern argument is not a valid re2 pattern: {}", regexp->error());
    return regexp;
}

std::unique_ptr<RE2> compileMultiMatchPattern(const std::string & pattern)
{
    auto regexp = buildRegexp(pattern);
    if (!regexp->ok())
        throw Exception(ErrorCodes::BAD_ARGUMENTS, "Pattern '{}' failed with error '{}'", pattern, regexp->error());
    return regexp;
}
}
