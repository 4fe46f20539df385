// Address text against what ClickHouse reads and writes (expected forms checked with chDB):
// every round trip, the shortest IPv6 form, and the inputs each digit rule refuses.
#include "io/IPAddressText.h"

#include <gtest/gtest.h>
#include <string>

using namespace datastore;

namespace
{
std::string formattedIPv6(std::string_view text)
{
    unsigned char bytes[IPV6_BINARY_LENGTH];
    if (!parseIPv6(text, bytes))
        return "<invalid>";
    char out[IPV6_MAX_TEXT_LENGTH];
    return std::string(out, formatIPv6(bytes, out));
}

std::string formattedIPv4(std::string_view text, IPv4Digits digits = IPv4Digits::Lenient)
{
    UInt32 value;
    if (!parseIPv4(text, value, digits))
        return "<invalid>";
    char out[IPV4_MAX_TEXT_LENGTH];
    return std::string(out, formatIPv4(value, out));
}
}

TEST(IPAddressText, IPv4RoundTrip)
{
    UInt32 value = 0;
    ASSERT_TRUE(parseIPv4("1.2.3.4", value));
    EXPECT_EQ(value, 16909060u);
    for (const char * text : { "0.0.0.0", "255.255.255.255", "10.0.0.1", "192.168.100.200" })
        EXPECT_EQ(formattedIPv4(text), text);
}

TEST(IPAddressText, IPv4Digits)
{
    EXPECT_EQ(formattedIPv4("01.2.3.0004"), "1.2.3.4");
    EXPECT_EQ(formattedIPv4("01.2.3.4", IPv4Digits::Canonical), "<invalid>");
    EXPECT_EQ(formattedIPv4("1.2.3.00", IPv4Digits::Canonical), "<invalid>");
    EXPECT_EQ(formattedIPv4("0.0.0.0", IPv4Digits::Canonical), "0.0.0.0");
    for (const char * bad :
         { "", "1.2.3", "1.2.3.4.5", "1..2.3", "256.1.1.1", "1.2.3.00004", " 1.2.3.4", "1.2.3.4 ", "4294967295", "1.2.3.x" })
        EXPECT_EQ(formattedIPv4(bad), "<invalid>") << bad;
}

TEST(IPAddressText, IPv6ShortestForm)
{
    const std::pair<const char *, const char *> cases[] = {
        { "::", "::" },
        { "::1", "::1" },
        { "::0.0.0.2", "::2" },
        { "1::", "1::" },
        { "::1.2.3.4", "::1.2.3.4" },
        { "::ffff:1.2.3.4", "::ffff:1.2.3.4" },
        { "::FFFF:0:0", "::ffff:0.0.0.0" },
        { "::fffe:1.2.3.4", "::fffe:102:304" },
        { "1:0:0:1:0:0:0:1", "1:0:0:1::1" },
        { "1:0:1:0:1:0:1:0", "1:0:1:0:1:0:1:0" },
        { "2001:0db8:0000:85a3:0000:0000:ac1f:8001", "2001:db8:0:85a3::ac1f:8001" },
        { "1:2:3:4:5:6:7::", "1:2:3:4:5:6:7:0" },
        { "::1:2:3:4:5:6:7", "0:1:2:3:4:5:6:7" },
        { "1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:102:304" },
        { "::01.2.3.4", "::1.2.3.4" },
        { "1.2.3.4", "::ffff:1.2.3.4" },
        { "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff" },
    };
    for (const auto & [text, expected] : cases)
        EXPECT_EQ(formattedIPv6(text), expected) << text;
}

TEST(IPAddressText, IPv6Refused)
{
    for (const char * bad : { "", ":", ":::", ":1::", "::1:", "1::2::3", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7:8::", "00001::", "[::1]",
                              "::1%eth0", "::1.2.3", "1:2:3:4:5:6:7:1.2.3.4", "::g", "1.2.3" })
        EXPECT_EQ(formattedIPv6(bad), "<invalid>") << bad;
    unsigned char bytes[IPV6_BINARY_LENGTH];
    EXPECT_FALSE(parseIPv6("01.2.3.4", bytes, IPv4Digits::Canonical));
}

TEST(IPAddressText, MappedBytes)
{
    unsigned char bytes[IPV6_BINARY_LENGTH];
    ipv4ToMappedIPv6(0x01020304, bytes);
    const unsigned char expected[IPV6_BINARY_LENGTH] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 1, 2, 3, 4 };
    EXPECT_EQ(std::string(reinterpret_cast<char *>(bytes), 16), std::string(reinterpret_cast<const char *>(expected), 16));
}
