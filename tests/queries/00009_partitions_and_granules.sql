-- Every row lands in its partition, one-row partitions included; reads that skip granules
-- by the primary key still decode LowCardinality columns correctly.
CREATE TABLE p (ts DateTime64(3, 'UTC'), team UInt64, browser LowCardinality(String)) ENGINE = MergeTree PARTITION BY toYYYYMM(ts) ORDER BY (team, ts) SETTINGS index_granularity = 16;
SYSTEM STOP MERGES p;
INSERT INTO p VALUES ('2026-01-30 00:00:00', 1, 'Chrome'), ('2026-02-01 00:00:00', 1, 'Safari'), ('2026-01-31 00:00:00', 2, 'Edge'), ('2026-03-01 00:00:00', 1, 'Chrome');
SELECT count() FROM p;
SELECT partition, rows FROM system.parts WHERE database = currentDatabase() AND table = 'p' AND active ORDER BY partition;
INSERT INTO p SELECT toDateTime64('2026-01-01 00:00:00', 3, 'UTC') + number * 60, number % 7, ['Chrome', 'Safari', 'Firefox', 'Edge'][number % 4 + 1] FROM numbers(2000);
SELECT count(), countIf(browser = 'Chrome') FROM p;
SELECT browser, count() FROM p WHERE team = 3 GROUP BY browser ORDER BY browser;
SELECT browser, count() FROM p WHERE team = 3 AND ts >= '2026-01-01 10:00:00' AND ts < toDateTime('2026-01-01 20:00:00') GROUP BY browser ORDER BY browser;
SELECT team, min(ts), max(ts) FROM p WHERE ts >= '2026-02-01' GROUP BY team ORDER BY team;
OPTIMIZE TABLE p FINAL; -- { serverError ABORTED }
SYSTEM START MERGES p;
OPTIMIZE TABLE p FINAL;
SELECT partition, rows, level > 0 FROM system.parts WHERE database = currentDatabase() AND table = 'p' AND active ORDER BY partition;
SELECT count(), countIf(browser = 'Chrome') FROM p;
