-- Data-skipping indexes minmax and set(N): built per part when rows are inserted and when parts
-- merge (skp_idx_<name>.idx), and used by SELECT to skip granules; EXPLAIN indexes = 1 shows how
-- many granules each index let through.
-- A database of its own: EXPLAIN names it.
DROP DATABASE IF EXISTS skip_indexes_00181;
CREATE DATABASE skip_indexes_00181;
CREATE TABLE skip_indexes_00181.hits (k UInt32, v UInt32, s String, INDEX iv v TYPE minmax GRANULARITY 2, INDEX is s TYPE set(3) GRANULARITY 1) ENGINE = MergeTree ORDER BY k SETTINGS index_granularity = 4;
INSERT INTO skip_indexes_00181.hits SELECT number, number * 10, toString(intDiv(number, 8)) FROM numbers(64);
SELECT count(), sum(k) FROM skip_indexes_00181.hits WHERE v = 100;
EXPLAIN indexes = 1 SELECT count() FROM skip_indexes_00181.hits WHERE v = 100;
SELECT count(), sum(k) FROM skip_indexes_00181.hits WHERE v > 600;
EXPLAIN indexes = 1 SELECT count() FROM skip_indexes_00181.hits WHERE v > 600;
SELECT count(), sum(k) FROM skip_indexes_00181.hits WHERE v >= 100 AND v <= 200;
EXPLAIN indexes = 1 SELECT count() FROM skip_indexes_00181.hits WHERE v >= 100 AND v <= 200;
SELECT count(), min(k), max(k) FROM skip_indexes_00181.hits WHERE s = '3';
EXPLAIN indexes = 1 SELECT count() FROM skip_indexes_00181.hits WHERE s = '3';
-- both indexes, one after the other
SELECT count(), min(k), max(k) FROM skip_indexes_00181.hits WHERE s = '1' AND v < 100;
EXPLAIN indexes = 1 SELECT count() FROM skip_indexes_00181.hits WHERE s = '1' AND v < 100;
-- beyond every maximum: every granule is skipped
SELECT count() FROM skip_indexes_00181.hits WHERE v = 5000;
EXPLAIN indexes = 1 SELECT count() FROM skip_indexes_00181.hits WHERE v = 5000;

-- a merge rebuilds the indexes over the merged rows
INSERT INTO skip_indexes_00181.hits SELECT number + 64, (number + 64) * 10, toString(intDiv(number + 64, 8)) FROM numbers(64);
OPTIMIZE TABLE skip_indexes_00181.hits FINAL;
SELECT count(), sum(k) FROM skip_indexes_00181.hits WHERE v = 1000;
EXPLAIN indexes = 1 SELECT count() FROM skip_indexes_00181.hits WHERE v = 1000;
SELECT count(), min(k), max(k) FROM skip_indexes_00181.hits WHERE s = '12';
EXPLAIN indexes = 1 SELECT count() FROM skip_indexes_00181.hits WHERE s = '12';

-- a set that overflows (more than N distinct values in a granule) skips nothing
CREATE TABLE skip_indexes_00181.small_set (k UInt32, s String, INDEX is s TYPE set(2) GRANULARITY 1) ENGINE = MergeTree ORDER BY k SETTINGS index_granularity = 4;
INSERT INTO skip_indexes_00181.small_set SELECT number, toString(number % 7) FROM numbers(16);
SELECT count() FROM skip_indexes_00181.small_set WHERE s = 'x';
EXPLAIN indexes = 1 SELECT count() FROM skip_indexes_00181.small_set WHERE s = 'x';

SELECT name, type, type_full, expr, granularity FROM system.data_skipping_indices WHERE database = 'skip_indexes_00181' ORDER BY table, name;
-- one mark per index granule: after the merge hits has 32 granules, 16 pairs of them for iv; small_set has 4
SELECT table, name, marks, data_compressed_bytes > 0 FROM system.data_skipping_indices WHERE database = 'skip_indexes_00181' ORDER BY table, name;

-- bad definitions
CREATE TABLE bad (k UInt32, INDEX i k TYPE foo GRANULARITY 1) ENGINE = MergeTree ORDER BY k; -- { serverError INCORRECT_QUERY }
CREATE TABLE bad (k UInt32, INDEX i k TYPE minmax GRANULARITY 1, INDEX i k TYPE minmax GRANULARITY 1) ENGINE = MergeTree ORDER BY k; -- { serverError ILLEGAL_INDEX }
CREATE TABLE bad (k UInt32, INDEX i k TYPE set GRANULARITY 1) ENGINE = MergeTree ORDER BY k; -- { serverError INCORRECT_QUERY }
CREATE TABLE bad (k UInt32, INDEX i k TYPE set('a') GRANULARITY 1) ENGINE = MergeTree ORDER BY k; -- { serverError INCORRECT_QUERY }

-- bloom_filter: equality looks a value up in each granule's filter
CREATE TABLE skip_indexes_00181.events (id UInt64, user String, team UInt32, INDEX iu user TYPE bloom_filter(0.01) GRANULARITY 1, INDEX it team TYPE bloom_filter GRANULARITY 2) ENGINE = MergeTree ORDER BY id SETTINGS index_granularity = 8;
INSERT INTO skip_indexes_00181.events SELECT number, concat('user', toString(intDiv(number, 8))), intDiv(number, 16) FROM numbers(128);
SELECT count(), min(id), max(id) FROM skip_indexes_00181.events WHERE user = 'user5';
EXPLAIN indexes = 1 SELECT count() FROM skip_indexes_00181.events WHERE user = 'user5';
SELECT count(), min(id), max(id) FROM skip_indexes_00181.events WHERE team = 3;
EXPLAIN indexes = 1 SELECT count() FROM skip_indexes_00181.events WHERE team = 3;
SELECT count() FROM skip_indexes_00181.events WHERE user = 'nobody';
-- a bloom filter cannot answer a range: nothing is skipped
SELECT count() FROM skip_indexes_00181.events WHERE team > 6;
EXPLAIN indexes = 1 SELECT count() FROM skip_indexes_00181.events WHERE team > 6;
SELECT name, type, type_full, expr, granularity FROM system.data_skipping_indices WHERE database = 'skip_indexes_00181' AND table = 'events' ORDER BY name;
CREATE TABLE skip_indexes_00181.bad (k UInt32, INDEX i k TYPE bloom_filter(2.0) GRANULARITY 1) ENGINE = MergeTree ORDER BY k; -- { serverError INCORRECT_QUERY }
CREATE TABLE skip_indexes_00181.bad (k UInt32, INDEX i k TYPE bloom_filter(0.1, 2) GRANULARITY 1) ENGINE = MergeTree ORDER BY k; -- { serverError INCORRECT_QUERY }
DROP DATABASE skip_indexes_00181;
