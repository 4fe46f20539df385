-- SAMPLE k [OFFSET m] on a table with SAMPLE BY: the rows whose sampling key lies in
-- [m, m + k) of the key type's range, so the same rows each time and the same as ClickHouse;
-- above 1, k counts rows. _sample_factor is how many rows a sampled row stands for.
CREATE TABLE st (id UInt32, v UInt64) ENGINE = MergeTree ORDER BY intHash64(id) SAMPLE BY intHash64(id);
INSERT INTO st SELECT number, number FROM numbers(1000);
SELECT count(), sum(v) FROM st SAMPLE 0.1;
SELECT count(), sum(v) FROM st SAMPLE 1/10;
SELECT count(), sum(v) FROM st SAMPLE 0.1 OFFSET 0.5;
SELECT count(), any(_sample_factor) FROM st SAMPLE 0.25;
SELECT count(), sum(v) FROM st SAMPLE 0.5 OFFSET 0.75;
SELECT count() FROM st SAMPLE 100;
SELECT count() FROM st SAMPLE 1;
SELECT count() FROM st SAMPLE 0;
SELECT count() FROM st SAMPLE 10000;
SELECT count(), sum(_sample_factor) FROM st;
SELECT count() FROM st SAMPLE 0.1 WHERE v < 500;
SELECT count() FROM st AS t SAMPLE 0.1 WHERE t.v >= 500;
-- bad input
CREATE TABLE nt (id UInt32) ENGINE = MergeTree ORDER BY id;
SELECT count() FROM nt SAMPLE 0.1; -- { serverError SAMPLING_NOT_SUPPORTED }
SELECT count() FROM numbers(10) SAMPLE 0.1; -- { serverError SAMPLING_NOT_SUPPORTED }
SELECT count() FROM st SAMPLE -0.1; -- { serverError SYNTAX_ERROR }
-- a small key type: the range is 0..255
CREATE TABLE s8 (k UInt8) ENGINE = MergeTree ORDER BY k SAMPLE BY k;
INSERT INTO s8 SELECT number FROM numbers(256);
SELECT count(), min(k), max(k) FROM s8 SAMPLE 1/4 OFFSET 1/2;
