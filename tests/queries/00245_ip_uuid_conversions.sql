-- IPv4 and IPv6 addresses and UUIDs between text and numbers; bad text throws, or gives NULL
-- or the default with the OrNull and OrDefault forms.
SELECT IPv4NumToString(toUInt32(3232235777)), IPv4NumToString(1), IPv4NumToString(toUInt8(255)), IPv4StringToNum('192.168.1.1'), toTypeName(IPv4StringToNum('1.2.3.4')), IPv4StringToNum('255.255.255.255');
SELECT IPv4StringToNumOrDefault('x'), IPv4StringToNumOrNull('x'), toTypeName(IPv4StringToNumOrNull('x')), IPv4StringToNumOrNull('10.0.0.1');
SELECT IPv4NumToString(IPv4StringToNum(s)) FROM (SELECT arrayJoin(['0.0.0.0', '8.8.8.8', '127.0.0.1']) AS s);
SELECT IPv6NumToString(IPv6StringToNum('2001:db8::1')), IPv6NumToString(IPv6StringToNum('1.2.3.4')), hex(IPv6StringToNum('::1')), toTypeName(IPv6StringToNum('::1')), IPv6NumToString(toFixedString('', 16));
SELECT hex(IPv6StringToNumOrDefault('x')), IPv6StringToNumOrNull('x'), IPv6NumToString(IPv6StringToNum('FE80:0000:0000:0000:0202:B3FF:FE1E:8329'));
SELECT UUIDNumToString(UUIDStringToNum('61f0c404-5cb3-11e7-907b-a6006ad3dba0')), hex(UUIDStringToNum('61f0c404-5cb3-11e7-907b-a6006ad3dba0')), toTypeName(UUIDStringToNum('61f0c404-5cb3-11e7-907b-a6006ad3dba0'));
SELECT IPv4NumToString(NULL), IPv4StringToNum(CAST(NULL, 'Nullable(String)'));
SELECT IPv4StringToNum('x'); -- { serverError CANNOT_PARSE_IPV4 }
SELECT IPv4StringToNum('1.2.3'); -- { serverError CANNOT_PARSE_IPV4 }
SELECT IPv6StringToNum('x'); -- { serverError CANNOT_PARSE_IPV6 }
SELECT IPv4NumToString('x'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT IPv4NumToString(toUInt64(1)); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT IPv6NumToString(toFixedString('abc', 3)); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
