-- The IPv4 and IPv6 types: names, CAST to and from them, wrappers, comparisons, sorting,
-- grouping, sets, aggregates and every text format; bad text fails with CANNOT_PARSE_IPV4/6.
SELECT toIPv4('1.2.3.4') AS a, toTypeName(a), toIPv6('2001:db8::1') AS b, toTypeName(b);
SELECT CAST('10.0.0.1' AS IPv4), CAST('::ffff:10.0.0.1' AS IPv6), CAST('10.0.0.1' AS IPv6), CAST('1.2.3.4' AS INET4), toTypeName(CAST('::' AS inet6));
SELECT toIPv6(s) FROM (SELECT arrayJoin(['::', '::1', '::2', '1::', '::1.2.3.4', '::ffff:0:0', '1:0:0:1:0:0:0:1', '1:0:1:0:1:0:1:0', 'FE80::0202:B3FF:FE1E:8329', '1:2:3:4:5:6:7::', '::fffe:1.2.3.4', '1::1.2.3.4']) AS s);
SELECT toIPv4(s) FROM (SELECT arrayJoin(['0.0.0.0', '255.255.255.255', '01.2.3.4', '1.2.3.0004', '127.0.0.1']) AS s);

-- Numbers: IPv4 to and from unsigned integers, IPv6 to and from UInt128, IPv4 to IPv6 and back.
SELECT CAST(toIPv4('1.2.3.4') AS UInt32), CAST(toIPv4('1.2.3.4') AS UInt64), CAST(toIPv4('1.2.3.4') AS UInt128), toUInt32(toIPv4('255.0.0.1'));
SELECT CAST(toUInt32(16909060) AS IPv4), CAST(toUInt8(5) AS IPv4), CAST(toUInt64(4294967301) AS IPv4), toIPv4(16909060);
SELECT CAST(toIPv4('1.2.3.4') AS IPv6), toIPv6(toIPv4('0.0.0.0')), CAST(toIPv6('::ffff:1.2.3.4') AS IPv4);
SELECT CAST(toIPv6('::1') AS UInt128), CAST(toUInt128(1) AS IPv6), CAST(toIPv6('2001:db8::') AS UInt128);
SELECT CAST(toFixedString('abcdefghijklmnop', 16) AS IPv6), toIPv6(IPv6StringToNum('2001:db8::5')), CAST(toFixedString('::1', 3) AS IPv6), toIPv4(toFixedString('1.2.3.4', 8));
SELECT toString(toIPv4('1.2.3.4')), CAST(toIPv6('::1') AS String), toIPv4(toIPv4('9.9.9.9')), toIPv6(toIPv6('::3'));
SELECT hex(toIPv4('1.2.3.4')), hex(toIPv4('0.0.0.0')), hex(toIPv6('::1')), CAST(toIPv4('1.2.3.4') AS Bool), CAST(toIPv4('0.0.0.0') AS Bool);
SELECT CAST(toInt32(5) AS IPv4); -- { serverError NOT_IMPLEMENTED }
SELECT CAST(toFloat64(5) AS IPv4); -- { serverError NOT_IMPLEMENTED }
SELECT CAST(toIPv4('1.2.3.4') AS Int64); -- { serverError NOT_IMPLEMENTED }
SELECT CAST(toIPv4('1.2.3.4') AS UInt16); -- { serverError NOT_IMPLEMENTED }
SELECT CAST(toUInt64(1) AS IPv6); -- { serverError NOT_IMPLEMENTED }
SELECT CAST(toIPv6('::1') AS UInt64); -- { serverError NOT_IMPLEMENTED }
SELECT CAST(toIPv6('::1') AS IPv4); -- { serverError CANNOT_CONVERT_TYPE }

-- Bad text.
SELECT toIPv4('1.2.3'); -- { serverError CANNOT_PARSE_IPV4 }
SELECT toIPv4(''); -- { serverError CANNOT_PARSE_IPV4 }
SELECT CAST('256.1.1.1' AS IPv4); -- { serverError CANNOT_PARSE_IPV4 }
SELECT CAST('1.2.3.4 ' AS IPv4); -- { serverError CANNOT_PARSE_IPV4 }
SELECT toIPv6('x'); -- { serverError CANNOT_PARSE_IPV6 }
SELECT toIPv6('1::2::3'); -- { serverError CANNOT_PARSE_IPV6 }
SELECT toIPv6('1:2:3:4:5:6:7:8:9'); -- { serverError CANNOT_PARSE_IPV6 }
SELECT toIPv6('00001::'); -- { serverError CANNOT_PARSE_IPV6 }
SELECT toIPv6('[::1]'); -- { serverError CANNOT_PARSE_IPV6 }
SELECT toIPv6('::1:'); -- { serverError CANNOT_PARSE_IPV6 }

-- The OrNull, OrZero and OrDefault forms.
SELECT toIPv4OrNull('x'), toIPv4OrNull('1.2.3.4'), toIPv4OrZero('x'), toIPv4OrDefault('x'), toIPv4OrDefault('x', toIPv4('9.9.9.9')), toIPv4OrDefault('8.8.8.8', toIPv4('9.9.9.9'));
SELECT toIPv6OrNull('x'), toIPv6OrNull('::5'), toIPv6OrZero('x'), toIPv6OrDefault('x'), toIPv6OrDefault('x', toIPv6('::9'));
SELECT toTypeName(toIPv4OrNull('x')), toTypeName(toIPv4OrZero('x')), toTypeName(toIPv6OrNull('x')), toTypeName(toIPv6OrDefault('x'));
SELECT toIPv4OrNull(s), toIPv6OrNull(s) FROM (SELECT arrayJoin(['1.2.3.4', '1.2.3.256', '1..2.3', '::1', '1:2:3:4:5:6:1.2.3.4', '::01.2.3.4', ':1::']) AS s);

-- Wrappers.
SELECT CAST('1.2.3.4' AS Nullable(IPv4)), toTypeName(CAST('1.2.3.4' AS Nullable(IPv4))), CAST(NULL AS Nullable(IPv6)), CAST('x' AS Nullable(IPv4));
SELECT toIPv4(NULL), toTypeName(toIPv4(toNullable('1.2.3.4'))), toIPv4OrNull(toNullable('x'));
SELECT [toIPv4('1.2.3.4'), toIPv4('1.1.1.1')] AS a, toTypeName(a), CAST(['::1', '::2'] AS Array(IPv6)) AS b, toTypeName(b);

-- Comparisons: with a string read as an address, IPv4 with numbers, IPv4 with IPv6 as ::ffff:a.b.c.d.
SELECT toIPv4('1.2.3.4') = '1.2.3.4', toIPv4('1.2.3.4') < toIPv4('1.2.3.5'), toIPv4('1.2.3.4') = 16909060, toIPv4('10.0.0.0') > toIPv4('9.255.255.255');
SELECT toIPv6('::1') = '::1', toIPv6('::1') < toIPv6('::2'), toIPv6('1.2.3.4') = toIPv4('1.2.3.4'), toIPv4('1.2.3.4') = toIPv6('::1'), toIPv6('2001::') > toIPv6('::ffff:1.1.1.1');
SELECT toIPv6('::1') = IPv6StringToNum('::1'), IPv6StringToNum('::2') > toIPv6('::1'), toIPv6('::1') = toFixedString('::1', 16);
SELECT toIPv4('1.2.3.4') IN ('1.2.3.4', '5.6.7.8'), toIPv4('1.2.3.4') IN ('5.6.7.8'), toIPv6('::1') IN ('::1', '::2'), toIPv6('::3') NOT IN ('::1', '::2');
SELECT toIPv4('1.2.3.4') = 'x'; -- { serverError CANNOT_PARSE_IPV4 }

-- Sorting, grouping, DISTINCT and aggregates follow the address order.
SELECT x FROM (SELECT arrayJoin([toIPv4('10.0.0.1'), toIPv4('9.0.0.1'), toIPv4('200.0.0.1'), toIPv4('9.0.0.1')]) AS x) ORDER BY x;
SELECT DISTINCT x FROM (SELECT arrayJoin([toIPv6('::ffff:1.1.1.1'), toIPv6('2001::'), toIPv6('::1'), toIPv6('::1')]) AS x) ORDER BY x DESC;
SELECT x, count() FROM (SELECT arrayJoin([toIPv4('10.0.0.1'), toIPv4('9.0.0.1'), toIPv4('10.0.0.1')]) AS x) GROUP BY x ORDER BY x;
SELECT x, count() FROM (SELECT arrayJoin([toIPv6('::2'), toIPv6('::1'), toIPv6('::2')]) AS x) GROUP BY x ORDER BY x;
SELECT min(x), max(x), any(x), toTypeName(min(x)) FROM (SELECT arrayJoin([toIPv4('10.0.0.1'), toIPv4('9.0.0.1'), toIPv4('200.0.0.1')]) AS x);
SELECT min(x), max(x), any(x), toTypeName(max(x)) FROM (SELECT arrayJoin([toIPv6('::ffff:1.1.1.1'), toIPv6('2001::'), toIPv6('::1')]) AS x);
SELECT uniqExact(x), count(DISTINCT x) FROM (SELECT arrayJoin([toIPv6('::1'), toIPv6('::1'), toIPv6('::2')]) AS x);

-- Text formats, output and input.
DROP TABLE IF EXISTS ip_memory;
CREATE TABLE ip_memory (a IPv4, b IPv6, n Nullable(IPv4), l Array(IPv6)) ENGINE = Memory;
INSERT INTO ip_memory VALUES ('1.2.3.4', '2001:db8::1', NULL, ['::1']), ('0.0.0.0', '::', '10.0.0.1', []), ('255.255.255.255', '::ffff:1.2.3.4', '0.0.0.1', ['::', '1::']);
SELECT * FROM ip_memory ORDER BY a FORMAT TabSeparated;
SELECT * FROM ip_memory ORDER BY a FORMAT CSV;
SELECT * FROM ip_memory ORDER BY a FORMAT JSONEachRow;
SELECT * FROM ip_memory ORDER BY a FORMAT JSONCompactEachRow;
SELECT * FROM ip_memory ORDER BY a FORMAT Values;
SELECT * FROM ip_memory ORDER BY a SETTINGS output_format_pretty_row_numbers = 0 FORMAT PrettyCompact;
SELECT a, b FROM ip_memory ORDER BY a SETTINGS output_format_write_statistics = 0 FORMAT JSON;
INSERT INTO ip_memory FORMAT TabSeparated
8.8.8.8	::8	\N	['::8']
;
INSERT INTO ip_memory FORMAT CSV
"9.9.9.9",::9,9.9.9.9,"['::9']"
;
INSERT INTO ip_memory FORMAT JSONEachRow
{"a":"7.7.7.7","b":"::7","n":null,"l":["::7"]}
;
SELECT * FROM ip_memory WHERE a > '1.2.3.4' ORDER BY a;
INSERT INTO ip_memory VALUES ('1.2.3', '::', NULL, []); -- { serverError CANNOT_PARSE_IPV4 }
INSERT INTO ip_memory VALUES ('1.2.3.4', '::g', NULL, []); -- { serverError CANNOT_PARSE_IPV6 }
INSERT INTO ip_memory FORMAT TabSeparated
1.2.3	::	\N	[]
; -- { serverError CANNOT_PARSE_IPV4 }
INSERT INTO ip_memory FORMAT JSONEachRow
{"a":"1.2.3.4","b":"1:2","n":null,"l":[]}
; -- { serverError CANNOT_PARSE_IPV6 }
INSERT INTO ip_memory FORMAT JSONEachRow
{"a":16909061,"b":"::5","n":null,"l":[]}
; -- { serverError CANNOT_PARSE_INPUT_ASSERTION_FAILED }
SELECT count() FROM ip_memory;
DROP TABLE ip_memory;
