-- WITH name AS (SELECT ...) names a subquery usable as a table, in FROM, JOIN, IN and nested subqueries
DROP TABLE IF EXISTS cte_w;
CREATE TABLE cte_w (g String, x Int32) ENGINE = Memory;
INSERT INTO cte_w VALUES ('a', 1), ('a', 2), ('b', 3);
WITH t AS (SELECT 1 AS x) SELECT * FROM t;
WITH t AS (SELECT g, x FROM cte_w) SELECT t.g, count() FROM t GROUP BY t.g ORDER BY t.g;
-- A later WITH subquery may read an earlier one.
WITH t AS (SELECT g, x FROM cte_w), u AS (SELECT g, sum(x) AS s FROM t GROUP BY g) SELECT * FROM u ORDER BY g;
-- Used twice: each use runs on its own.
WITH t AS (SELECT g, sum(x) AS s FROM cte_w GROUP BY g) SELECT a.g, b.s FROM t AS a JOIN t AS b ON a.g = b.g ORDER BY a.g;
WITH t AS (SELECT x FROM cte_w) SELECT count() FROM t AS a, t AS b;
WITH t AS (SELECT x FROM cte_w) SELECT count() FROM t WHERE x IN (SELECT x FROM t WHERE x > 1);
WITH t AS (SELECT x FROM cte_w WHERE x > 1) SELECT x FROM cte_w WHERE x IN t ORDER BY x;
WITH t AS (SELECT g, x FROM cte_w) SELECT * FROM (SELECT * FROM t WHERE x > 1) ORDER BY x;
-- An inner WITH hides an outer one of the same name; a WITH name hides a table.
WITH t AS (SELECT 1 AS x) SELECT * FROM (WITH t AS (SELECT 2 AS x) SELECT * FROM t);
WITH cte_w AS (SELECT 100 AS x) SELECT * FROM cte_w;
WITH t AS (SELECT 1 AS x), 5 AS y SELECT x + y FROM t;
WITH t AS (SELECT x FROM cte_w) SELECT x FROM t JOIN cte_w USING x ORDER BY x;
WITH t AS (SELECT 1 AS x) SELECT * FROM t2; -- { serverError UNKNOWN_TABLE }
DROP TABLE cte_w;
