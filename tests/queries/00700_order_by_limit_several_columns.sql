-- ORDER BY several columns with LIMIT keeps only the top rows of each block: ties on the
-- first column at the limit's boundary, descending columns, NULLs first and last, strings,
-- LIMIT WITH TIES and LIMIT BY, over several blocks and threads.
DROP TABLE IF EXISTS sort_limit;
CREATE TABLE sort_limit (a UInt32, s String, n Nullable(Int64), f Float64) ENGINE = MergeTree ORDER BY tuple();
INSERT INTO sort_limit SELECT number % 7, toString(number % 13), if(number % 5 = 0, NULL, toInt64(number % 11) - 5), (number % 17) / 4 FROM numbers(200000);

SELECT a, s, count() FROM (SELECT a, s FROM sort_limit ORDER BY a, s LIMIT 30000) GROUP BY a, s ORDER BY a, s;
SELECT a, s FROM sort_limit ORDER BY a DESC, s DESC LIMIT 3 SETTINGS max_block_size = 1000;
SELECT s, n FROM sort_limit ORDER BY s, n LIMIT 4 SETTINGS max_block_size = 777;
SELECT s, n FROM sort_limit ORDER BY s, n NULLS FIRST LIMIT 4 SETTINGS max_block_size = 777;
SELECT s, n FROM sort_limit ORDER BY s DESC, n DESC NULLS LAST LIMIT 4;
SELECT f, a, s FROM sort_limit ORDER BY f DESC, a, s LIMIT 2 OFFSET 5;
SELECT count(), min(a), max(s) FROM (SELECT a, s FROM sort_limit ORDER BY a, s LIMIT 2 WITH TIES);
SELECT a, s FROM sort_limit ORDER BY a, s LIMIT 1 BY a LIMIT 5;
SELECT a, f FROM sort_limit WHERE 0 ORDER BY a, f LIMIT 3;
SELECT x, y FROM (SELECT number % 3 AS x, -number AS y FROM numbers(10)) ORDER BY x, y LIMIT 4;
DROP TABLE sort_limit;
