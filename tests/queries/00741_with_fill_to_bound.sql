-- ORDER BY ... WITH FILL: gaps are filled from FROM up to TO (exclusive), and only so far: rows
-- past TO come out as they are. A negative step over unsigned values stops at 0.
SELECT number * 3 AS n FROM numbers(5) ORDER BY n WITH FILL TO 5;
SELECT number * 3 AS n FROM numbers(5) ORDER BY n DESC WITH FILL FROM 12 TO 5 STEP -1;
SELECT number * 3 AS n FROM numbers(3) ORDER BY n WITH FILL FROM 1 TO 12 STEP 2;
SELECT intDiv(number, 3) * 2 AS a, number % 3 * 2 AS b FROM numbers(6) ORDER BY a WITH FILL TO 1, b WITH FILL TO 3;
SELECT toInt64(number) * 3 AS n FROM numbers(4) ORDER BY n DESC WITH FILL STEP -2;

-- Dates and times with numeric and INTERVAL steps, calendar months, several fill columns, INTERPOLATE.
SELECT toDate('2024-01-31') + number * 40 AS d FROM numbers(3) ORDER BY d WITH FILL STEP INTERVAL 1 MONTH;
SELECT toDate('2024-03-31') - number * 40 AS d FROM numbers(3) ORDER BY d DESC WITH FILL STEP INTERVAL -1 MONTH;
SELECT toDate('2024-01-01') + number * 10 AS d FROM numbers(3) ORDER BY d WITH FILL STEP INTERVAL 1 WEEK;
SELECT toDateTime('2024-01-01 00:00:00', 'UTC') + number * 600 AS t FROM numbers(3) ORDER BY t DESC WITH FILL STEP INTERVAL -5 MINUTE;
SELECT toDateTime64('2024-01-01 00:00:00', 3, 'UTC') + toIntervalDay(number * 2) AS t FROM numbers(2) ORDER BY t WITH FILL FROM toDateTime64('2023-12-31 00:00:00', 3, 'UTC') STEP INTERVAL 12 HOUR;
SELECT number * 3 AS n, n * 10 AS v, 'x' AS s FROM numbers(3) ORDER BY n WITH FILL TO 8 INTERPOLATE (v AS v + 1, s AS s || 'y');

-- Grafana's hourly series: buckets without rows are zero, inside [FROM, TO) only.
SELECT toStartOfInterval(t, INTERVAL 1 hour) AS time, count() AS c
FROM (SELECT toDateTime(1700000000 + number * 5000, 'UTC') AS t FROM numbers(20))
WHERE t >= toDateTime(1700000000, 'UTC') AND t <= toDateTime(1700100000, 'UTC')
GROUP BY time ORDER BY time WITH FILL FROM toDateTime(1699999200, 'UTC') TO toDateTime(1700030000, 'UTC') STEP 3600;
SELECT toStartOfInterval(t, INTERVAL 1 hour) AS time, count() AS c
FROM (SELECT toDateTime(1700000000 + number * 20000, 'UTC') AS t FROM numbers(4))
GROUP BY time ORDER BY time WITH FILL FROM toDateTime(1699999200, 'UTC') TO toDateTime(1700050000, 'UTC') STEP toIntervalHour(2);

-- INTERPOLATE is part of WITH FILL only; bad steps.
SELECT number AS n, n * 10 AS v FROM numbers(3) ORDER BY n INTERPOLATE (v AS v + 1); -- { clientError SYNTAX_ERROR }
SELECT number AS n FROM numbers(3) ORDER BY n WITH FILL STEP 0; -- { serverError INVALID_WITH_FILL_EXPRESSION }
SELECT number AS n FROM numbers(3) ORDER BY n WITH FILL STEP -1; -- { serverError INVALID_WITH_FILL_EXPRESSION }
SELECT number AS n FROM numbers(3) ORDER BY n WITH FILL FROM 'a'; -- { serverError INVALID_WITH_FILL_EXPRESSION }
SELECT toString(number) AS n FROM numbers(3) ORDER BY n WITH FILL; -- { serverError INVALID_WITH_FILL_EXPRESSION }
SELECT number AS n, n * 10 AS v FROM numbers(3) ORDER BY n WITH FILL INTERPOLATE (n AS n + 1); -- { serverError INVALID_WITH_FILL_EXPRESSION }
-- The same over UInt64: ClickHouse wraps below 0 and fills without end; the fill stops at 0,
-- as it does over Int64 above.
SELECT number AS n FROM numbers(10) WHERE n % 3 = 0 ORDER BY n DESC WITH FILL STEP -2;
