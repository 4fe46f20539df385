-- tokenbf_v1(bytes, hashes, seed): per granule a Bloom filter of the tokens (runs of ASCII
-- letters and digits and of non-ASCII bytes) of a string column. A query skips the granules whose
-- filter lacks a token every match must hold: those of an equality, of LIKE's fixed pieces (a token
-- only where separators or the pattern's anchored ends bound it), of startsWith/endsWith, hasToken,
-- multiSearchAny, IN and has(). Every result is checked against a twin table without the index.
-- A database of its own: EXPLAIN names it.
DROP DATABASE IF EXISTS tokenbf_00420;
CREATE DATABASE tokenbf_00420;
CREATE TABLE tokenbf_00420.logs (k UInt32, msg String, INDEX im msg TYPE tokenbf_v1(512, 3, 0) GRANULARITY 1) ENGINE = MergeTree ORDER BY k SETTINGS index_granularity = 4;
CREATE TABLE tokenbf_00420.plain (k UInt32, msg String) ENGINE = MergeTree ORDER BY k SETTINGS index_granularity = 4;
INSERT INTO tokenbf_00420.logs SELECT number, concat('event-', toString(number), ' user', toString(intDiv(number, 8)), if(number IN (5, 37), ' error', ' ok')) FROM numbers(64);
INSERT INTO tokenbf_00420.plain SELECT * FROM tokenbf_00420.logs;

SELECT 'hasToken(msg, \'error\')' AS condition, (SELECT count() FROM tokenbf_00420.logs WHERE hasToken(msg, 'error')) AS with_index, (SELECT count() FROM tokenbf_00420.plain WHERE hasToken(msg, 'error')) AS without;
EXPLAIN indexes = 1 SELECT count() FROM tokenbf_00420.logs WHERE hasToken(msg, 'error');
SELECT 'msg LIKE \'% user3 error%\'' AS condition, (SELECT count() FROM tokenbf_00420.logs WHERE msg LIKE '% user3 error%') AS with_index, (SELECT count() FROM tokenbf_00420.plain WHERE msg LIKE '% user3 error%') AS without;
SELECT 'msg LIKE \'% user3 %\'' AS condition, (SELECT count() FROM tokenbf_00420.logs WHERE msg LIKE '% user3 %') AS with_index, (SELECT count() FROM tokenbf_00420.plain WHERE msg LIKE '% user3 %') AS without;
EXPLAIN indexes = 1 SELECT count() FROM tokenbf_00420.logs WHERE msg LIKE '% user3 %';
SELECT 'msg LIKE \'%rror%\'' AS condition, (SELECT count() FROM tokenbf_00420.logs WHERE msg LIKE '%rror%') AS with_index, (SELECT count() FROM tokenbf_00420.plain WHERE msg LIKE '%rror%') AS without;
EXPLAIN indexes = 1 SELECT count() FROM tokenbf_00420.logs WHERE msg LIKE '%rror%';
SELECT 'msg LIKE \'event-1_ %\'' AS condition, (SELECT count() FROM tokenbf_00420.logs WHERE msg LIKE 'event-1_ %') AS with_index, (SELECT count() FROM tokenbf_00420.plain WHERE msg LIKE 'event-1_ %') AS without;
EXPLAIN indexes = 1 SELECT count() FROM tokenbf_00420.logs WHERE msg LIKE 'event-1_ %';
SELECT 'msg = \'event-5 user0 error\'' AS condition, (SELECT count() FROM tokenbf_00420.logs WHERE msg = 'event-5 user0 error') AS with_index, (SELECT count() FROM tokenbf_00420.plain WHERE msg = 'event-5 user0 error') AS without;
EXPLAIN indexes = 1 SELECT count() FROM tokenbf_00420.logs WHERE msg = 'event-5 user0 error';
SELECT 'startsWith(msg, \'event-37 \')' AS condition, (SELECT count() FROM tokenbf_00420.logs WHERE startsWith(msg, 'event-37 ')) AS with_index, (SELECT count() FROM tokenbf_00420.plain WHERE startsWith(msg, 'event-37 ')) AS without;
EXPLAIN indexes = 1 SELECT count() FROM tokenbf_00420.logs WHERE startsWith(msg, 'event-37 ');
SELECT 'endsWith(msg, \' user7 ok\')' AS condition, (SELECT count() FROM tokenbf_00420.logs WHERE endsWith(msg, ' user7 ok')) AS with_index, (SELECT count() FROM tokenbf_00420.plain WHERE endsWith(msg, ' user7 ok')) AS without;
EXPLAIN indexes = 1 SELECT count() FROM tokenbf_00420.logs WHERE endsWith(msg, ' user7 ok');
SELECT 'msg IN (\'event-1 user0 ok\', \'event-60 user7 ok\')' AS condition, (SELECT count() FROM tokenbf_00420.logs WHERE msg IN ('event-1 user0 ok', 'event-60 user7 ok')) AS with_index, (SELECT count() FROM tokenbf_00420.plain WHERE msg IN ('event-1 user0 ok', 'event-60 user7 ok')) AS without;
EXPLAIN indexes = 1 SELECT count() FROM tokenbf_00420.logs WHERE msg IN ('event-1 user0 ok', 'event-60 user7 ok');
SELECT 'msg NOT IN (\'event-1 user0 ok\', \'event-60 user7 ok\')' AS condition, (SELECT count() FROM tokenbf_00420.logs WHERE msg NOT IN ('event-1 user0 ok', 'event-60 user7 ok')) AS with_index, (SELECT count() FROM tokenbf_00420.plain WHERE msg NOT IN ('event-1 user0 ok', 'event-60 user7 ok')) AS without;
EXPLAIN indexes = 1 SELECT count() FROM tokenbf_00420.logs WHERE msg NOT IN ('event-1 user0 ok', 'event-60 user7 ok');
SELECT 'multiSearchAny(msg, [\' user2 \', \' user4 \'])' AS condition, (SELECT count() FROM tokenbf_00420.logs WHERE multiSearchAny(msg, [' user2 ', ' user4 '])) AS with_index, (SELECT count() FROM tokenbf_00420.plain WHERE multiSearchAny(msg, [' user2 ', ' user4 '])) AS without;
EXPLAIN indexes = 1 SELECT count() FROM tokenbf_00420.logs WHERE multiSearchAny(msg, [' user2 ', ' user4 ']);
SELECT 'hasToken(msg, \'error\') OR hasToken(msg, \'user1\')' AS condition, (SELECT count() FROM tokenbf_00420.logs WHERE hasToken(msg, 'error') OR hasToken(msg, 'user1')) AS with_index, (SELECT count() FROM tokenbf_00420.plain WHERE hasToken(msg, 'error') OR hasToken(msg, 'user1')) AS without;
EXPLAIN indexes = 1 SELECT count() FROM tokenbf_00420.logs WHERE hasToken(msg, 'error') OR hasToken(msg, 'user1');
SELECT 'hasToken(msg, \'error\') AND k > 30' AS condition, (SELECT count() FROM tokenbf_00420.logs WHERE hasToken(msg, 'error') AND k > 30) AS with_index, (SELECT count() FROM tokenbf_00420.plain WHERE hasToken(msg, 'error') AND k > 30) AS without;
EXPLAIN indexes = 1 SELECT count() FROM tokenbf_00420.logs WHERE hasToken(msg, 'error') AND k > 30;
SELECT 'NOT hasToken(msg, \'ok\')' AS condition, (SELECT count() FROM tokenbf_00420.logs WHERE NOT hasToken(msg, 'ok')) AS with_index, (SELECT count() FROM tokenbf_00420.plain WHERE NOT hasToken(msg, 'ok')) AS without;
EXPLAIN indexes = 1 SELECT count() FROM tokenbf_00420.logs WHERE NOT hasToken(msg, 'ok');
SELECT 'msg != \'event-5 user0 error\'' AS condition, (SELECT count() FROM tokenbf_00420.logs WHERE msg != 'event-5 user0 error') AS with_index, (SELECT count() FROM tokenbf_00420.plain WHERE msg != 'event-5 user0 error') AS without;
SELECT 'NOT (msg != \'event-5 user0 error\')' AS condition, (SELECT count() FROM tokenbf_00420.logs WHERE NOT (msg != 'event-5 user0 error')) AS with_index, (SELECT count() FROM tokenbf_00420.plain WHERE NOT (msg != 'event-5 user0 error')) AS without;
EXPLAIN indexes = 1 SELECT count() FROM tokenbf_00420.logs WHERE NOT (msg != 'event-5 user0 error');
SELECT 'hasTokenCaseInsensitive(msg, \'ERROR\')' AS condition, (SELECT count() FROM tokenbf_00420.logs WHERE hasTokenCaseInsensitive(msg, 'ERROR')) AS with_index, (SELECT count() FROM tokenbf_00420.plain WHERE hasTokenCaseInsensitive(msg, 'ERROR')) AS without;
EXPLAIN indexes = 1 SELECT count() FROM tokenbf_00420.logs WHERE hasTokenCaseInsensitive(msg, 'ERROR');
SELECT 'msg NOT LIKE \'% user3 %\'' AS condition, (SELECT count() FROM tokenbf_00420.logs WHERE msg NOT LIKE '% user3 %') AS with_index, (SELECT count() FROM tokenbf_00420.plain WHERE msg NOT LIKE '% user3 %') AS without;
-- use_skip_indexes = 0 reads every granule
SELECT count() FROM tokenbf_00420.logs WHERE hasToken(msg, 'error') SETTINGS use_skip_indexes = 0;
EXPLAIN indexes = 1 SELECT count() FROM tokenbf_00420.logs WHERE hasToken(msg, 'error') SETTINGS use_skip_indexes = 0;
SELECT groupArray(k) FROM tokenbf_00420.logs WHERE hasToken(msg, 'error');
SELECT k, msg FROM tokenbf_00420.logs WHERE startsWith(msg, 'event-37 ');

-- a merge rebuilds the filters over the merged rows
INSERT INTO tokenbf_00420.logs SELECT number, concat('event-', toString(number), ' user', toString(intDiv(number, 8)), if(number = 70, ' error', ' ok')) FROM numbers(64, 16);
INSERT INTO tokenbf_00420.plain SELECT * FROM tokenbf_00420.logs WHERE k >= 64;
OPTIMIZE TABLE tokenbf_00420.logs FINAL;
SELECT count() FROM system.parts WHERE database = 'tokenbf_00420' AND table = 'logs' AND active;
SELECT groupArray(k) FROM tokenbf_00420.logs WHERE hasToken(msg, 'error');
EXPLAIN indexes = 1 SELECT count() FROM tokenbf_00420.logs WHERE hasToken(msg, 'error');
SELECT (SELECT count() FROM tokenbf_00420.logs WHERE msg LIKE '% user9 %'), (SELECT count() FROM tokenbf_00420.plain WHERE msg LIKE '% user9 %');
EXPLAIN indexes = 1 SELECT count() FROM tokenbf_00420.logs WHERE msg LIKE '% user9 %';

-- a granule of GRANULARITY 2 covers two granules of the table
CREATE TABLE tokenbf_00420.coarse (k UInt32, msg String, INDEX im msg TYPE tokenbf_v1(1024, 2, 42) GRANULARITY 2) ENGINE = MergeTree ORDER BY k SETTINGS index_granularity = 4;
INSERT INTO tokenbf_00420.coarse SELECT * FROM tokenbf_00420.plain;
SELECT count() FROM tokenbf_00420.coarse WHERE hasToken(msg, 'error');
EXPLAIN indexes = 1 SELECT count() FROM tokenbf_00420.coarse WHERE hasToken(msg, 'error');

-- arrays (has, hasAny), map keys and values, LowCardinality and FixedString columns
CREATE TABLE tokenbf_00420.kinds (k UInt32, tags Array(String), attrs Map(String, String), lc LowCardinality(String), fs FixedString(8),
    INDEX it tags TYPE tokenbf_v1(256, 2, 7) GRANULARITY 1,
    INDEX ik mapKeys(attrs) TYPE tokenbf_v1(256, 2, 0) GRANULARITY 1,
    INDEX iv mapValues(attrs) TYPE ngrambf_v1(3, 256, 2, 0) GRANULARITY 1,
    INDEX il lc TYPE tokenbf_v1(256, 2, 0) GRANULARITY 2,
    INDEX if fs TYPE ngrambf_v1(2, 256, 2, 0) GRANULARITY 1) ENGINE = MergeTree ORDER BY k SETTINGS index_granularity = 4;
INSERT INTO tokenbf_00420.kinds SELECT number, [concat('tag', toString(intDiv(number, 4))), 'common'], map(concat('key', toString(intDiv(number, 8))), concat('value', toString(number))), concat('lc ', toString(intDiv(number, 4))), toFixedString(concat('f', toString(number)), 8) FROM numbers(32);
SELECT groupArray(k) FROM tokenbf_00420.kinds WHERE has(tags, 'tag3');
EXPLAIN indexes = 1 SELECT count() FROM tokenbf_00420.kinds WHERE has(tags, 'tag3');
SELECT count() FROM tokenbf_00420.kinds WHERE hasAny(tags, ['tag1', 'tag6']);
EXPLAIN indexes = 1 SELECT count() FROM tokenbf_00420.kinds WHERE hasAny(tags, ['tag1', 'tag6']);
SELECT count() FROM tokenbf_00420.kinds WHERE has(tags, 'common');
SELECT count() FROM tokenbf_00420.kinds WHERE hasAll(tags, ['tag5', 'common']);
EXPLAIN indexes = 1 SELECT count() FROM tokenbf_00420.kinds WHERE hasAll(tags, ['tag5', 'common']);
SELECT count() FROM tokenbf_00420.kinds WHERE mapContains(attrs, 'key2');
EXPLAIN indexes = 1 SELECT count() FROM tokenbf_00420.kinds WHERE mapContains(attrs, 'key2');
SELECT count() FROM tokenbf_00420.kinds WHERE has(mapKeys(attrs), 'key3');
EXPLAIN indexes = 1 SELECT count() FROM tokenbf_00420.kinds WHERE has(mapKeys(attrs), 'key3');
SELECT count() FROM tokenbf_00420.kinds WHERE has(mapValues(attrs), 'value17');
EXPLAIN indexes = 1 SELECT count() FROM tokenbf_00420.kinds WHERE has(mapValues(attrs), 'value17');
SELECT groupArray(k) FROM tokenbf_00420.kinds WHERE lc = 'lc 5';
EXPLAIN indexes = 1 SELECT count() FROM tokenbf_00420.kinds WHERE lc = 'lc 5';
SELECT groupArray(k) FROM tokenbf_00420.kinds WHERE fs LIKE '%f21%';
EXPLAIN indexes = 1 SELECT count() FROM tokenbf_00420.kinds WHERE fs LIKE '%f21%';
-- an index on an expression serves conditions on the same expression only
CREATE TABLE tokenbf_00420.lowered (k UInt32, s String, INDEX i lower(s) TYPE tokenbf_v1(256, 2, 0) GRANULARITY 1) ENGINE = MergeTree ORDER BY k SETTINGS index_granularity = 4;
INSERT INTO tokenbf_00420.lowered SELECT number, concat('Word', toString(number), ' X') FROM numbers(32);
SELECT count() FROM tokenbf_00420.lowered WHERE hasToken(lower(s), 'word7');
EXPLAIN indexes = 1 SELECT count() FROM tokenbf_00420.lowered WHERE hasToken(lower(s), 'word7');
SELECT count() FROM tokenbf_00420.lowered WHERE hasToken(s, 'Word7');
EXPLAIN indexes = 1 SELECT count() FROM tokenbf_00420.lowered WHERE hasToken(s, 'Word7');
SELECT name, type, type_full, expr, granularity FROM system.data_skipping_indices WHERE database = 'tokenbf_00420' ORDER BY table, name;
DROP DATABASE tokenbf_00420;
