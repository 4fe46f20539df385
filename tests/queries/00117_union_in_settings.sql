-- UNION ALL (column types unified, names from the first SELECT), IN / NOT IN with lists, tuples
-- and subqueries (including over a table and on the left of GROUP BY), and the SETTINGS clause
-- changing one query's behaviour.
CREATE TABLE users (id UInt64, team_id UInt64, name String) ENGINE = MergeTree ORDER BY id;
CREATE TABLE hits (user_id UInt64, url String, n UInt32) ENGINE = MergeTree ORDER BY user_id;
INSERT INTO users VALUES (1, 10, 'ann'), (2, 10, 'bob'), (3, 20, 'cid'), (4, 30, 'dee'), (5, 20, 'eve');
INSERT INTO hits VALUES (1, '/a', 3), (1, '/b', 1), (3, '/a', 7), (5, '/c', 2), (5, '/a', 1), (9, '/ghost', 4);
-- UNION ALL.
SELECT * FROM (SELECT 3 AS x, 'c' AS s UNION ALL SELECT 1, 'a' UNION ALL SELECT 2, 'b') ORDER BY x;
SELECT toTypeName(x) FROM (SELECT toUInt8(1) AS x UNION ALL SELECT toInt64(-1)) LIMIT 1;
SELECT x FROM (SELECT toUInt8(200) AS x UNION ALL SELECT toInt16(-5) UNION ALL SELECT 1.5) ORDER BY x;
SELECT who, kind FROM (SELECT name AS who, 'user' AS kind FROM users WHERE team_id = 10 UNION ALL SELECT url, 'url' FROM hits WHERE n > 3) ORDER BY kind, who;
SELECT count(), sum(v) FROM (SELECT n AS v FROM hits UNION ALL SELECT id FROM users UNION ALL SELECT number FROM numbers(3));
SELECT 1 UNION ALL SELECT 1, 2; -- { serverError UNION_ALL_RESULT_STRUCTURES_MISMATCH }
-- IN lists and tuples.
SELECT name FROM users WHERE id IN (1, 3, 99) ORDER BY name;
SELECT name FROM users WHERE name NOT IN ('ann', 'bob') ORDER BY name;
SELECT name FROM users WHERE (team_id, id) IN ((10, 2), (20, 5), (30, 3)) ORDER BY name;
SELECT 3 IN (1, 2, 3), 4 IN (1, 2, 3), 'x' IN ('x'), 2 NOT IN (1, 3);
-- IN subqueries.
SELECT name FROM users WHERE id IN (SELECT user_id FROM hits) ORDER BY name;
SELECT name FROM users WHERE id NOT IN (SELECT user_id FROM hits WHERE url = '/a') ORDER BY name;
SELECT url, sum(n) FROM hits WHERE user_id IN (SELECT id FROM users WHERE team_id = 20) GROUP BY url ORDER BY url;
SELECT user_id, url FROM hits WHERE user_id NOT IN (SELECT id FROM users) ORDER BY user_id;
SELECT name FROM users WHERE (id, team_id) IN (SELECT id, team_id FROM users WHERE name > 'c') ORDER BY name;
SELECT team_id, count() FROM users WHERE team_id IN (SELECT team_id FROM users WHERE id IN (SELECT user_id FROM hits WHERE n > 2)) GROUP BY team_id ORDER BY team_id;
SELECT id IN (SELECT user_id FROM hits) AS has_hits, count() FROM users GROUP BY has_hits ORDER BY has_hits;
SELECT name FROM users WHERE id IN (SELECT user_id, n FROM hits); -- { serverError NUMBER_OF_COLUMNS_DOESNT_MATCH }
-- SETTINGS on one query.
SELECT number FROM numbers(10) ORDER BY number SETTINGS max_threads = 1, max_block_size = 3;
SELECT count() FROM numbers(1000) SETTINGS max_block_size = 7;
SELECT toDateTime64('2026-02-23 12:00:00', 3, 'UTC') AS t FORMAT JSONEachRow;
SELECT 1 SETTINGS no_such_setting = 1; -- { serverError UNKNOWN_SETTING }
SELECT number FROM numbers(100) SETTINGS max_result_rows = 10, result_overflow_mode = 'throw'; -- { serverError TOO_MANY_ROWS_OR_BYTES }
