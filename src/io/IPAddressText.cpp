// Parsing and formatting of IPv4 and IPv6 addresses (see IPAddressText.h).
#include "io/IPAddressText.h"

#include "io/ReadHelpers.h"

#include <cstring>

namespace datastore
{
namespace
{
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

char * writeDecimal(unsigned value, char * out)
{
    if (value >= 100)
        *out++ = static_cast<char>('0' + value / 100);
    if (value >= 10)
        *out++ = static_cast<char>('0' + value / 10 % 10);
    *out++ = static_cast<char>('0' + value % 10);
    return out;
}
}

bool parseIPv4(std::string_view text, UInt32 & value, IPv4Digits digits)
{
    size_t max_digits = digits == IPv4Digits::Lenient ? 4 : 3;
    value = 0;
    size_t pos = 0;
    for (int part = 0; part < 4; ++part)
    {
        if (part > 0)
        {
            if (pos == text.size() || text[pos] != '.')
                return false;
            ++pos;
        }
        size_t begin = pos;
        UInt32 octet = 0;
        while (pos < text.size() && pos - begin < max_digits && isDigit(text[pos]))
            octet = octet * 10 + static_cast<UInt32>(text[pos++] - '0');
        if (pos == begin || octet > 255)
            return false;
        if (digits == IPv4Digits::Canonical && text[begin] == '0' && pos - begin > 1)
            return false;
        value = value << 8 | octet;
    }
    return pos == text.size();
}

bool parseIPv6(std::string_view text, unsigned char * bytes, IPv4Digits digits)
{
    if (text.find(':') == std::string_view::npos)
    {
        UInt32 v4;
        if (!parseIPv4(text, v4, digits))
            return false;
        ipv4ToMappedIPv6(v4, bytes);
        return true;
    }

    std::memset(bytes, 0, IPV6_BINARY_LENGTH);
    size_t written = 0;
    /// Where "::" stands: the groups written after it move to the end.
    int gap = -1;
    size_t pos = 0;
    if (text.starts_with("::"))
    {
        gap = 0;
        pos = 2;
    }
    else if (text.starts_with(":"))
        return false;

    while (pos < text.size())
    {
        size_t begin = pos;
        unsigned group = 0;
        while (pos < text.size() && pos - begin < 4 && hexDigitValue(text[pos]) >= 0)
            group = group << 4 | static_cast<unsigned>(hexDigitValue(text[pos++]));
        if (pos == begin)
            return false;
        if (pos < text.size() && text[pos] == '.')
        {
            /// An IPv4 tail takes the last four bytes.
            UInt32 v4;
            if (written + 4 > IPV6_BINARY_LENGTH || !parseIPv4(text.substr(begin), v4))
                return false;
            for (int i = 0; i < 4; ++i)
                bytes[written++] = static_cast<unsigned char>(v4 >> (24 - 8 * i));
            pos = text.size();
            break;
        }
        if (written + 2 > IPV6_BINARY_LENGTH)
            return false;
        bytes[written++] = static_cast<unsigned char>(group >> 8);
        bytes[written++] = static_cast<unsigned char>(group);
        if (pos == text.size())
            break;
        if (text[pos] != ':')
            return false;
        ++pos;
        if (pos < text.size() && text[pos] == ':')
        {
            if (gap >= 0)
                return false;
            gap = static_cast<int>(written);
            ++pos;
        }
        else if (pos == text.size())
            return false;
    }

    if (gap < 0)
        return written == IPV6_BINARY_LENGTH;
    if (written == IPV6_BINARY_LENGTH)
        return false;
    size_t tail = written - static_cast<size_t>(gap);
    std::memmove(bytes + IPV6_BINARY_LENGTH - tail, bytes + gap, tail);
    std::memset(bytes + gap, 0, IPV6_BINARY_LENGTH - tail - static_cast<size_t>(gap));
    return true;
}

size_t formatIPv4(UInt32 value, char * out)
{
    char * begin = out;
    for (int i = 0; i < 4; ++i)
    {
        if (i > 0)
            *out++ = '.';
        out = writeDecimal((value >> (24 - 8 * i)) & 0xff, out);
    }
    return static_cast<size_t>(out - begin);
}

size_t formatIPv6(const unsigned char * bytes, char * out)
{
    unsigned words[8];
    for (int i = 0; i < 8; ++i)
        words[i] = static_cast<unsigned>(bytes[2 * i]) << 8 | bytes[2 * i + 1];

    /// The first longest run of zero groups, if it has at least two.
    int best_base = -1;
    int best_length = 0;
    for (int i = 0; i < 8;)
    {
        if (words[i] != 0)
        {
            ++i;
            continue;
        }
        int start = i;
        while (i < 8 && words[i] == 0)
            ++i;
        if (i - start > best_length)
        {
            best_base = start;
            best_length = i - start;
        }
    }
    if (best_length < 2)
        best_base = -1;

    static constexpr char digits[] = "0123456789abcdef";
    char * begin = out;
    for (int i = 0; i < 8; ++i)
    {
        if (best_base >= 0 && i >= best_base && i < best_base + best_length)
        {
            if (i == best_base)
                *out++ = ':';
            continue;
        }
        if (i > 0)
            *out++ = ':';
        /// ::a.b.c.d and ::ffff:a.b.c.d end in the IPv4 form.
        if (i == 6 && best_base == 0 && (best_length == 6 || (best_length == 5 && words[5] == 0xffff)))
        {
            UInt32 v4 = static_cast<UInt32>(words[6]) << 16 | words[7];
            out += formatIPv4(v4, out);
            return static_cast<size_t>(out - begin);
        }
        bool started = false;
        for (int shift = 12; shift >= 0; shift -= 4)
        {
            unsigned digit = words[i] >> shift & 15;
            if (digit || started || shift == 0)
            {
                *out++ = digits[digit];
                started = true;
            }
        }
    }
    if (best_base >= 0 && best_base + best_length == 8)
        *out++ = ':';
    return static_cast<size_t>(out - begin);
}

void ipv4ToMappedIPv6(UInt32 value, unsigned char * bytes)
{
    std::memset(bytes, 0, 10);
    bytes[10] = bytes[11] = 0xff;
    for (int i = 0; i < 4; ++i)
        bytes[12 + i] = static_cast<unsigned char>(value >> (24 - 8 * i));
}

bool isIPv4Mapped(const unsigned char * bytes)
{
    static constexpr unsigned char prefix[12] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff };
    return std::memcmp(bytes, prefix, sizeof(prefix)) == 0;
}
}
