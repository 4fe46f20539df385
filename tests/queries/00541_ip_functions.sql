-- The IP address functions over the IPv4/IPv6 types and their UInt32/FixedString(16)/String
-- forms: text, IPv4 in IPv6, cutting, CIDR ranges and membership, with their argument errors.
SELECT IPv4NumToString(toIPv4('1.2.3.4')), IPv4NumToString(toUInt32(3232235777)), IPv4NumToStringClassC(toIPv4('1.2.3.4')), IPv4NumToStringClassC(16909060), IPv4NumToStringClassC(toUInt8(0));
-- IPv4StringToNum and isIPv4String take only canonical parts (no leading zeros), unlike toIPv4.
SELECT IPv4StringToNumOrNull(s), isIPv4String(s), toIPv4OrNull(s), IPv6StringToNumOrNull(s) IS NULL, isIPv6String(s) FROM (SELECT arrayJoin(['0.0.0.0', '01.2.3.4', '1.2.3.0004', '1.2.3.00', '1.2.3.010', '::01.2.3.4', '::ffff:1.2.3.04', '1:2:3:4:5:6:7:1.2.3.4']) AS s);
SELECT IPv4StringToNum('10.0.0.1'), IPv4StringToNumOrDefault('1.2.3.256'), INET_ATON('10.0.0.1'), inet_ntoa(167772161);
SELECT IPv6NumToString(toIPv6('::1')), IPv6NumToString(IPv6StringToNum('::ffff:1.2.3.4')), IPv6NumToString(IPv6StringToNum('1::1.2.3.4')), INET6_NTOA(INET6_ATON('2001:DB8::1'));
SELECT IPv6NumToString(s) FROM (SELECT arrayJoin([IPv6StringToNum('::'), IPv6StringToNum('::2'), IPv6StringToNum('1:0:0:1:0:0:0:1'), IPv6StringToNum('fe80::202:b3ff:fe1e:8329')]) AS s);

SELECT IPv4ToIPv6(toIPv4('1.2.3.4')), toTypeName(IPv4ToIPv6(toIPv4('1.2.3.4'))), hex(IPv4ToIPv6(16909060)), toTypeName(IPv4ToIPv6(16909060)), IPv6NumToString(IPv4ToIPv6(toUInt32(0)));
SELECT cutIPv6(IPv6StringToNum('2001:db8:85a3::8a2e:370:7334'), 2, 0), cutIPv6(IPv4ToIPv6(IPv4StringToNum('192.168.0.1')), 0, 2), cutIPv6(toIPv6('2001:db8::1'), 0, 0), cutIPv6(toIPv6('2001:db8::1'), 16, 0);
SELECT toTypeName(cutIPv6(toIPv6('::1'), 1, 0)), cutIPv6(toIPv6('::ffff:1.2.3.4'), 16, 4), cutIPv6(toIPv6('::ffff:1.2.3.4'), 16, 5);

SELECT IPv4CIDRToRange(toIPv4('192.168.5.2'), 16) AS r, toTypeName(r), IPv4CIDRToRange(toIPv4('192.168.5.2'), 0), IPv4CIDRToRange(toIPv4('192.168.5.2'), 32), IPv4CIDRToRange(toIPv4('192.168.5.2'), 33);
SELECT IPv4CIDRToRange(16909060, 8), IPv4CIDRToRange(toIPv4('1.2.3.4'), materialize(toUInt8(24))), tupleElement(IPv4CIDRToRange(toIPv4('10.1.2.3'), 8), 2);
SELECT IPv6CIDRToRange(toIPv6('2001:0db8:0000:85a3:0000:0000:ac1f:8001'), 32) AS r, toTypeName(r), IPv6CIDRToRange(toIPv6('::1'), 0), IPv6CIDRToRange(toIPv6('::1'), 128), IPv6CIDRToRange(toIPv6('::1'), 200);
SELECT IPv6CIDRToRange(IPv6StringToNum('2001:db8::1'), 16), IPv6CIDRToRange(toIPv6('2001:db8:ff::'), materialize(toUInt8(41)));

SELECT isIPv4String(s), isIPv6String(s) FROM (SELECT arrayJoin(['1.2.3.4', '01.2.3.4', '1.2.3', '::1', '::ffff:1.2.3.4', 'x', '']) AS s);
SELECT isIPv4String(NULL), isIPv6String(toNullable('::1'));
SELECT isIPAddressInRange('127.0.0.1', '127.0.0.0/8'), isIPAddressInRange('128.0.0.1', '127.0.0.0/8'), isIPAddressInRange('::ffff:192.168.0.1', '::ffff:192.168.0.4/128'), isIPAddressInRange('192.168.0.1', '::ffff:192.168.0.0/120');
SELECT isIPAddressInRange('::1', '127.0.0.0/8'), isIPAddressInRange('127.0.0.1', '::/0'), isIPAddressInRange('2001:db8::1', '2001:db8::/32'), isIPAddressInRange('127.0.0.1', '127.0.0.1/32'), isIPAddressInRange('127.0.0.1', '0.0.0.0/0'), isIPAddressInRange('1.2.3.4', '1.2.3.0/024');
SELECT isIPAddressInRange(toIPv4('1.2.3.4'), '1.2.3.0/24'), isIPAddressInRange(toIPv6('::1'), '::/8'), isIPAddressInRange(toIPv4('1.2.3.4'), '::ffff:1.2.3.0/120');
SELECT isIPAddressInRange(a, r) FROM (SELECT arrayJoin([('10.1.1.1', '10.0.0.0/8'), ('10.1.1.1', '10.1.1.0/31'), ('2001:db8::1', '2001:db9::/32')]) AS t, t.1 AS a, t.2 AS r);

-- Bad arguments.
SELECT IPv4NumToString(toUInt64(1)); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT IPv4NumToStringClassC('1.2.3.4'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT IPv6NumToString(toIPv4('1.2.3.4')); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT IPv4StringToNum(toIPv4('1.2.3.4')); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT IPv4StringToNum('01.2.3.4'); -- { serverError CANNOT_PARSE_IPV4 }
SELECT IPv6StringToNum('1.2.3.00'); -- { serverError CANNOT_PARSE_IPV6 }
SELECT IPv4ToIPv6(toUInt64(5)); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT IPv4ToIPv6('1.2.3.4'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT cutIPv6(toIPv6('2001:db8::1'), 17, 0); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT cutIPv6(toIPv6('2001:db8::1'), 0, 17); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT cutIPv6(toFixedString('abc', 3), 1, 0); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT IPv4CIDRToRange(toIPv4('1.2.3.4'), 8.5); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT IPv4CIDRToRange(toIPv4('1.2.3.4'), -1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT IPv4CIDRToRange('1.2.3.4', 8); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT IPv6CIDRToRange('2001:db8::1', 16); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT IPv6CIDRToRange(toIPv4('1.2.3.4'), 16); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT isIPv4String(toIPv4('1.2.3.4')); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT isIPv4String(toFixedString('1.2.3.4', 8)); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT isIPAddressInRange('x', '127.0.0.0/8'); -- { serverError CANNOT_PARSE_TEXT }
SELECT isIPAddressInRange('01.2.3.4', '1.2.3.0/24'); -- { serverError CANNOT_PARSE_TEXT }
SELECT isIPAddressInRange('127.0.0.1', 'x'); -- { serverError CANNOT_PARSE_TEXT }
SELECT isIPAddressInRange('1.2.3.4', 'x/8'); -- { serverError CANNOT_PARSE_TEXT }
SELECT isIPAddressInRange('127.0.0.1', '127.0.0.0/33'); -- { serverError CANNOT_PARSE_TEXT }
SELECT isIPAddressInRange('::1', '::/129'); -- { serverError CANNOT_PARSE_TEXT }
SELECT isIPAddressInRange('1.2.3.4', '1.2.3.0/'); -- { serverError CANNOT_PARSE_TEXT }
SELECT isIPAddressInRange('1.2.3.4', '1.2.3.4/-1'); -- { serverError CANNOT_PARSE_TEXT }
SELECT isIPAddressInRange(1, '1.2.3.0/24'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
