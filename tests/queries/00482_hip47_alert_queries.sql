-- HIP-47's Monitoring alerts, each query as the spec writes it (or, for Query Duration,
-- which the spec states in words, as its Grafana panel computes p99 from query_log).
CREATE TABLE events (ts DateTime, n UInt32) ENGINE = MergeTree PARTITION BY toYYYYMM(ts) ORDER BY ts;
SYSTEM STOP MERGES events;
INSERT INTO events VALUES ('2026-01-01 00:00:00', 1);
INSERT INTO events VALUES ('2026-01-02 00:00:00', 2);
INSERT INTO events VALUES ('2026-02-01 00:00:00', 3);

SELECT 'Too Many Parts: count() > 300 is critical';
SELECT count() FROM system.parts WHERE active AND table = 'events';
SELECT (SELECT count() FROM system.parts WHERE active AND table = 'events') > 300;

SELECT 'Disk Usage: free_space < 10 GB is critical';
SELECT toTypeName(free_space), free_space > 0, free_space <= total_space FROM system.disks WHERE name = 'default';
SELECT count() FROM (SELECT free_space FROM system.disks WHERE name = 'default');

SELECT 'Query Duration: p99 > 30 seconds is a warning';
SELECT sleep(0.3), 'tag-00482-slow';
SELECT 'tag-00482-fast';
SYSTEM FLUSH LOGS;
SELECT quantile(0.99)(query_duration_ms) / 1000 > 30 FROM system.query_log WHERE type = 'QueryFinish' AND event_time > now() - INTERVAL 5 MINUTE;
SELECT quantile(0.99)(query_duration_ms) >= 300, min(query_duration_ms) < 300
FROM system.query_log
WHERE type = 'QueryFinish' AND event_time > now() - INTERVAL 5 MINUTE AND current_database = currentDatabase() AND query LIKE 'SELECT %tag-00482-%';
SELECT length(quantiles(0.5, 0.95, 0.99)(query_duration_ms)) FROM system.query_log WHERE type = 'QueryFinish' AND event_time > now() - INTERVAL 5 MINUTE;

SELECT 'Insert Failures: FailedInsertQuery increasing is critical';
INSERT INTO events VALUES ('not a time', 4); -- { serverError CANNOT_PARSE_DATETIME }
SELECT value > 0 FROM system.events WHERE event = 'FailedInsertQuery';
SYSTEM FLUSH LOGS;
SELECT type, query_kind, exception_code FROM system.query_log
WHERE current_database = currentDatabase() AND query_kind = 'Insert' AND type != 'QueryStart' AND query LIKE 'INSERT INTO events%'
ORDER BY event_time_microseconds;
