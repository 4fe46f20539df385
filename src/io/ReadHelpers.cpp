// Text and binary readers shared by types and formats (see ReadHelpers.h).
#include "io/ReadHelpers.h"

#include "base/Exception.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>

namespace datastore
{
namespace
{
inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

inline char toLowerAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

inline void appendBytes(std::string & s, const char * begin, const char * end)
{
    s.append(begin, end);
}
inline void appendBytes(PodArray<char> & s, const char * begin, const char * end)
{
    s.insert(begin, end);
}

/// Meaning of the character after a backslash in TSV and quoted strings.
inline char decodeEscapedChar(char c)
{
    switch (c)
    {
        case 'a':
            return '\a';
        case 'b':
            return '\b';
        case 'e':
            return '\x1B';
        case 'f':
            return '\f';
        case 'n':
            return '\n';
        case 'r':
            return '\r';
        case 't':
            return '\t';
        case 'v':
            return '\v';
        case '0':
            return '\0';
        default:
            return c;
    }
}

/// Decodes the escape sequence after a backslash (already consumed). Unknown escapes keep
/// their backslash ('100\%' stays as written) so LIKE patterns and regexps survive, as in ClickHouse.
template <typename Vector> void parseComplexEscapeSequence(Vector & s, ReadBuffer & in)
{
    if (in.eof())
        throw Exception(ErrorCodes::CANNOT_PARSE_ESCAPE_SEQUENCE, "Cannot parse escape sequence");
    char c = *in.pos();
    in.advance(1);
    if (c == 'x')
    {
        char hex[2];
        for (char & h : hex)
        {
            if (in.eof() || hexDigitValue(*in.pos()) < 0)
                throw Exception(ErrorCodes::CANNOT_PARSE_ESCAPE_SEQUENCE, "Cannot parse escape sequence");
            h = *in.pos();
            in.advance(1);
        }
        s.push_back(static_cast<char>(hexDigitValue(hex[0]) * 16 + hexDigitValue(hex[1])));
        return;
    }
    if (c == 'N')
        return; /// \N, the NULL marker, reads as an empty string.
    char decoded = decodeEscapedChar(c);
    bool is_control = static_cast<unsigned char>(decoded) <= 0x1F;
    if (decoded != '\\' && decoded != '\'' && decoded != '"' && decoded != '`' && decoded != '/' && decoded != '=' && !is_control)
        s.push_back('\\');
    s.push_back(decoded);
}

template <typename Vector> void readEscapedStringImpl(Vector & s, ReadBuffer & in)
{
    while (!in.eof())
    {
        const char * pos = in.pos();
        const char * end = in.end();
        while (pos < end && *pos != '\t' && *pos != '\n' && *pos != '\\')
            ++pos;
        appendBytes(s, in.pos(), pos);
        in.setPos(pos);
        if (pos == end)
            continue;
        if (*pos != '\\')
            return;
        in.advance(1);
        parseComplexEscapeSequence(s, in);
    }
}

template <typename Vector> void readQuotedStringImpl(Vector & s, ReadBuffer & in)
{
    if (in.eof() || *in.pos() != '\'')
        throw Exception(
            ErrorCodes::CANNOT_PARSE_QUOTED_STRING, "Cannot parse quoted string: expected opening quote ''', got '{}'",
            peekForError(in, 1));
    in.advance(1);
    while (!in.eof())
    {
        const char * pos = in.pos();
        const char * end = in.end();
        while (pos < end && *pos != '\'' && *pos != '\\')
            ++pos;
        appendBytes(s, in.pos(), pos);
        in.setPos(pos);
        if (pos == end)
            continue;
        in.advance(1);
        if (*pos == '\'')
        {
            /// SQL style: '' inside a literal is one quote.
            if (!in.eof() && *in.pos() == '\'')
            {
                s.push_back('\'');
                in.advance(1);
                continue;
            }
            return;
        }
        parseComplexEscapeSequence(s, in);
    }
    throw Exception(ErrorCodes::CANNOT_PARSE_QUOTED_STRING, "Cannot parse quoted string: expected closing quote");
}

template <typename Vector> void appendUTF8(Vector & s, UInt32 code_point)
{
    if (code_point < 0x80)
        s.push_back(static_cast<char>(code_point));
    else if (code_point < 0x800)
    {
        s.push_back(static_cast<char>(0xC0 | (code_point >> 6)));
        s.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
    }
    else if (code_point < 0x10000)
    {
        s.push_back(static_cast<char>(0xE0 | (code_point >> 12)));
        s.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
        s.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
    }
    else
    {
        s.push_back(static_cast<char>(0xF0 | (code_point >> 18)));
        s.push_back(static_cast<char>(0x80 | ((code_point >> 12) & 0x3F)));
        s.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
        s.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
    }
}

UInt32 readHex4(ReadBuffer & in)
{
    UInt32 value = 0;
    for (int i = 0; i < 4; ++i)
    {
        if (in.eof() || hexDigitValue(*in.pos()) < 0)
            throw Exception(ErrorCodes::CANNOT_PARSE_ESCAPE_SEQUENCE, "Cannot parse escape sequence: expected 4 hex digits after \\u");
        value = value * 16 + static_cast<UInt32>(hexDigitValue(*in.pos()));
        in.advance(1);
    }
    return value;
}

template <typename Vector> void readJSONStringImpl(Vector & s, ReadBuffer & in)
{
    if (in.eof() || *in.pos() != '"')
        throw Exception(ErrorCodes::CANNOT_PARSE_QUOTED_STRING, "Cannot parse JSON string: expected opening quote");
    in.advance(1);
    while (!in.eof())
    {
        const char * pos = in.pos();
        const char * end = in.end();
        while (pos < end && *pos != '"' && *pos != '\\')
            ++pos;
        appendBytes(s, in.pos(), pos);
        in.setPos(pos);
        if (pos == end)
            continue;
        in.advance(1);
        if (*pos == '"')
            return;
        if (in.eof())
            break;
        char c = *in.pos();
        in.advance(1);
        if (c != 'u')
        {
            /// JSON's own escapes; any other escaped character stands for itself.
            switch (c)
            {
                case 'b':
                    s.push_back('\b');
                    break;
                case 'f':
                    s.push_back('\f');
                    break;
                case 'n':
                    s.push_back('\n');
                    break;
                case 'r':
                    s.push_back('\r');
                    break;
                case 't':
                    s.push_back('\t');
                    break;
                default:
                    s.push_back(c);
                    break;
            }
            continue;
        }
        UInt32 code_point = readHex4(in);
        if (code_point >= 0xD800 && code_point <= 0xDBFF)
        {
            if (!checkString("\\u", in))
                throw Exception(
                    ErrorCodes::CANNOT_PARSE_ESCAPE_SEQUENCE, "Cannot parse escape sequence: missing second part of surrogate pair");
            UInt32 low = readHex4(in);
            if (low >= 0xDC00 && low <= 0xDFFF)
                code_point = 0x10000 + ((code_point - 0xD800) << 10) + (low - 0xDC00);
            else
            {
                appendUTF8(s, code_point);
                code_point = low;
            }
        }
        appendUTF8(s, code_point);
    }
    throw Exception(ErrorCodes::CANNOT_PARSE_QUOTED_STRING, "Cannot parse JSON string: expected closing quote");
}

template <typename Vector> void readCSVStringImpl(Vector & s, ReadBuffer & in, const CSVStringSettings & settings)
{
    while (!in.eof() && (*in.pos() == ' ' || *in.pos() == '\t') && *in.pos() != settings.delimiter)
        in.advance(1);
    if (in.eof())
        return;

    char first = *in.pos();
    if ((first == '"' && settings.allow_double_quotes) || (first == '\'' && settings.allow_single_quotes))
    {
        in.advance(1);
        while (!in.eof())
        {
            const char * pos = in.pos();
            const char * end = in.end();
            const char * quote = static_cast<const char *>(std::memchr(pos, first, static_cast<size_t>(end - pos)));
            const char * stop = quote ? quote : end;
            appendBytes(s, pos, stop);
            in.setPos(stop);
            if (!quote)
                continue;
            in.advance(1);
            /// A doubled quote is one quote character of the value.
            if (!in.eof() && *in.pos() == first)
            {
                s.push_back(first);
                in.advance(1);
                continue;
            }
            return;
        }
        throw Exception(ErrorCodes::CANNOT_PARSE_INPUT_ASSERTION_FAILED, "Cannot parse input: expected '{}' at end of stream.", first);
    }

    while (!in.eof())
    {
        const char * pos = in.pos();
        const char * end = in.end();
        while (pos < end && *pos != settings.delimiter && *pos != '\r' && *pos != '\n')
            ++pos;
        appendBytes(s, in.pos(), pos);
        in.setPos(pos);
        if (pos != end)
            return;
    }
}

template <typename T> constexpr const char * intTypeName()
{
    if constexpr (std::is_same_v<T, UInt8>)
        return "UInt8";
    else if constexpr (std::is_same_v<T, UInt16>)
        return "UInt16";
    else if constexpr (std::is_same_v<T, UInt32>)
        return "UInt32";
    else if constexpr (std::is_same_v<T, UInt64>)
        return "UInt64";
    else if constexpr (std::is_same_v<T, UInt128>)
        return "UInt128";
    else if constexpr (std::is_same_v<T, Int8>)
        return "Int8";
    else if constexpr (std::is_same_v<T, Int16>)
        return "Int16";
    else if constexpr (std::is_same_v<T, Int32>)
        return "Int32";
    else if constexpr (std::is_same_v<T, Int64>)
        return "Int64";
    else
        return "Int128";
}
}

std::string peekForError(ReadBuffer & in, size_t max_bytes)
{
    if (in.eof())
        return {};
    return std::string(in.pos(), std::min(max_bytes, in.available()));
}

void assertChar(char c, ReadBuffer & in)
{
    if (in.eof() || *in.pos() != c)
        throw Exception(
            ErrorCodes::CANNOT_PARSE_INPUT_ASSERTION_FAILED, "Cannot parse input: expected '{}' before: '{}'", std::string_view(&c, 1),
            peekForError(in));
    in.advance(1);
}

bool checkChar(char c, ReadBuffer & in)
{
    if (in.eof() || *in.pos() != c)
        return false;
    in.advance(1);
    return true;
}

namespace
{
template <bool case_insensitive> bool checkStringImpl(std::string_view s, ReadBuffer & in)
{
    for (char expected : s)
    {
        if (in.eof())
            return false;
        char c = *in.pos();
        if (case_insensitive ? toLowerAscii(c) != toLowerAscii(expected) : c != expected)
            return false;
        in.advance(1);
    }
    return true;
}

/// Checks against the current window first, so a mismatch consumes nothing in the common case.
template <bool case_insensitive> bool checkStringWithoutPartialConsume(std::string_view s, ReadBuffer & in)
{
    if (in.eof())
        return s.empty();
    size_t comparable = std::min(s.size(), in.available());
    for (size_t i = 0; i < comparable; ++i)
    {
        char c = in.pos()[i];
        if (case_insensitive ? toLowerAscii(c) != toLowerAscii(s[i]) : c != s[i])
            return false;
    }
    return checkStringImpl<case_insensitive>(s, in);
}
}

bool checkString(std::string_view s, ReadBuffer & in)
{
    return checkStringWithoutPartialConsume<false>(s, in);
}

bool checkStringCaseInsensitive(std::string_view s, ReadBuffer & in)
{
    return checkStringWithoutPartialConsume<true>(s, in);
}

void assertString(std::string_view s, ReadBuffer & in)
{
    if (!checkString(s, in))
        throw Exception(
            ErrorCodes::CANNOT_PARSE_INPUT_ASSERTION_FAILED, "Cannot parse input: expected '{}' before: '{}'", s, peekForError(in));
}

void assertEOF(ReadBuffer & in)
{
    if (!in.eof())
        throw Exception(ErrorCodes::CANNOT_PARSE_INPUT_ASSERTION_FAILED, "Cannot parse input: expected eof before: '{}'", peekForError(in));
}

void skipWhitespaceIfAny(ReadBuffer & in)
{
    while (!in.eof())
    {
        char c = *in.pos();
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v')
            return;
        in.advance(1);
    }
}

void throwCannotParseNumber(ReadBuffer & in)
{
    throw Exception(ErrorCodes::CANNOT_PARSE_NUMBER, "Cannot parse number: expected a digit before: '{}'", peekForError(in));
}

template <typename T, IntOverflow overflow> bool tryReadIntText(T & x, ReadBuffer & in)
{
    using U = std::make_unsigned_t<T>;
    if (in.eof())
        return false;
    bool negative = false;
    bool has_sign = false;
    char first = *in.pos();
    if (first == '-' || first == '+')
    {
        if (first == '-')
        {
            /// Left unread: the caller's next assertion reports it, as ClickHouse's formats do.
            if constexpr (std::is_unsigned_v<T>)
                return false;
            negative = true;
        }
        has_sign = true;
        in.advance(1);
    }

    U magnitude = 0;
    bool has_digit = false;
    bool overflowed = false;
    while (!in.eof())
    {
        const char * pos = in.pos();
        const char * end = in.end();
        while (pos < end && isDigit(*pos))
        {
            U digit = static_cast<U>(*pos - '0');
            if constexpr (overflow == IntOverflow::Throw)
            {
                overflowed |= __builtin_mul_overflow(magnitude, U(10), &magnitude);
                overflowed |= __builtin_add_overflow(magnitude, digit, &magnitude);
            }
            else
                magnitude = static_cast<U>(magnitude * U(10) + digit);
            ++pos;
        }
        has_digit |= pos != in.pos();
        in.setPos(pos);
        if (pos != end)
            break;
    }

    if (!has_digit)
    {
        if (has_sign)
            throw Exception(ErrorCodes::CANNOT_PARSE_NUMBER, "Cannot parse number with a sign character but without any numeric character");
        return false;
    }

    if constexpr (overflow == IntOverflow::Throw)
    {
        if constexpr (std::is_signed_v<T>)
            overflowed |= magnitude > static_cast<U>(std::numeric_limits<T>::max()) + U(negative ? 1 : 0);
        if (overflowed)
            throw Exception(ErrorCodes::CANNOT_PARSE_NUMBER, "Cannot parse number: value is out of range of {}", intTypeName<T>());
    }
    x = static_cast<T>(negative ? U(0) - magnitude : magnitude);
    return true;
}

namespace
{
/// On failure, `consumed` (if given) receives the bytes read, for ClickHouse's message.
template <typename T> bool readFloatTextImpl(T & x, ReadBuffer & in, std::string * consumed)
{
    /// Long enough for any float written by anyone; longer digit runs are rejected.
    char text[320];
    size_t size = 0;
    auto take_while = [&](auto predicate)
    {
        while (!in.eof() && predicate(*in.pos()))
        {
            if (size == sizeof(text))
                return false;
            text[size++] = *in.pos();
            in.advance(1);
        }
        return true;
    };

    char sign = 0;
    auto fail = [&]
    {
        if (consumed)
        {
            *consumed = sign ? std::string(1, sign) : std::string();
            consumed->append(text, size);
        }
        return false;
    };

    if (in.eof())
        return fail();
    if (*in.pos() == '-' || *in.pos() == '+')
    {
        sign = *in.pos();
        in.advance(1);
    }
    bool negative = sign == '-';
    if (in.eof())
        return fail();

    char first = toLowerAscii(*in.pos());
    if (first == 'i' || first == 'n')
    {
        if (!take_while([](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }))
            return fail();
        std::string_view word(text, size);
        auto equals = [&](std::string_view expected)
        {
            if (word.size() != expected.size())
                return false;
            for (size_t i = 0; i < word.size(); ++i)
                if (toLowerAscii(word[i]) != expected[i])
                    return false;
            return true;
        };
        if (equals("inf") || equals("infinity"))
            x = negative ? -std::numeric_limits<T>::infinity() : std::numeric_limits<T>::infinity();
        else if (equals("nan"))
            x = negative ? -std::numeric_limits<T>::quiet_NaN() : std::numeric_limits<T>::quiet_NaN();
        else
            return fail();
        return true;
    }

    if (!take_while(isDigit))
        return fail();
    size_t digits = size;
    if (!in.eof() && *in.pos() == '.')
    {
        text[size++] = '.';
        in.advance(1);
        size_t before_fraction = size;
        if (!take_while(isDigit))
            return fail();
        digits += size - before_fraction;
    }
    if (digits == 0)
        return fail(); /// "", "."
    if (!in.eof() && (*in.pos() == 'e' || *in.pos() == 'E'))
    {
        text[size++] = *in.pos();
        in.advance(1);
        if (!in.eof() && (*in.pos() == '-' || *in.pos() == '+'))
        {
            text[size++] = *in.pos();
            in.advance(1);
        }
        size_t before_exponent = size;
        if (!take_while(isDigit) || size == before_exponent)
            return fail();
    }

    /// from_chars does not take a leading '+' nor a lone '.', both handled above.
    T value;
    auto result = std::from_chars(text, text + size, value);
    if (result.ptr != text + size)
        return fail();
    if (result.ec == std::errc::result_out_of_range)
    {
        /// Out of range (rare): strtod gives infinity on overflow and zero or a denormal on underflow.
        std::string terminated(text, size);
        if constexpr (sizeof(T) == 4)
            value = std::strtof(terminated.c_str(), nullptr);
        else
            value = std::strtod(terminated.c_str(), nullptr);
    }
    x = negative ? -value : value;
    return true;
}

}

template <typename T> bool tryReadFloatText(T & x, ReadBuffer & in)
{
    return readFloatTextImpl(x, in, nullptr);
}

template <typename T> void readFloatText(T & x, ReadBuffer & in)
{
    std::string consumed;
    if (!readFloatTextImpl(x, in, &consumed))
        throw Exception(ErrorCodes::CANNOT_PARSE_NUMBER, "Cannot read floating point value here: {}", consumed);
}

namespace
{
/// The canonical 8-4-4-4-12 form straight from the window, when it holds the text and the
/// character after it: false (nothing consumed) for anything else, which the general reader handles.
bool tryReadCanonicalUUID(UUID & uuid, ReadBuffer & in)
{
    const char * text = in.pos();
    if (in.end() - text < 37 || text[8] != '-' || text[13] != '-' || text[18] != '-' || text[23] != '-' || text[36] == '-'
        || hexDigitValue(text[36]) >= 0)
        return false;
    UInt64 halves[2] = { 0, 0 };
    int invalid = 0;
    size_t digits = 0;
    for (size_t i = 0; i < 36; ++i)
    {
        if (i == 8 || i == 13 || i == 18 || i == 23)
            continue;
        int value = hexDigitValue(text[i]);
        invalid |= value;
        halves[digits / 16] = (halves[digits / 16] << 4) | static_cast<UInt64>(value & 0xF);
        ++digits;
    }
    if (invalid < 0)
        return false;
    uuid.high = halves[0];
    uuid.low = halves[1];
    in.advance(36);
    return true;
}
}

void readUUIDText(UUID & uuid, ReadBuffer & in)
{
    if (tryReadCanonicalUUID(uuid, in))
        return;
    char text[36];
    size_t size = 0;
    while (size < sizeof(text) && !in.eof() && (hexDigitValue(*in.pos()) >= 0 || *in.pos() == '-'))
    {
        text[size++] = *in.pos();
        in.advance(1);
    }
    UInt64 halves[2] = { 0, 0 };
    size_t digits = 0;
    bool valid = size == 36 || size == 32;
    for (size_t i = 0; valid && i < size; ++i)
    {
        bool dash_position = size == 36 && (i == 8 || i == 13 || i == 18 || i == 23);
        if (dash_position != (text[i] == '-'))
            valid = false;
        else if (!dash_position)
        {
            halves[digits / 16] = (halves[digits / 16] << 4) | static_cast<UInt64>(hexDigitValue(text[i]));
            ++digits;
        }
    }
    if (!valid)
        throw Exception(ErrorCodes::CANNOT_PARSE_UUID, "Cannot parse uuid {}", std::string(text, size) + peekForError(in));
    uuid.high = halves[0];
    uuid.low = halves[1];
}

void readEscapedStringInto(std::string & s, ReadBuffer & in)
{
    readEscapedStringImpl(s, in);
}
void readEscapedStringInto(PodArray<char> & s, ReadBuffer & in)
{
    readEscapedStringImpl(s, in);
}
void readQuotedStringInto(std::string & s, ReadBuffer & in)
{
    readQuotedStringImpl(s, in);
}
void readQuotedStringInto(PodArray<char> & s, ReadBuffer & in)
{
    readQuotedStringImpl(s, in);
}
void readJSONStringInto(std::string & s, ReadBuffer & in)
{
    readJSONStringImpl(s, in);
}
void readJSONStringInto(PodArray<char> & s, ReadBuffer & in)
{
    readJSONStringImpl(s, in);
}
void readCSVStringInto(std::string & s, ReadBuffer & in, const CSVStringSettings & settings)
{
    readCSVStringImpl(s, in, settings);
}
void readCSVStringInto(PodArray<char> & s, ReadBuffer & in, const CSVStringSettings & settings)
{
    readCSVStringImpl(s, in, settings);
}

void readVarUInt(UInt64 & x, ReadBuffer & in)
{
    x = 0;
    for (size_t i = 0; i < 10; ++i)
    {
        if (in.eof())
            throw Exception(ErrorCodes::ATTEMPT_TO_READ_AFTER_EOF, "Attempt to read after eof");
        UInt8 byte = static_cast<UInt8>(*in.pos());
        in.advance(1);
        x |= static_cast<UInt64>(byte & 0x7F) << (7 * i);
        if (!(byte & 0x80))
            return;
    }
}

void readStringBinary(std::string & s, ReadBuffer & in, size_t max_size)
{
    UInt64 size = 0;
    readVarUInt(size, in);
    if (size > max_size)
        throw Exception(ErrorCodes::TOO_LARGE_STRING_SIZE, "Too large string size.");
    s.resize(size);
    in.readStrict(s.data(), size);
}

#define DATASTORE_INSTANTIATE_INT_READ(T)                                                                                                  \
    template bool tryReadIntText<T, IntOverflow::Throw>(T &, ReadBuffer &);                                                                \
    template bool tryReadIntText<T, IntOverflow::Wrap>(T &, ReadBuffer &);
DATASTORE_INSTANTIATE_INT_READ(UInt8)
DATASTORE_INSTANTIATE_INT_READ(UInt16)
DATASTORE_INSTANTIATE_INT_READ(UInt32)
DATASTORE_INSTANTIATE_INT_READ(UInt64)
DATASTORE_INSTANTIATE_INT_READ(UInt128)
DATASTORE_INSTANTIATE_INT_READ(Int8)
DATASTORE_INSTANTIATE_INT_READ(Int16)
DATASTORE_INSTANTIATE_INT_READ(Int32)
DATASTORE_INSTANTIATE_INT_READ(Int64)
DATASTORE_INSTANTIATE_INT_READ(Int128)
#undef DATASTORE_INSTANTIATE_INT_READ

template bool tryReadFloatText<Float32>(Float32 &, ReadBuffer &);
template bool tryReadFloatText<Float64>(Float64 &, ReadBuffer &);
template void readFloatText<Float32>(Float32 &, ReadBuffer &);
template void readFloatText<Float64>(Float64 &, ReadBuffer &);
}
