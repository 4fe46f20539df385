// A parseDateTime format in MySQL syntax ('%Y-%m-%d %H:%i:%s'), compiled once per query into
// steps, then applied to each row without allocating. Reads as ClickHouse's parseDateTime:
// fixed-width numbers (%Y four characters, %m two...), names of months and weekdays in any
// case, 12-hour clocks with %p, offsets with %z; a row must be consumed to its end.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "functions/DateTimeParts.h"

namespace datastore::functions
{
class MySQLDateTimeFormat
{
public:
    /// Throws NOT_IMPLEMENTED for specifiers ClickHouse does not parse (%Q, %U, %V...).
    explicit MySQLDateTimeFormat(std::string_view format);

    /// Reads `text` into `parts`; false with `error` filled (when given) if it does not match.
    bool parse(std::string_view text, DateTimeParts & parts, ParseError * error) const;

private:
    struct Step
    {
        char specifier = 0; /// 0 for a literal
        std::string literal;
    };
    std::vector<Step> steps;
};
}
