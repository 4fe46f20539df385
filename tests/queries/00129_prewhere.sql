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
