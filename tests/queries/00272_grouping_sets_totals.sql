-- GROUP BY ROLLUP, CUBE and GROUPING SETS: one aggregation per set, keys outside a set take
-- their default (NULL under group_by_use_nulls); grouping(k...) has a bit per argument, set
-- when the key is not in the row's set. WITH TOTALS adds the row over all groups, printed
-- after the data ("totals" in JSON).
SELECT number % 2 AS a, number % 3 AS b, count() FROM numbers(6) GROUP BY ROLLUP(a, b) ORDER BY a, b, count();
SELECT number % 2 AS a, number % 3 AS b, count() FROM numbers(6) GROUP BY a, b WITH ROLLUP ORDER BY a, b, count();
SELECT number % 2 AS a, number % 3 AS b, count() AS c, grouping(a), grouping(a, b), grouping(b, a) FROM numbers(6)
GROUP BY a, b WITH CUBE ORDER BY a, b, c;
SELECT number % 2 AS a, number % 3 AS b, count() AS c FROM numbers(6) GROUP BY CUBE(a, b) ORDER BY a, b, c;
SELECT number % 2 AS a, number % 3 AS b, sum(number) AS s FROM numbers(6) GROUP BY GROUPING SETS ((a), (b), ()) ORDER BY a, b, s;
SELECT number % 2 AS a, number % 3 AS b, sum(number) AS s, grouping(a, b) AS g FROM numbers(6)
GROUP BY GROUPING SETS ((a, b), a) ORDER BY g, a, b;
SELECT number % 2 AS a, toString(number % 3) AS b, count() FROM numbers(6) GROUP BY ROLLUP(a, b) ORDER BY a, b
SETTINGS group_by_use_nulls = 1;
SELECT number % 2 AS a, grouping(a) FROM numbers(4) GROUP BY a ORDER BY a;
SELECT toString(number % 2) AS a, count() FROM numbers(0) GROUP BY ROLLUP(a);
-- HAVING sees every set's rows
SELECT number % 2 AS a, number % 3 AS b, count() AS c FROM numbers(6) GROUP BY ROLLUP(a, b) HAVING c > 1 ORDER BY a, b, c;

-- WITH TOTALS
SELECT number % 2 AS a, count() FROM numbers(6) GROUP BY a WITH TOTALS ORDER BY a;
SELECT number % 2 AS a, count() AS c, c * 10 FROM numbers(6) GROUP BY a WITH TOTALS ORDER BY a LIMIT 1;
SELECT number % 2 AS a, count() FROM numbers(6) GROUP BY a WITH ROLLUP WITH TOTALS ORDER BY a, count();
SELECT count() FROM numbers(6) WITH TOTALS;
SELECT number % 2 AS a, sum(number) FROM numbers(6) GROUP BY a WITH TOTALS ORDER BY a FORMAT JSONCompact SETTINGS output_format_write_statistics = 0;
SELECT number % 2 AS a, sum(number) FROM numbers(6) GROUP BY a WITH TOTALS ORDER BY a FORMAT JSON SETTINGS output_format_write_statistics = 0;
SELECT number % 2 AS a, count() FROM numbers(6) GROUP BY a WITH TOTALS ORDER BY a FORMAT CSV;
SELECT number % 2 AS a, count() FROM numbers(6) GROUP BY a WITH TOTALS ORDER BY a FORMAT TSVWithNames;
SELECT number % 2 AS a, count() FROM numbers(6) GROUP BY a WITH TOTALS HAVING a = 1 ORDER BY a SETTINGS totals_mode = 'before_having';

-- bad input
SELECT grouping(number) FROM numbers(2); -- { serverError ILLEGAL_AGGREGATION }
SELECT number % 2 AS a, grouping(number) FROM numbers(2) GROUP BY a; -- { serverError BAD_ARGUMENTS }
