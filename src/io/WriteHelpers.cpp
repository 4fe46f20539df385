// Text and binary writers shared by types and formats (see WriteHelpers.h).
#include "io/WriteHelpers.h"

#include <charconv>
#include <cmath>
#include <cstring>

namespace datastore
{
namespace
{
/// Writes the digits of x right-aligned ending at `end`; returns the first digit.
template <typename U> char * formatUnsigned(U x, char * end)
{
    char * pos = end;
    do
    {
        *--pos = static_cast<char>('0' + static_cast<int>(x % 10));
        x /= 10;
    } while (x);
    return pos;
}

/// Lays out shortest digits the way ClickHouse prints floats: plain decimal notation while
/// the decimal exponent is in [-6, 21), otherwise d.ddde±x without a '+' sign.
template <typename T> void writeShortestFloat(T x, WriteBuffer & out)
{
    if (std::isnan(x))
    {
        writeString("nan", out);
        return;
    }
    if (std::isinf(x))
    {
        writeString(x < 0 ? "-inf" : "inf", out);
        return;
    }

    /// Shortest round-trip digits in scientific form: "-1.2345e+05".
    char scientific[64];
    auto result = std::to_chars(scientific, scientific + sizeof(scientific), x, std::chars_format::scientific);
    const char * pos = scientific;
    const char * end = result.ptr;

    char text[64];
    char * w = text;
    if (*pos == '-')
    {
        *w++ = '-';
        ++pos;
    }

    char digits[32];
    size_t digit_count = 0;
    while (pos < end && *pos != 'e')
    {
        if (*pos != '.')
            digits[digit_count++] = *pos;
        ++pos;
    }
    int exponent = 0;
    std::from_chars(pos + 1 + (pos[1] == '+'), end, exponent);

    if (exponent >= -6 && exponent < 21)
    {
        int point = exponent + 1; /// digits before the decimal point
        if (point <= 0)
        {
            *w++ = '0';
            *w++ = '.';
            for (int i = point; i < 0; ++i)
                *w++ = '0';
            std::memcpy(w, digits, digit_count);
            w += digit_count;
        }
        else if (static_cast<size_t>(point) >= digit_count)
        {
            std::memcpy(w, digits, digit_count);
            w += digit_count;
            for (size_t i = digit_count; i < static_cast<size_t>(point); ++i)
                *w++ = '0';
        }
        else
        {
            std::memcpy(w, digits, static_cast<size_t>(point));
            w += point;
            *w++ = '.';
            std::memcpy(w, digits + point, digit_count - static_cast<size_t>(point));
            w += digit_count - static_cast<size_t>(point);
        }
    }
    else
    {
        *w++ = digits[0];
        if (digit_count > 1)
        {
            *w++ = '.';
            std::memcpy(w, digits + 1, digit_count - 1);
            w += digit_count - 1;
        }
        *w++ = 'e';
        w = std::to_chars(w, text + sizeof(text), exponent).ptr;
    }
    out.write(text, static_cast<size_t>(w - text));
}

/// UUIDs are lower-case hex; JSON's \u00XX escapes are upper-case, as ClickHouse writes them.
template <bool upper_case = false> inline void writeHexByte(UInt8 byte, WriteBuffer & out)
{
    static constexpr const char * hex = upper_case ? "0123456789ABCDEF" : "0123456789abcdef";
    out.put(hex[byte >> 4]);
    out.put(hex[byte & 0xF]);
}

/// Backslash escapes shared by TSV and quoted strings; `quote` is escaped as \<quote>.
template <char quote> void writeAnyEscapedString(std::string_view s, WriteBuffer & out)
{
    const char * pos = s.data();
    const char * end = pos + s.size();
    while (pos < end)
    {
        /// Copy the run of bytes that need no escaping in one call.
        const char * run = pos;
        while (pos < end && *pos != '\\' && *pos != quote && static_cast<unsigned char>(*pos) > 0x0D)
            ++pos;
        if (pos != run)
            out.write(run, static_cast<size_t>(pos - run));
        if (pos == end)
            break;
        char c = *pos++;
        switch (c)
        {
            case '\b':
                writeString("\\b", out);
                break;
            case '\f':
                writeString("\\f", out);
                break;
            case '\n':
                writeString("\\n", out);
                break;
            case '\r':
                writeString("\\r", out);
                break;
            case '\t':
                writeString("\\t", out);
                break;
            case '\0':
                writeString("\\0", out);
                break;
            case '\\':
                writeString("\\\\", out);
                break;
            case quote:
                out.put('\\');
                out.put(quote);
                break;
            default:
                out.put(c);
                break;
        }
    }
}
}

void writeIntText(UInt64 x, WriteBuffer & out)
{
    char buffer[24];
    char * end = buffer + sizeof(buffer);
    char * begin = formatUnsigned(x, end);
    out.write(begin, static_cast<size_t>(end - begin));
}

void writeIntText(Int64 x, WriteBuffer & out)
{
    char buffer[24];
    char * end = buffer + sizeof(buffer);
    UInt64 magnitude = x < 0 ? UInt64(0) - static_cast<UInt64>(x) : static_cast<UInt64>(x);
    char * begin = formatUnsigned(magnitude, end);
    if (x < 0)
        *--begin = '-';
    out.write(begin, static_cast<size_t>(end - begin));
}

void writeIntText(UInt128 x, WriteBuffer & out)
{
    if (x <= UINT64_MAX)
    {
        writeIntText(static_cast<UInt64>(x), out);
        return;
    }
    char buffer[48];
    char * end = buffer + sizeof(buffer);
    char * begin = formatUnsigned(x, end);
    out.write(begin, static_cast<size_t>(end - begin));
}

void writeIntText(Int128 x, WriteBuffer & out)
{
    char buffer[48];
    char * end = buffer + sizeof(buffer);
    UInt128 magnitude = x < 0 ? UInt128(0) - static_cast<UInt128>(x) : static_cast<UInt128>(x);
    char * begin = formatUnsigned(magnitude, end);
    if (x < 0)
        *--begin = '-';
    out.write(begin, static_cast<size_t>(end - begin));
}

void writeFloatText(Float64 x, WriteBuffer & out)
{
    writeShortestFloat(x, out);
}

void writeFloatText(Float32 x, WriteBuffer & out)
{
    writeShortestFloat(x, out);
}

void writeUUIDText(const UUID & uuid, WriteBuffer & out)
{
    for (int shift = 56; shift >= 0; shift -= 8)
    {
        writeHexByte(static_cast<UInt8>(uuid.high >> shift), out);
        if (shift == 32 || shift == 16)
            out.put('-');
    }
    out.put('-');
    for (int shift = 56; shift >= 0; shift -= 8)
    {
        writeHexByte(static_cast<UInt8>(uuid.low >> shift), out);
        if (shift == 48)
            out.put('-');
    }
}

void writeEscapedString(std::string_view s, WriteBuffer & out)
{
    writeAnyEscapedString<'\''>(s, out);
}

void writeQuotedString(std::string_view s, WriteBuffer & out)
{
    out.put('\'');
    writeAnyEscapedString<'\''>(s, out);
    out.put('\'');
}

void writeBackQuotedString(std::string_view s, WriteBuffer & out)
{
    out.put('`');
    writeAnyEscapedString<'`'>(s, out);
    out.put('`');
}

void writeJSONString(std::string_view s, WriteBuffer & out, bool escape_forward_slashes)
{
    out.put('"');
    const char * pos = s.data();
    const char * end = pos + s.size();
    while (pos < end)
    {
        const char * run = pos;
        while (pos < end && static_cast<unsigned char>(*pos) >= 0x20 && *pos != '"' && *pos != '\\' && *pos != '/'
               && static_cast<unsigned char>(*pos) != 0xE2)
            ++pos;
        if (pos != run)
            out.write(run, static_cast<size_t>(pos - run));
        if (pos == end)
            break;
        unsigned char c = static_cast<unsigned char>(*pos++);
        switch (c)
        {
            case '"':
                writeString("\\\"", out);
                break;
            case '\\':
                writeString("\\\\", out);
                break;
            case '\b':
                writeString("\\b", out);
                break;
            case '\f':
                writeString("\\f", out);
                break;
            case '\n':
                writeString("\\n", out);
                break;
            case '\r':
                writeString("\\r", out);
                break;
            case '\t':
                writeString("\\t", out);
                break;
            case '/':
                if (escape_forward_slashes)
                    out.put('\\');
                out.put('/');
                break;
            case 0xE2:
                /// U+2028 and U+2029 (E2 80 A8/A9) end lines in JavaScript, so they are escaped.
                if (end - pos >= 2 && static_cast<unsigned char>(pos[0]) == 0x80
                    && (static_cast<unsigned char>(pos[1]) == 0xA8 || static_cast<unsigned char>(pos[1]) == 0xA9))
                {
                    writeString(static_cast<unsigned char>(pos[1]) == 0xA8 ? "\\u2028" : "\\u2029", out);
                    pos += 2;
                }
                else
                    out.put(static_cast<char>(c));
                break;
            default:
                writeString("\\u00", out);
                writeHexByte<true>(c, out);
                break;
        }
    }
    out.put('"');
}

void writeCSVString(std::string_view s, WriteBuffer & out)
{
    out.put('"');
    const char * pos = s.data();
    const char * end = pos + s.size();
    while (pos < end)
    {
        const char * quote = static_cast<const char *>(std::memchr(pos, '"', static_cast<size_t>(end - pos)));
        if (!quote)
        {
            out.write(pos, static_cast<size_t>(end - pos));
            break;
        }
        out.write(pos, static_cast<size_t>(quote + 1 - pos));
        out.put('"');
        pos = quote + 1;
    }
    out.put('"');
}

void writeVarUInt(UInt64 x, WriteBuffer & out)
{
    char buffer[10];
    size_t size = 0;
    while (x >= 0x80)
    {
        buffer[size++] = static_cast<char>((x & 0x7F) | 0x80);
        x >>= 7;
    }
    buffer[size++] = static_cast<char>(x);
    out.write(buffer, size);
}
}
