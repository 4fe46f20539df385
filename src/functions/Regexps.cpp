#include "functions/Regexps.h"

#include "base/Exception.h"

namespace datastore::functions
{
std::unique_ptr<RE2> compileRegexp(const std::string & pattern)
{
    RE2::Options options;
    options.set_log_errors(false);
    options.set_dot_nl(true);
    auto regexp = std::make_unique<RE2>(pattern, options);
    if (!regexp->ok())
        throw Exception(ErrorCodes::CANNOT_COMPILE_REGEXP, "OptimizedRegularExpression: cannot compile re2: {}, error: {}", pattern,
                        regexp->error());
    return regexp;
}
}
