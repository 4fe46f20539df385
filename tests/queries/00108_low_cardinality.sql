-- LowCardinality columns: dictionary-encoded, but they read, compare, group and sort like the
-- plain type; results of functions over them are LowCardinality where ClickHouse says so.
CREATE TABLE lc (id UInt32, browser LowCardinality(String), country LowCardinality(FixedString(2)), os LowCardinality(Nullable(String))) ENGINE = MergeTree ORDER BY id;
INSERT INTO lc SELECT number, ['Chrome', 'Safari', 'Firefox', 'Edge'][number % 4 + 1], ['US', 'DE', 'JP'][number % 3 + 1], if(number % 5 = 0, NULL, ['Linux', 'macOS'][number % 2 + 1]) FROM numbers(100);
INSERT INTO lc VALUES (1000, 'Chrome', 'US', 'Linux'), (1001, '', 'FR', NULL), (1002, 'Brave', 'US', 'iOS');
SELECT toTypeName(browser), toTypeName(country), toTypeName(os) FROM lc LIMIT 1;
SELECT browser, count() AS c FROM lc GROUP BY browser ORDER BY c DESC, browser;
SELECT country, browser, count() FROM lc GROUP BY country, browser ORDER BY country, browser;
SELECT os, count() FROM lc GROUP BY os ORDER BY os;
SELECT toTypeName(browser), count() FROM lc WHERE browser = 'Chrome' GROUP BY browser;
SELECT uniqExact(browser), uniq(country), min(browser), max(browser) FROM lc WHERE id < 1000;
SELECT id, browser, country, os FROM lc WHERE id >= 1000 ORDER BY id;
SELECT DISTINCT browser FROM lc ORDER BY browser;
SELECT browser FROM lc WHERE id IN (0, 1, 2, 3, 1001) ORDER BY browser DESC;
SELECT id FROM lc WHERE browser IN ('Brave', '') ORDER BY id;
SELECT id, length(browser), upper(browser), toTypeName(upper(browser)), concat(browser, '/', country) FROM lc WHERE id IN (1, 1002) ORDER BY id;
SELECT country = 'US', toString(country), toTypeName(toString(country)) FROM lc WHERE id = 1000;
SELECT browser, countIf(country = 'US') AS us FROM lc GROUP BY browser HAVING us > 0 ORDER BY browser LIMIT 3;
-- Casting to and from the plain type.
SELECT CAST(browser AS String) AS s, toTypeName(s), toLowCardinality('x') AS l, toTypeName(l) FROM lc WHERE id = 1002;
INSERT INTO lc VALUES (2000, 'Opera', 'USA', NULL); -- { serverError TOO_LARGE_STRING_SIZE }
SELECT count() FROM lc;
CREATE TABLE bad (x LowCardinality(UInt8)) ENGINE = Memory; -- { serverError SUSPICIOUS_TYPE_FOR_LOW_CARDINALITY }
