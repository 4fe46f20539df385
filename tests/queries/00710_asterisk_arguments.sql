-- count(*) is count() over any source, and f(*) takes every column SELECT * lists, as in ClickHouse.
SELECT count(*) FROM numbers(3);
SELECT count(*) FROM (SELECT 1 AS a);
SELECT COUNT(*) FROM numbers(2) FORMAT TSVWithNames;
SELECT number % 2 AS k, count(*) FROM numbers(5) GROUP BY k HAVING count(*) > 2 ORDER BY count(*) DESC;
SELECT count(*) OVER () FROM numbers(2);
SELECT (SELECT count(*) FROM numbers(4)), count(*) FROM numbers(2);
SELECT cityHash64(*), tuple(*) FROM (SELECT 1 AS a, 'x' AS b);
SELECT sum(cityHash64(*)), uniqExact(*) FROM (SELECT number % 2 AS a, number % 3 AS b FROM numbers(10));
SELECT count(*) FROM numbers(10) AS t JOIN numbers(5) AS u ON t.number = u.number;
