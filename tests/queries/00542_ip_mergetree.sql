-- IPv4 and IPv6 in MergeTree: as the sorting key (ranges and sets use the primary key), in
-- wrappers, with defaults, across merges and ALTER; bad addresses on INSERT are refused.
DROP TABLE IF EXISTS ip_log;
CREATE TABLE ip_log (ip IPv4, ip6 IPv6, hits UInt32, via Nullable(IPv6), path Array(IPv4), seen LowCardinality(String), gateway IPv4 DEFAULT toIPv4('10.0.0.1'))
ENGINE = MergeTree ORDER BY (ip, ip6) SETTINGS index_granularity = 2;
SELECT name, type, default_expression FROM system.columns WHERE database = currentDatabase() AND table = 'ip_log' ORDER BY position;
INSERT INTO ip_log (ip, ip6, hits, via, path, seen) VALUES ('192.168.0.1', '2001:db8::1', 1, NULL, ['10.0.0.1'], 'a'), ('10.0.0.5', '::1', 2, '::ffff:10.0.0.5', [], 'b'), ('10.0.0.5', '::', 3, NULL, ['1.1.1.1', '8.8.8.8'], 'c');
INSERT INTO ip_log (ip, ip6, hits, via, path, seen) SELECT toIPv4(toUInt32(167772160 + number)), toIPv6(toIPv4(toUInt32(167772160 + number))), number, NULL, [], 'gen' FROM numbers(20);
INSERT INTO ip_log (ip, ip6, hits, via, path, seen) FORMAT TabSeparated
255.255.255.255	ffff::	7	fe80::1	['0.0.0.0']	tsv
;
SELECT ip, ip6, hits, via, path, seen, gateway FROM ip_log WHERE seen != 'gen' ORDER BY ip, ip6;
SELECT count(), min(ip), max(ip), min(ip6), max(ip6) FROM ip_log;
SELECT ip, hits FROM ip_log WHERE ip = '10.0.0.5' ORDER BY hits SETTINGS force_primary_key = 1;
SELECT count() FROM ip_log WHERE ip BETWEEN toIPv4('10.0.0.3') AND toIPv4('10.0.0.9') SETTINGS force_primary_key = 1;
SELECT ip FROM ip_log WHERE ip IN ('10.0.0.17', '10.0.0.18', '9.9.9.9') ORDER BY ip SETTINGS force_primary_key = 1;
SELECT ip6 FROM ip_log WHERE ip6 IN ('::1', '::ffff:10.0.0.2') ORDER BY ip6;
SELECT ip6 FROM ip_log WHERE ip6 > '::ffff:10.0.0.17' ORDER BY ip6 DESC;
SELECT count() FROM ip_log WHERE isIPAddressInRange(IPv4NumToString(ip), '10.0.0.0/29');
SELECT IPv4CIDRToRange(ip, 24) AS net, count() FROM ip_log GROUP BY net ORDER BY net;
SELECT DISTINCT ip6 FROM ip_log WHERE ip = '10.0.0.5' ORDER BY ip6;

OPTIMIZE TABLE ip_log FINAL;
SELECT count(), sum(hits), countIf(via IS NOT NULL) FROM ip_log;
ALTER TABLE ip_log ADD COLUMN peer IPv6 DEFAULT IPv4ToIPv6(gateway);
SELECT ip, peer FROM ip_log WHERE seen = 'a';
ALTER TABLE ip_log MODIFY COLUMN hits UInt64;
SELECT ip, ip6, hits FROM ip_log WHERE ip = '255.255.255.255';

INSERT INTO ip_log (ip, ip6, hits, via, path, seen) VALUES ('10.0.0.256', '::', 1, NULL, [], 'bad'); -- { serverError CANNOT_PARSE_IPV4 }
INSERT INTO ip_log (ip, ip6, hits, via, path, seen) VALUES ('10.0.0.1', '1:2:3:4:5:6:7:8:9', 1, NULL, [], 'bad'); -- { serverError CANNOT_PARSE_IPV6 }
INSERT INTO ip_log (ip, ip6, hits, via, path, seen) VALUES ('10.0.0.1', '::', 1, NULL, ['1.2.3.4', '1.2.3'], 'bad'); -- { serverError CANNOT_PARSE_IPV4 }
INSERT INTO ip_log (ip, ip6, hits, via, path, seen) FORMAT CSV
"1.2.3.4","::g",1,,"[]","bad"
; -- { serverError CANNOT_PARSE_IPV6 }
SELECT count() FROM ip_log WHERE seen = 'bad';
CREATE TABLE ip_bad (ip LowCardinality(IPv4)) ENGINE = MergeTree ORDER BY tuple(); -- { serverError SUSPICIOUS_TYPE_FOR_LOW_CARDINALITY }
CREATE TABLE ip_bad (ip LowCardinality(IPv6)) ENGINE = MergeTree ORDER BY tuple(); -- { serverError SUSPICIOUS_TYPE_FOR_LOW_CARDINALITY }
CREATE TABLE ip_bad (ip IPv4(1)) ENGINE = MergeTree ORDER BY tuple(); -- { serverError DATA_TYPE_CANNOT_HAVE_ARGUMENTS }
DROP TABLE ip_log;
