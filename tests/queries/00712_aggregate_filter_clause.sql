-- f(x) FILTER (WHERE cond) is fIf(x, cond); count(*) FILTER counts the rows that meet it.
SELECT avg(number) FILTER (WHERE number > 5), count() FILTER (WHERE number > 5), sum(number) FILTER (WHERE number % 3 = 0) FROM numbers(10);
SELECT number % 2 AS k, count(*) FILTER (WHERE number > 2) AS c, uniq(number) FILTER (WHERE number < 6) FROM numbers(10) GROUP BY k ORDER BY k;
SELECT count(DISTINCT number % 4) FILTER (WHERE number > 5) FROM numbers(10);
SELECT sum(number) FILTER (WHERE number > 5) OVER () FROM numbers(3);
SELECT count(*) FILTER (WHERE number > 2) AS c FROM numbers(5) FORMAT TSVWithNames;
SELECT sum(number) FILTER (number > 1) FROM numbers(3); -- { clientError SYNTAX_ERROR }
