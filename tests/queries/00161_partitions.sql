-- Partitions and parts: DROP/DETACH/ATTACH PARTITION and PART, system.detached_parts, FREEZE,
-- REPLACE PARTITION ... FROM and MOVE PARTITION ... TO TABLE, OPTIMIZE ... PARTITION [FINAL] [DEDUPLICATE].
CREATE TABLE part_t (d Date, id UInt32, v String) ENGINE = MergeTree PARTITION BY toYYYYMM(d) ORDER BY id;
SYSTEM STOP MERGES part_t;
INSERT INTO part_t VALUES ('2026-01-05', 1, 'a');
INSERT INTO part_t VALUES ('2026-02-05', 2, 'b'), ('2026-02-06', 3, 'c');
INSERT INTO part_t VALUES ('2026-02-07', 4, 'd');
INSERT INTO part_t VALUES ('2026-03-05', 5, 'e');
SELECT partition, name FROM system.parts WHERE database = currentDatabase() AND table = 'part_t' AND active ORDER BY name;

ALTER TABLE part_t DETACH PARTITION 202602;
SELECT count() FROM part_t;
SELECT partition_id, name, reason, min_block_number, level FROM system.detached_parts WHERE database = currentDatabase() AND table = 'part_t' ORDER BY name;
ALTER TABLE part_t ATTACH PARTITION 202602;
SELECT count() FROM part_t;
SELECT partition, name FROM system.parts WHERE database = currentDatabase() AND table = 'part_t' AND active ORDER BY name;
SELECT count() FROM system.detached_parts WHERE database = currentDatabase() AND table = 'part_t';

ALTER TABLE part_t DETACH PART '202601_1_1_0';
SELECT name FROM system.detached_parts WHERE database = currentDatabase() AND table = 'part_t';
ALTER TABLE part_t ATTACH PART '202601_1_1_0';
ALTER TABLE part_t DROP PART '202601_1_1_0'; -- { serverError NO_SUCH_DATA_PART }
ALTER TABLE part_t DROP PARTITION ID '202603';
SELECT id FROM part_t ORDER BY id;

ALTER TABLE part_t FREEZE PARTITION 202602;
ALTER TABLE part_t FREEZE;

SYSTEM START MERGES part_t;
OPTIMIZE TABLE part_t PARTITION 202602 FINAL;
SELECT partition, rows FROM system.parts WHERE database = currentDatabase() AND table = 'part_t' AND active ORDER BY partition;

CREATE TABLE part_src (d Date, id UInt32, v String) ENGINE = MergeTree PARTITION BY toYYYYMM(d) ORDER BY id;
INSERT INTO part_src VALUES ('2026-02-10', 20, 'x'), ('2026-04-10', 40, 'y');
ALTER TABLE part_t REPLACE PARTITION 202602 FROM part_src;
SELECT id, v FROM part_t ORDER BY id;
SELECT id FROM part_src ORDER BY id;
ALTER TABLE part_src MOVE PARTITION 202604 TO TABLE part_t;
SELECT id, v FROM part_t ORDER BY id;
SELECT id FROM part_src ORDER BY id;
CREATE TABLE part_other (d Date, id UInt64) ENGINE = MergeTree PARTITION BY toYYYYMM(d) ORDER BY id;
ALTER TABLE part_t REPLACE PARTITION 202602 FROM part_other; -- { serverError INCOMPATIBLE_COLUMNS }

CREATE TABLE part_tuple (k String, n UInt8, x UInt32) ENGINE = MergeTree PARTITION BY (k, n) ORDER BY x;
INSERT INTO part_tuple VALUES ('a', 1, 1), ('a', 2, 2), ('b', 1, 3);
ALTER TABLE part_tuple DROP PARTITION ('a', 1);
SELECT x FROM part_tuple ORDER BY x;
ALTER TABLE part_tuple DROP PARTITION 'a'; -- { serverError INVALID_PARTITION_VALUE }

CREATE TABLE part_none (x UInt32) ENGINE = MergeTree ORDER BY tuple();
INSERT INTO part_none VALUES (1), (1), (2);
INSERT INTO part_none VALUES (1), (3);
OPTIMIZE TABLE part_none PARTITION tuple() FINAL DEDUPLICATE;
SELECT x FROM part_none ORDER BY x;
ALTER TABLE part_none DETACH PARTITION tuple();
SELECT count() FROM part_none;
ALTER TABLE part_none ATTACH PARTITION ID 'all';
SELECT count() FROM part_none;

CREATE TABLE part_dates (d Date, x UInt32) ENGINE = MergeTree PARTITION BY d ORDER BY x;
INSERT INTO part_dates VALUES ('2026-02-01', 1), ('2026-02-02', 2);
ALTER TABLE part_dates DROP PARTITION '2026-02-01';
SELECT x FROM part_dates;
