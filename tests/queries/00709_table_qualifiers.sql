-- A column may be prefixed by its table's alias, name or database.name; any other prefix,
-- such as an outer query's table in a subquery (a correlated column, which 24.x does not
-- support), is an unknown identifier rather than silently the column of another table.
DROP TABLE IF EXISTS tq;
CREATE TABLE tq (x UInt8, tup Tuple(a UInt8, b String)) ENGINE = Memory;
INSERT INTO tq VALUES (1, (2, 'q'));
SELECT tq.x FROM tq;
SELECT e.x, tq.x FROM tq AS e;
SELECT tup.a, e.tup.b, tq.tup.a FROM tq AS e;
SELECT n.number FROM numbers(2) AS n ORDER BY n.number;
SELECT t.x FROM (SELECT 1 AS x) AS t;
SELECT a.number, b.number FROM numbers(2) AS a JOIN numbers(2) AS b ON a.number = b.number ORDER BY 1;
SELECT e.x AS y FROM tq AS e WHERE e.x = 1 GROUP BY e.x HAVING count() > 0 ORDER BY e.x;
SELECT t.number FROM numbers(3) AS t WHERE t.number IN (SELECT u.number FROM numbers(2) AS u) ORDER BY 1;
SELECT zzz.number FROM numbers(2); -- { serverError UNKNOWN_IDENTIFIER }
SELECT numbers.number FROM numbers(1); -- { serverError UNKNOWN_IDENTIFIER }
SELECT e.x FROM tq; -- { serverError UNKNOWN_IDENTIFIER }
SELECT (SELECT count() FROM numbers(5) AS b WHERE b.number < a.number) FROM numbers(3) AS a; -- { serverError UNKNOWN_IDENTIFIER }
DROP TABLE tq;
