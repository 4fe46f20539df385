-- WHERE applied while reading (PREWHERE): conditions one after another per granule, parts whose
-- minmax proves a condition skip it, and the rows, NULLs and empty results are as without it.
CREATE TABLE t (d DateTime, k UInt32, s String, n Nullable(UInt8), f Float64) ENGINE = MergeTree PARTITION BY toYYYYMM(d) ORDER BY k SETTINGS index_granularity = 4;
INSERT INTO t SELECT toDateTime('2026-01-30 00:00:00') + number * 3600, number, toString(number % 5), if(number % 3 = 0, NULL, number % 2), number / 10 FROM numbers(100);
SELECT count(), sum(k) FROM t WHERE d >= '2026-02-01 00:00:00' AND s = '3';
SELECT count(), sum(k) FROM (SELECT * FROM t) WHERE d >= '2026-02-01 00:00:00' AND s = '3';
SELECT k, s FROM t WHERE d < '2026-01-31 00:00:00' AND s IN ('1', '2') ORDER BY k;
SELECT count() FROM t WHERE n = 1;
SELECT count() FROM t WHERE n = 1 AND d >= '2026-01-30 00:00:00';
SELECT count() FROM t WHERE NOT n AND k > 50;
SELECT count() FROM t WHERE f > 5 AND f < 6;
SELECT count() FROM t WHERE s = 'none';
SELECT s, count() FROM t WHERE k % 2 = 0 AND d >= '2026-01-30 00:00:00' GROUP BY s ORDER BY s;
SELECT d, k FROM t WHERE d = '2026-02-01 10:00:00' AND k = 58;
SELECT count() FROM t PREWHERE s = '1' WHERE k < 30;
SELECT k FROM t WHERE k IN (SELECT number * 7 FROM numbers(20)) AND s != '0' ORDER BY k;
SELECT count() FROM t WHERE 1 AND k < 10;
SELECT count() FROM t WHERE k < 10 AND rand() >= 0;
SELECT count() FROM t WHERE toUInt8(s) AND k < 20;
SELECT count() FROM t WHERE (k + 0 AS x) > 95 AND x < 99;
-- A short constant against a column of empty strings (no chars buffer at all).
SELECT count() FROM numbers(10) WHERE materialize('') = 'abc';
SELECT count() FROM numbers(10) WHERE substring(toString(number), 5) != 'abc';
-- A materialized view reads its target without PREWHERE; a JOIN filters after joining.
CREATE MATERIALIZED VIEW mv ENGINE = MergeTree ORDER BY k AS SELECT k, s, toUInt32(k % 7) AS b FROM t;
INSERT INTO t SELECT toDateTime('2026-03-01 00:00:00') + number, number, toString(number % 5), NULL, 0 FROM numbers(20);
SELECT count(), sum(k) FROM mv WHERE s = '3' AND b > 1;
SELECT toTypeName(b), count() FROM mv WHERE b = 3 GROUP BY b;
SELECT count() FROM t AS l INNER JOIN mv AS r ON l.k = r.k WHERE l.s = '3' AND r.b > 1;
