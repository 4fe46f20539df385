-- ALTER TABLE t CLEAR INDEX i [IN PARTITION p] removes the index's file from the parts (of that
-- partition) and keeps its definition: queries read those parts whole until MATERIALIZE INDEX
-- builds it again (a merge does too). Results stay the same throughout.
DROP DATABASE IF EXISTS clear_index_00424;
CREATE DATABASE clear_index_00424;
CREATE TABLE clear_index_00424.t (k UInt32, p UInt8, s String, INDEX it s TYPE tokenbf_v1(256, 2, 0) GRANULARITY 1, INDEX ib k TYPE bloom_filter GRANULARITY 1) ENGINE = MergeTree PARTITION BY p ORDER BY k SETTINGS index_granularity = 2;
INSERT INTO clear_index_00424.t SELECT number, number % 2, concat('w', toString(number)) FROM numbers(16);
SELECT partition, count() FROM system.parts WHERE database = 'clear_index_00424' AND table = 't' AND active GROUP BY partition ORDER BY partition;
SELECT arraySort(groupArray(k)) FROM clear_index_00424.t WHERE hasToken(s, 'w3') OR hasToken(s, 'w4');
EXPLAIN indexes = 1 SELECT count() FROM clear_index_00424.t WHERE hasToken(s, 'w3') OR hasToken(s, 'w4');
SELECT table, name, marks FROM system.data_skipping_indices WHERE database = 'clear_index_00424' ORDER BY name;

ALTER TABLE clear_index_00424.t CLEAR INDEX it IN PARTITION 1 SETTINGS mutations_sync = 1;
-- partition 1 (odd k) is read whole, partition 0 still skips: one index granule per granule left
SELECT arraySort(groupArray(k)) FROM clear_index_00424.t WHERE hasToken(s, 'w3') OR hasToken(s, 'w4');
EXPLAIN indexes = 1 SELECT count() FROM clear_index_00424.t WHERE hasToken(s, 'w3') OR hasToken(s, 'w4');
-- the other index is untouched
EXPLAIN indexes = 1 SELECT count() FROM clear_index_00424.t WHERE k = 5;
SELECT table, name, marks FROM system.data_skipping_indices WHERE database = 'clear_index_00424' ORDER BY name;
SHOW CREATE TABLE clear_index_00424.t;

-- without a partition: every part
ALTER TABLE clear_index_00424.t CLEAR INDEX it SETTINGS mutations_sync = 1;
SELECT arraySort(groupArray(k)) FROM clear_index_00424.t WHERE hasToken(s, 'w3') OR hasToken(s, 'w4');
EXPLAIN indexes = 1 SELECT count() FROM clear_index_00424.t WHERE hasToken(s, 'w3') OR hasToken(s, 'w4');

-- MATERIALIZE INDEX builds it again
ALTER TABLE clear_index_00424.t MATERIALIZE INDEX it SETTINGS mutations_sync = 1;
SELECT arraySort(groupArray(k)) FROM clear_index_00424.t WHERE hasToken(s, 'w3') OR hasToken(s, 'w4');
EXPLAIN indexes = 1 SELECT count() FROM clear_index_00424.t WHERE hasToken(s, 'w3') OR hasToken(s, 'w4');

-- cleared parts come back indexed from a merge
ALTER TABLE clear_index_00424.t CLEAR INDEX it IN PARTITION ID '0' SETTINGS mutations_sync = 1;
INSERT INTO clear_index_00424.t SELECT number, 0, concat('w', toString(number)) FROM numbers(16, 4);
OPTIMIZE TABLE clear_index_00424.t PARTITION 0 FINAL;
SELECT arraySort(groupArray(k)) FROM clear_index_00424.t WHERE hasToken(s, 'w4') OR hasToken(s, 'w18');
EXPLAIN indexes = 1 SELECT count() FROM clear_index_00424.t WHERE hasToken(s, 'w4') OR hasToken(s, 'w18');

ALTER TABLE clear_index_00424.t CLEAR INDEX IF EXISTS nope SETTINGS mutations_sync = 1;
SELECT count() FROM clear_index_00424.t;
DROP DATABASE clear_index_00424;
