-- bloom_filter, set and minmax indexes answer more than one range per column: IN with constants
-- (a granule may match when one of the values may be in it), OR of such conditions, and NOT; a set
-- answers has() and hasAny() on arrays (one of its arrays holds a value), and != / NOT IN when all
-- of its values are excluded; a bloom_filter of an array column answers has(), hasAny() and hasAll() too.
-- Every result is checked against a twin table without indexes.
DROP DATABASE IF EXISTS bloom_set_00423;
CREATE DATABASE bloom_set_00423;
CREATE TABLE bloom_set_00423.t (k UInt32, s String, n UInt64, v UInt32, arr Array(UInt32),
    INDEX ibs s TYPE bloom_filter GRANULARITY 1, INDEX ibn n TYPE bloom_filter(0.01) GRANULARITY 1,
    INDEX isa arr TYPE set(10) GRANULARITY 1, INDEX isn n TYPE set(4) GRANULARITY 1, INDEX imv v TYPE minmax GRANULARITY 1)
    ENGINE = MergeTree ORDER BY k SETTINGS index_granularity = 4;
CREATE TABLE bloom_set_00423.plain (k UInt32, s String, n UInt64, v UInt32, arr Array(UInt32)) ENGINE = MergeTree ORDER BY k SETTINGS index_granularity = 4;
INSERT INTO bloom_set_00423.t SELECT number, concat('s', toString(intDiv(number, 4))), intDiv(number, 4) * 10, number * 10, [intDiv(number, 4), 100] FROM numbers(32);
INSERT INTO bloom_set_00423.plain SELECT * FROM bloom_set_00423.t;

SELECT 's IN (\'s1\', \'s6\')' AS condition, (SELECT count() FROM bloom_set_00423.t WHERE s IN ('s1', 's6')) AS with_index, (SELECT count() FROM bloom_set_00423.plain WHERE s IN ('s1', 's6')) AS without;
EXPLAIN indexes = 1 SELECT count() FROM bloom_set_00423.t WHERE s IN ('s1', 's6');
SELECT 'n IN (20, 70)' AS condition, (SELECT count() FROM bloom_set_00423.t WHERE n IN (20, 70)) AS with_index, (SELECT count() FROM bloom_set_00423.plain WHERE n IN (20, 70)) AS without;
EXPLAIN indexes = 1 SELECT count() FROM bloom_set_00423.t WHERE n IN (20, 70);
SELECT 'n IN (20, 1000)' AS condition, (SELECT count() FROM bloom_set_00423.t WHERE n IN (20, 1000)) AS with_index, (SELECT count() FROM bloom_set_00423.plain WHERE n IN (20, 1000)) AS without;
EXPLAIN indexes = 1 SELECT count() FROM bloom_set_00423.t WHERE n IN (20, 1000);
SELECT 's = \'s2\' OR s = \'s5\'' AS condition, (SELECT count() FROM bloom_set_00423.t WHERE s = 's2' OR s = 's5') AS with_index, (SELECT count() FROM bloom_set_00423.plain WHERE s = 's2' OR s = 's5') AS without;
EXPLAIN indexes = 1 SELECT count() FROM bloom_set_00423.t WHERE s = 's2' OR s = 's5';
SELECT 's = \'s2\' OR k = 30' AS condition, (SELECT count() FROM bloom_set_00423.t WHERE s = 's2' OR k = 30) AS with_index, (SELECT count() FROM bloom_set_00423.plain WHERE s = 's2' OR k = 30) AS without;
EXPLAIN indexes = 1 SELECT count() FROM bloom_set_00423.t WHERE s = 's2' OR k = 30;
SELECT 's = \'s2\' OR n > 60' AS condition, (SELECT count() FROM bloom_set_00423.t WHERE s = 's2' OR n > 60) AS with_index, (SELECT count() FROM bloom_set_00423.plain WHERE s = 's2' OR n > 60) AS without;
EXPLAIN indexes = 1 SELECT count() FROM bloom_set_00423.t WHERE s = 's2' OR n > 60;
SELECT 'has(arr, 3)' AS condition, (SELECT count() FROM bloom_set_00423.t WHERE has(arr, 3)) AS with_index, (SELECT count() FROM bloom_set_00423.plain WHERE has(arr, 3)) AS without;
EXPLAIN indexes = 1 SELECT count() FROM bloom_set_00423.t WHERE has(arr, 3);
SELECT 'hasAny(arr, [2, 7])' AS condition, (SELECT count() FROM bloom_set_00423.t WHERE hasAny(arr, [2, 7])) AS with_index, (SELECT count() FROM bloom_set_00423.plain WHERE hasAny(arr, [2, 7])) AS without;
EXPLAIN indexes = 1 SELECT count() FROM bloom_set_00423.t WHERE hasAny(arr, [2, 7]);
SELECT 'has(arr, 100)' AS condition, (SELECT count() FROM bloom_set_00423.t WHERE has(arr, 100)) AS with_index, (SELECT count() FROM bloom_set_00423.plain WHERE has(arr, 100)) AS without;
EXPLAIN indexes = 1 SELECT count() FROM bloom_set_00423.t WHERE has(arr, 100);
SELECT 'n != 30' AS condition, (SELECT count() FROM bloom_set_00423.t WHERE n != 30) AS with_index, (SELECT count() FROM bloom_set_00423.plain WHERE n != 30) AS without;
EXPLAIN indexes = 1 SELECT count() FROM bloom_set_00423.t WHERE n != 30;
SELECT 'n NOT IN (30, 40)' AS condition, (SELECT count() FROM bloom_set_00423.t WHERE n NOT IN (30, 40)) AS with_index, (SELECT count() FROM bloom_set_00423.plain WHERE n NOT IN (30, 40)) AS without;
EXPLAIN indexes = 1 SELECT count() FROM bloom_set_00423.t WHERE n NOT IN (30, 40);
SELECT 'NOT (n != 30)' AS condition, (SELECT count() FROM bloom_set_00423.t WHERE NOT (n != 30)) AS with_index, (SELECT count() FROM bloom_set_00423.plain WHERE NOT (n != 30)) AS without;
EXPLAIN indexes = 1 SELECT count() FROM bloom_set_00423.t WHERE NOT (n != 30);
SELECT 'v IN (5, 25)' AS condition, (SELECT count() FROM bloom_set_00423.t WHERE v IN (5, 25)) AS with_index, (SELECT count() FROM bloom_set_00423.plain WHERE v IN (5, 25)) AS without;
EXPLAIN indexes = 1 SELECT count() FROM bloom_set_00423.t WHERE v IN (5, 25);
SELECT 'v = 5 OR v = 300' AS condition, (SELECT count() FROM bloom_set_00423.t WHERE v = 5 OR v = 300) AS with_index, (SELECT count() FROM bloom_set_00423.plain WHERE v = 5 OR v = 300) AS without;
EXPLAIN indexes = 1 SELECT count() FROM bloom_set_00423.t WHERE v = 5 OR v = 300;
SELECT groupArray(k) FROM bloom_set_00423.t WHERE s IN ('s1', 's6');
SELECT groupArray(k) FROM bloom_set_00423.t WHERE has(arr, 3);

-- a bloom_filter of an array column holds the elements: has() and hasAny() look them up; an
-- equality of whole arrays cannot be looked up and reads every granule
CREATE TABLE bloom_set_00423.arrays (k UInt32, tags Array(String), ids Array(UInt32), INDEX it tags TYPE bloom_filter GRANULARITY 1, INDEX ii ids TYPE bloom_filter(0.01) GRANULARITY 2) ENGINE = MergeTree ORDER BY k SETTINGS index_granularity = 4;
CREATE TABLE bloom_set_00423.plain_arrays (k UInt32, tags Array(String), ids Array(UInt32)) ENGINE = MergeTree ORDER BY k SETTINGS index_granularity = 4;
INSERT INTO bloom_set_00423.arrays SELECT number, [concat('t', toString(intDiv(number, 4))), 'all'], [number, 1000] FROM numbers(32);
INSERT INTO bloom_set_00423.plain_arrays SELECT * FROM bloom_set_00423.arrays;
SELECT 'has(tags, \'t3\')' AS condition, (SELECT count() FROM bloom_set_00423.arrays WHERE has(tags, 't3')) AS with_index, (SELECT count() FROM bloom_set_00423.plain_arrays WHERE has(tags, 't3')) AS without;
EXPLAIN indexes = 1 SELECT count() FROM bloom_set_00423.arrays WHERE has(tags, 't3');
SELECT 'hasAny(tags, [\'t1\', \'t7\'])' AS condition, (SELECT count() FROM bloom_set_00423.arrays WHERE hasAny(tags, ['t1', 't7'])) AS with_index, (SELECT count() FROM bloom_set_00423.plain_arrays WHERE hasAny(tags, ['t1', 't7'])) AS without;
EXPLAIN indexes = 1 SELECT count() FROM bloom_set_00423.arrays WHERE hasAny(tags, ['t1', 't7']);
SELECT 'has(tags, \'all\')' AS condition, (SELECT count() FROM bloom_set_00423.arrays WHERE has(tags, 'all')) AS with_index, (SELECT count() FROM bloom_set_00423.plain_arrays WHERE has(tags, 'all')) AS without;
EXPLAIN indexes = 1 SELECT count() FROM bloom_set_00423.arrays WHERE has(tags, 'all');
SELECT 'has(tags, \'none\')' AS condition, (SELECT count() FROM bloom_set_00423.arrays WHERE has(tags, 'none')) AS with_index, (SELECT count() FROM bloom_set_00423.plain_arrays WHERE has(tags, 'none')) AS without;
EXPLAIN indexes = 1 SELECT count() FROM bloom_set_00423.arrays WHERE has(tags, 'none');
SELECT 'has(ids, 17)' AS condition, (SELECT count() FROM bloom_set_00423.arrays WHERE has(ids, 17)) AS with_index, (SELECT count() FROM bloom_set_00423.plain_arrays WHERE has(ids, 17)) AS without;
EXPLAIN indexes = 1 SELECT count() FROM bloom_set_00423.arrays WHERE has(ids, 17);
SELECT 'hasAny(ids, [2, 30])' AS condition, (SELECT count() FROM bloom_set_00423.arrays WHERE hasAny(ids, [2, 30])) AS with_index, (SELECT count() FROM bloom_set_00423.plain_arrays WHERE hasAny(ids, [2, 30])) AS without;
EXPLAIN indexes = 1 SELECT count() FROM bloom_set_00423.arrays WHERE hasAny(ids, [2, 30]);
SELECT 'tags = [\'t1\', \'all\']' AS condition, (SELECT count() FROM bloom_set_00423.arrays WHERE tags = ['t1', 'all']) AS with_index, (SELECT count() FROM bloom_set_00423.plain_arrays WHERE tags = ['t1', 'all']) AS without;
EXPLAIN indexes = 1 SELECT count() FROM bloom_set_00423.arrays WHERE tags = ['t1', 'all'];
SELECT 'has(tags, \'t2\') AND has(ids, 9)' AS condition, (SELECT count() FROM bloom_set_00423.arrays WHERE has(tags, 't2') AND has(ids, 9)) AS with_index, (SELECT count() FROM bloom_set_00423.plain_arrays WHERE has(tags, 't2') AND has(ids, 9)) AS without;
EXPLAIN indexes = 1 SELECT count() FROM bloom_set_00423.arrays WHERE has(tags, 't2') AND has(ids, 9);
SELECT 'hasAll(tags, [\'t3\', \'all\'])' AS condition, (SELECT count() FROM bloom_set_00423.arrays WHERE hasAll(tags, ['t3', 'all'])) AS with_index, (SELECT count() FROM bloom_set_00423.plain_arrays WHERE hasAll(tags, ['t3', 'all'])) AS without;
EXPLAIN indexes = 1 SELECT count() FROM bloom_set_00423.arrays WHERE hasAll(tags, ['t3', 'all']);
SELECT 'hasAll(tags, [\'t3\', \'t4\'])' AS condition, (SELECT count() FROM bloom_set_00423.arrays WHERE hasAll(tags, ['t3', 't4'])) AS with_index, (SELECT count() FROM bloom_set_00423.plain_arrays WHERE hasAll(tags, ['t3', 't4'])) AS without;
EXPLAIN indexes = 1 SELECT count() FROM bloom_set_00423.arrays WHERE hasAll(tags, ['t3', 't4']);
SELECT 'hasAll(ids, [5, 6])' AS condition, (SELECT count() FROM bloom_set_00423.arrays WHERE hasAll(ids, [5, 6])) AS with_index, (SELECT count() FROM bloom_set_00423.plain_arrays WHERE hasAll(ids, [5, 6])) AS without;
EXPLAIN indexes = 1 SELECT count() FROM bloom_set_00423.arrays WHERE hasAll(ids, [5, 6]);
SELECT 'hasAll(arr, [3, 100])' AS condition, (SELECT count() FROM bloom_set_00423.t WHERE hasAll(arr, [3, 100])) AS with_index, (SELECT count() FROM bloom_set_00423.plain WHERE hasAll(arr, [3, 100])) AS without;
EXPLAIN indexes = 1 SELECT count() FROM bloom_set_00423.t WHERE hasAll(arr, [3, 100]);
SELECT name, data_compressed_bytes > 0 FROM system.data_skipping_indices WHERE database = 'bloom_set_00423' AND table = 'arrays' ORDER BY name;
-- mapContains() and has(mapKeys()) look the key up in a bloom_filter or set of mapKeys
CREATE TABLE bloom_set_00423.maps (k UInt32, m Map(String, UInt32), INDEX ik mapKeys(m) TYPE bloom_filter GRANULARITY 1, INDEX iv mapValues(m) TYPE set(8) GRANULARITY 1) ENGINE = MergeTree ORDER BY k SETTINGS index_granularity = 4;
INSERT INTO bloom_set_00423.maps SELECT number, map(concat('key', toString(intDiv(number, 4))), number) FROM numbers(32);
SELECT count() FROM bloom_set_00423.maps WHERE mapContains(m, 'key5');
EXPLAIN indexes = 1 SELECT count() FROM bloom_set_00423.maps WHERE mapContains(m, 'key5');
SELECT count() FROM bloom_set_00423.maps WHERE has(mapKeys(m), 'key9');
EXPLAIN indexes = 1 SELECT count() FROM bloom_set_00423.maps WHERE has(mapKeys(m), 'key9');
SELECT count() FROM bloom_set_00423.maps WHERE has(mapValues(m), 17);
EXPLAIN indexes = 1 SELECT count() FROM bloom_set_00423.maps WHERE has(mapValues(m), 17);
DROP DATABASE bloom_set_00423;
