-- GROUP BY modifiers: WITH ROLLUP / CUBE / TOTALS in any order, never two of ROLLUP, CUBE and
-- GROUPING SETS; totals of no rows are still one row; grouping() needs an argument.
SELECT number % 2 AS a, sum(number) FROM numbers(10) GROUP BY a WITH TOTALS WITH ROLLUP ORDER BY a, sum(number);
SELECT number % 2 AS a, count() FROM numbers(0) GROUP BY a WITH TOTALS;
SELECT number % 2 AS a, number % 3 AS b, count(), sum(number), avg(number) FROM numbers(0) GROUP BY a, b WITH TOTALS;
SELECT number % 2 AS a, count() FROM numbers(0) GROUP BY a WITH ROLLUP;
SELECT count() FROM numbers(0) WITH TOTALS;
SELECT number % 2 AS a, number % 3 AS b, count(), grouping(a), grouping(a, b) FROM numbers(10) GROUP BY a, b WITH ROLLUP ORDER BY grouping(a, b), a, b;
SELECT number % 2 AS a, number % 3 AS b, count() FROM numbers(10) GROUP BY CUBE(a, b) ORDER BY a NULLS FIRST, b NULLS FIRST SETTINGS group_by_use_nulls = 1;
SELECT x, count() FROM values('x Nullable(Int32)', 1, NULL, 1, NULL, 2) GROUP BY x WITH TOTALS ORDER BY x NULLS FIRST;
SELECT number % 3 AS a, count() AS c FROM numbers(10) GROUP BY a WITH TOTALS HAVING c > 3 ORDER BY a SETTINGS totals_mode = 'after_having_inclusive';
SELECT number % 2 AS a FROM numbers(10) GROUP BY a WITH CUBE WITH ROLLUP; -- { clientError NOT_IMPLEMENTED }
SELECT number % 2 AS a FROM numbers(10) GROUP BY ROLLUP(a) WITH CUBE; -- { clientError NOT_IMPLEMENTED }
SELECT number % 2 AS a FROM numbers(10) GROUP BY GROUPING SETS ((a), ()) WITH ROLLUP; -- { clientError NOT_IMPLEMENTED }
SELECT number % 2 AS a, grouping() FROM numbers(3) GROUP BY a; -- { serverError TOO_FEW_ARGUMENTS_FOR_FUNCTION }
SELECT grouping(number) FROM numbers(3); -- { serverError ILLEGAL_AGGREGATION }
