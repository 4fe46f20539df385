-- GROUPING SETS cannot take WITH TOTALS (ROLLUP and CUBE can)
SELECT number % 2 AS a, count() FROM numbers(6) GROUP BY ROLLUP(a) WITH TOTALS ORDER BY a, count();
SELECT 1 FROM numbers(3) GROUP BY GROUPING SETS ((number), ()) WITH TOTALS; -- { serverError NOT_IMPLEMENTED }
SELECT number FROM numbers(3) GROUP BY GROUPING SETS ((number), ()) WITH TOTALS HAVING number > 1; -- { serverError NOT_IMPLEMENTED }
