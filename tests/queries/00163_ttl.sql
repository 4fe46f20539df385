-- TTL: table rules (several, with WHERE), column TTL, MODIFY/REMOVE TTL, TTL applied by
-- OPTIMIZE ... FINAL, ttl_only_drop_parts, system.parts TTL bounds. Expiry lies in the past.
CREATE TABLE ttl_t (ts DateTime, team UInt32, v String TTL ts + INTERVAL 1 YEAR)
ENGINE = MergeTree PARTITION BY toYYYYMM(ts) ORDER BY (team, ts)
TTL ts + INTERVAL 10 YEAR DELETE, ts + INTERVAL 1 MONTH DELETE WHERE team = 2;
SYSTEM STOP MERGES ttl_t;
INSERT INTO ttl_t VALUES ('2001-01-01 00:00:00', 1, 'old'), ('2001-01-02 00:00:00', 2, 'old2'), ('2020-05-01 00:00:00', 1, 'a'), ('2020-05-02 00:00:00', 2, 'b'), ('2090-01-01 00:00:00', 2, 'future');
SELECT partition, delete_ttl_info_min, delete_ttl_info_max FROM system.parts WHERE database = currentDatabase() AND table = 'ttl_t' AND active ORDER BY partition;
SYSTEM START MERGES ttl_t;
OPTIMIZE TABLE ttl_t FINAL;
SELECT ts, team, v FROM ttl_t ORDER BY ts;
SHOW CREATE TABLE ttl_t FORMAT Null;

ALTER TABLE ttl_t MODIFY TTL ts + INTERVAL 1 DAY WHERE team = 1 SETTINGS mutations_sync = 2;
SELECT ts, team, v FROM ttl_t ORDER BY ts;
ALTER TABLE ttl_t REMOVE TTL;
INSERT INTO ttl_t VALUES ('2001-01-01 00:00:00', 1, 'kept');
OPTIMIZE TABLE ttl_t FINAL;
SELECT ts, team, v FROM ttl_t ORDER BY ts;
ALTER TABLE ttl_t REMOVE TTL; -- { serverError BAD_ARGUMENTS }
CREATE TABLE ttl_bad (ts DateTime, x UInt32) ENGINE = MergeTree ORDER BY x TTL x + 1; -- { serverError BAD_TTL_EXPRESSION }

CREATE TABLE ttl_drop (d Date, x UInt32) ENGINE = MergeTree PARTITION BY toYYYYMM(d) ORDER BY x TTL d + INTERVAL 1 MONTH
SETTINGS ttl_only_drop_parts = 1;
SYSTEM STOP MERGES ttl_drop;
INSERT INTO ttl_drop VALUES ('2001-01-01', 1), ('2001-01-05', 2);
INSERT INTO ttl_drop VALUES ('2001-02-01', 3), ('2100-02-01', 4);
SYSTEM START MERGES ttl_drop;
OPTIMIZE TABLE ttl_drop FINAL;
SELECT x FROM ttl_drop ORDER BY x;

ALTER TABLE ttl_drop ON CLUSTER default MODIFY TTL d + INTERVAL 12 MONTH;
SELECT count() FROM ttl_drop;
