// IPv4 and IPv6 addresses between their text and their bytes, as ClickHouse reads and
// writes them: IPv4 as a host-order UInt32, IPv6 as 16 bytes in network (big-endian) order.
// Used by the IPv4/IPv6 types, CAST and the IP address functions.
#pragma once

#include "base/Types.h"

#include <string_view>

namespace datastore
{
/// Longest text of an address: "ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255".
inline constexpr size_t IPV4_MAX_TEXT_LENGTH = 15;
inline constexpr size_t IPV6_MAX_TEXT_LENGTH = 45;
inline constexpr size_t IPV6_BINARY_LENGTH = 16;

/// How a dotted decimal address may be written: the types and CAST take parts of up to four
/// digits with leading zeros ("01.2.3.0004" is 1.2.3.4); IPv4StringToNum, isIPv4String and
/// their IPv6 forms take only the canonical parts "0" to "255".
enum class IPv4Digits
{
    Lenient,
    Canonical,
};

/// The whole of `text` as dotted decimal, each part at most 255. Returns false, leaving
/// `value` unspecified, for anything else.
bool parseIPv4(std::string_view text, UInt32 & value, IPv4Digits digits = IPv4Digits::Lenient);

/// The whole of `text` as an IPv6 address (groups of up to four hex digits, one "::", an
/// IPv4 tail with leading zeros allowed), or as an IPv4 address read with `digits`, which
/// becomes ::ffff:a.b.c.d. Returns false for anything else; `bytes` is then unspecified.
bool parseIPv6(std::string_view text, unsigned char * bytes, IPv4Digits digits = IPv4Digits::Lenient);

/// Writes the text of an address to `out` (room for the max length) and returns its length.
size_t formatIPv4(UInt32 value, char * out);
/// Lower-case hex, the longest run of two or more zero groups as "::", and the IPv4 form of
/// the last four bytes for ::a.b.c.d and ::ffff:a.b.c.d.
size_t formatIPv6(const unsigned char * bytes, char * out);

/// ::ffff:a.b.c.d for an IPv4 address.
void ipv4ToMappedIPv6(UInt32 value, unsigned char * bytes);
/// Whether 16 bytes are an address in ::ffff:0:0/96.
bool isIPv4Mapped(const unsigned char * bytes);
}
