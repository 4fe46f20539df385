// Joda-style date and time patterns ('yyyy-MM-dd HH:mm:ss'), as formatDateTimeInJodaSyntax and
// parseDateTimeInJodaSyntax read them: runs of one letter are fields (their length sets the
// width, or short/long text), text in single quotes is literal ('' is a quote), other
// characters stand for themselves.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/Types.h"
#include "functions/DateTimeParts.h"

namespace datastore::functions
{
class JodaDateTimeFormat
{
public:
    /// Throws NOT_IMPLEMENTED for letters ClickHouse does not support (Q, u...) and
    /// BAD_ARGUMENTS for a quote that is not closed.
    explicit JodaDateTimeFormat(std::string_view pattern);

    /// Throws NOT_IMPLEMENTED for what can be read but not printed: offsets (Z) and short
    /// zone names (z to zzz).
    void checkFormattable() const;

    /// The fields of one value to print.
    struct Fields
    {
        Int32 day_num = 0;
        Int64 seconds_of_day = 0;
        Int64 fraction = 0; /// in units of 10^-scale seconds
        UInt32 scale = 0;
        std::string_view zone_name;
    };
    void format(const Fields & fields, std::string & out) const;

    /// Reads `text` in full into `parts`; false with `error` filled (if given) otherwise.
    bool parse(std::string_view text, DateTimeParts & parts, ParseError * error) const;

private:
    struct Step
    {
        char letter = 0; /// 0: literal text
        size_t count = 0;
        std::string literal;
    };
    std::vector<Step> steps;
};
}
