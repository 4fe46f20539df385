-- ALTER TABLE ... MODIFY SETTING and RESET SETTING change a MergeTree table's settings at once
-- and in its metadata; a bad name or value changes nothing.
CREATE TABLE t (k UInt64) ENGINE = MergeTree ORDER BY k SETTINGS index_granularity = 8192, parts_to_throw_insert = 100;
ALTER TABLE t MODIFY SETTING parts_to_throw_insert = 2, ttl_only_drop_parts = 1;
SELECT engine_full FROM system.tables WHERE database = currentDatabase() AND name = 't';
SYSTEM STOP MERGES t;
INSERT INTO t VALUES (1);
INSERT INTO t VALUES (2);
INSERT INTO t VALUES (3); -- { serverError TOO_MANY_PARTS }
ALTER TABLE t RESET SETTING parts_to_throw_insert;
INSERT INTO t VALUES (3);
SELECT count() FROM t;
SELECT engine_full FROM system.tables WHERE database = currentDatabase() AND name = 't';
ALTER TABLE t MODIFY SETTING no_such_setting = 1; -- { serverError UNKNOWN_SETTING }
ALTER TABLE t MODIFY SETTING index_granularity = 1024; -- { serverError READONLY_SETTING }
SELECT engine_full FROM system.tables WHERE database = currentDatabase() AND name = 't';
DETACH TABLE t;
ATTACH TABLE t;
SELECT engine_full FROM system.tables WHERE database = currentDatabase() AND name = 't';
