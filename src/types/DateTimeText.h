// Text forms of Date, Date32, DateTime and DateTime64 shared by their types: ClickHouse's
// basic input rules ('YYYY-MM-DD hh:mm:ss', 'YYYY-MM-DD', a unix timestamp) widened with
// ISO 8601 ('T', a fraction, 'Z' or +hh:mm), and the fixed-width output forms.
#pragma once

#include "base/DateLUT.h"
#include "base/Types.h"

#include <string_view>

namespace datastore
{
class ReadBuffer;
class WriteBuffer;

/// A date-time as written: civil fields, or a unix timestamp.
struct ParsedDateTime
{
    bool is_timestamp = false;
    Int64 timestamp = 0; /// whole seconds, when is_timestamp
    Int32 year = 1970, month = 1, day = 1;
    Int32 hour = 0, minute = 0, second = 0;
    UInt64 fraction = 0; /// first `fraction_digits` digits after the point
    UInt32 fraction_digits = 0;
    bool is_negative_timestamp = false;
    bool has_offset = false; /// 'Z' or +hh:mm given: civil fields are at that offset
    Int32 offset_seconds = 0;
    /// Where a time that does not read as hh:mm:ss begins (after ' ' or 'T' and a digit); 0 if none.
    size_t bad_time_position = 0;
};

/// Parses a date-time prefix of `text`; returns how many characters were used (0: none).
/// A text whose fifth character is a digit is a unix timestamp of at least 5 digits (ClickHouse's
/// rule); one of more than 10 digits without a fraction counts ticks of 10^-scale seconds.
size_t parseDateTimeText(std::string_view text, ParsedDateTime & result);
/// Parses a date prefix ('YYYY-MM-DD', 'YYYY-M-D', 'YYYYMMDD', optionally followed by a time
/// that is skipped); returns characters used, 0 if it is not a date.
size_t parseDateText(std::string_view text, ParsedDateTime & result);

/// Reads the characters a date-time can be made of (digits, '-', ':', '.', '/', one ' ', 'T',
/// 'Z', '+') into `buffer`; the returned view points into it, without a trailing space.
std::string_view readDateTimeToken(ReadBuffer & in, char (&buffer)[64]);

/// Reads a date-time field of a text format: if the next character is one of `quotes`, the
/// token inside that quote pair (the closing quote is required), else the bare token.
/// `was_quoted` tells which, since bare integers mean a day number or timestamp in some formats.
std::string_view readDateTimeField(ReadBuffer & in, char (&buffer)[64], std::string_view quotes, bool & was_quoted);
/// The quote characters a CSV field may use under `settings`.
std::string_view csvQuotes(bool allow_single_quotes, bool allow_double_quotes);
/// A whole text that is an optionally signed integer.
bool tryParseInteger(std::string_view text, Int64 & value);

/// Day number (unclamped beyond 1900..2299) of a Date text; `error_day_num` for an invalid
/// month or day. Throws CANNOT_PARSE_DATE when `text` is not a date or, if `whole`, has
/// anything after it (CANNOT_PARSE_TEXT, naming `type_name`).
Int32 readDateFromText(std::string_view text, Int32 error_day_num, bool whole, const char * type_name);
/// A date field of a text format (see readDateTimeField); a bare integer is a day number when
/// `allow_day_number` (Quoted and JSON forms). Returns the unclamped day number.
Int64 readDateField(ReadBuffer & in, std::string_view quotes, bool allow_day_number, Int32 error_day_num, const char * type_name);

/// Unix time scaled by 10^scale of a DateTime text read in `zone`. Throws CANNOT_PARSE_DATETIME,
/// or CANNOT_PARSE_TEXT for trailing characters when `whole`.
Int64 readDateTimeFromText(std::string_view text, const DateLUT & zone, UInt32 scale, bool whole, const std::string & type_name);

void writeDateText(Int32 day_num, WriteBuffer & out);
void writeDateTimeText(Int64 t, const DateLUT & zone, WriteBuffer & out);
/// `raw` is unix time * 10^scale; prints exactly `scale` fraction digits.
void writeDateTime64Text(Int64 raw, UInt32 scale, const DateLUT & zone, WriteBuffer & out);

/// 10^scale for scale 0..18.
Int64 decimalScaleMultiplier(UInt32 scale);
}
