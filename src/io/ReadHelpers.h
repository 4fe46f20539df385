// Free functions that read values from a ReadBuffer in ClickHouse's text and binary forms:
// numbers, TSV-escaped, quoted, JSON and CSV strings, varints, little-endian values, and
// the small assertions (assertChar, checkString...) every text format is made of.
#pragma once

#include "base/PodArray.h"
#include "base/Types.h"
#include "io/ReadBuffer.h"

#include <string>
#include <string_view>
#include <type_traits>

namespace datastore
{
/// Up to `max_bytes` of the unread input, for "before: '...'" in messages; consumes nothing.
std::string peekForError(ReadBuffer & in, size_t max_bytes = 20);

/// Throws CANNOT_PARSE_INPUT_ASSERTION_FAILED "Cannot parse input: expected 'c' before: '...'".
void assertChar(char c, ReadBuffer & in);
void assertString(std::string_view s, ReadBuffer & in);
/// Consumes `c` if it is next; returns whether it did.
bool checkChar(char c, ReadBuffer & in);
/// Consumes `s` if it is next (window boundaries included); on mismatch consumes nothing
/// when the mismatch is inside the current window.
bool checkString(std::string_view s, ReadBuffer & in);
bool checkStringCaseInsensitive(std::string_view s, ReadBuffer & in);
/// Throws CANNOT_PARSE_INPUT_ASSERTION_FAILED "Cannot parse input: expected eof before: '...'".
void assertEOF(ReadBuffer & in);

/// Skips ' ', '\t', '\n', '\r', '\f', '\v'.
void skipWhitespaceIfAny(ReadBuffer & in);

/// How readIntText treats a value too large for T.
enum class IntOverflow
{
    Throw, /// CANNOT_PARSE_NUMBER: for lengths, settings and sizes.
    Wrap, /// keep the low bits, as ClickHouse's input formats and CAST do ('300' -> 44 for UInt8).
};

/// CANNOT_PARSE_NUMBER "Cannot parse number: expected a digit before: '...'".
[[noreturn]] void throwCannotParseNumber(ReadBuffer & in);

/// Reads [+-]digits. Returns false and consumes nothing when no digit is next, or when '-' is
/// next and T is unsigned (the caller's next assertion then reports it, as in ClickHouse's
/// formats). A sign without digits throws CANNOT_PARSE_NUMBER.
template <typename T, IntOverflow overflow = IntOverflow::Throw> bool tryReadIntText(T & x, ReadBuffer & in);

/// As tryReadIntText, but no digit is an error: CANNOT_PARSE_NUMBER.
template <typename T, IntOverflow overflow = IntOverflow::Throw> void readIntText(T & x, ReadBuffer & in)
{
    if (!tryReadIntText<T, overflow>(x, in))
        throwCannotParseNumber(in);
}

/// [+-]digits[.digits][e[+-]digits], inf, infinity, nan (any case). Throws CANNOT_PARSE_NUMBER
/// "Cannot read floating point value here: <bytes read>" when no number is there.
template <typename T> void readFloatText(T & x, ReadBuffer & in);
/// Returns false instead of throwing; what it looked at stays consumed.
template <typename T> bool tryReadFloatText(T & x, ReadBuffer & in);

/// Reads 8-4-4-4-12 hex (or 32 hex digits without dashes). Throws CANNOT_PARSE_UUID.
void readUUIDText(UUID & uuid, ReadBuffer & in);

/// String readers append to a std::string or to a column's PodArray<char>. On error they
/// throw and may have appended part of the value: callers roll back (ColumnString does).
/// TabSeparated: up to '\t' or '\n', with backslash escapes decoded.
void readEscapedStringInto(std::string & s, ReadBuffer & in);
void readEscapedStringInto(PodArray<char> & s, ReadBuffer & in);
/// '...' with backslash escapes and '' for a quote. Throws CANNOT_PARSE_QUOTED_STRING.
void readQuotedStringInto(std::string & s, ReadBuffer & in);
void readQuotedStringInto(PodArray<char> & s, ReadBuffer & in);
/// "..." with JSON escapes (\uXXXX and surrogate pairs as UTF-8). Throws CANNOT_PARSE_QUOTED_STRING.
void readJSONStringInto(std::string & s, ReadBuffer & in);
void readJSONStringInto(PodArray<char> & s, ReadBuffer & in);
/// A CSV field: "..." (doubled quotes inside) or '...' when allowed, else bytes up to the
/// delimiter, '\r' or '\n'. Leading spaces and tabs are skipped.
struct CSVStringSettings
{
    char delimiter = ',';
    bool allow_single_quotes = false;
    bool allow_double_quotes = true;
};
void readCSVStringInto(std::string & s, ReadBuffer & in, const CSVStringSettings & settings);
void readCSVStringInto(PodArray<char> & s, ReadBuffer & in, const CSVStringSettings & settings);

/// The value of a hexadecimal digit in either case, or -1 for any other character.
inline int hexDigitValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

inline std::string readEscapedString(ReadBuffer & in)
{
    std::string s;
    readEscapedStringInto(s, in);
    return s;
}
inline std::string readQuotedString(ReadBuffer & in)
{
    std::string s;
    readQuotedStringInto(s, in);
    return s;
}
inline std::string readJSONString(ReadBuffer & in)
{
    std::string s;
    readJSONStringInto(s, in);
    return s;
}
inline std::string readCSVString(ReadBuffer & in, const CSVStringSettings & settings = {})
{
    std::string s;
    readCSVStringInto(s, in, settings);
    return s;
}

/// LEB128. Throws ATTEMPT_TO_READ_AFTER_EOF on truncated input.
void readVarUInt(UInt64 & x, ReadBuffer & in);

template <typename T>
requires std::is_trivially_copyable_v<T>
inline void readBinaryLittleEndian(T & x, ReadBuffer & in)
{
    in.readStrict(reinterpret_cast<char *>(&x), sizeof(T));
}

/// Varint length then bytes; lengths above max_size throw TOO_LARGE_STRING_SIZE.
void readStringBinary(std::string & s, ReadBuffer & in, size_t max_size = 0x40000000);
}
