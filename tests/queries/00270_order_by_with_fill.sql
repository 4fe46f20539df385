-- ORDER BY ... WITH FILL [FROM] [TO] [STEP]: after the sort, rows are added for the missing
-- key values, one STEP apart, aligned to FROM (or the first key); TO is exclusive. Added rows
-- hold defaults in the other columns. This is what Grafana's time series queries send.
SELECT number * 3 AS n FROM numbers(4) ORDER BY n WITH FILL;
SELECT number * 3 AS n FROM numbers(4) ORDER BY n WITH FILL FROM 2 TO 14 STEP 2;
SELECT number * 3 AS n FROM numbers(4) ORDER BY n DESC WITH FILL;
SELECT number AS n FROM numbers(2) ORDER BY n WITH FILL TO 5 STEP 2;
SELECT number * 3 AS n FROM numbers(3) ORDER BY n WITH FILL FROM 4 TO 5;
SELECT toUInt8(number * 3) AS n FROM numbers(2) ORDER BY n WITH FILL FROM 0 TO 10;
SELECT toFloat64(number) / 2 AS f FROM numbers(3) WHERE number != 1 ORDER BY f WITH FILL STEP 0.25;
SELECT toFloat32(number) AS f FROM numbers(2) ORDER BY f WITH FILL STEP 0.5;
SELECT toNullable(number) * 2 AS n FROM numbers(3) ORDER BY n WITH FILL;
-- empty input: FROM and TO alone give the rows
SELECT number AS n FROM numbers(0) ORDER BY n WITH FILL FROM 1 TO 4;
-- the fill comes before LIMIT
SELECT number * 5 AS n FROM numbers(3) ORDER BY n WITH FILL STEP 2 LIMIT 4;

-- dates step by days, times by seconds, DateTime64 by seconds too; INTERVAL steps are calendar steps
SELECT toDate('2024-01-01') + number * 2 AS d, 'x' AS s FROM numbers(3) ORDER BY d WITH FILL;
SELECT toDate('2024-01-31') + number * 40 AS d FROM numbers(2) ORDER BY d WITH FILL STEP INTERVAL 1 MONTH;
SELECT toDate('2024-01-01') + number * 3 AS d FROM numbers(2) ORDER BY d DESC WITH FILL;
SELECT toDate('2024-01-01') + number * 3 AS d FROM numbers(2) ORDER BY d DESC WITH FILL STEP INTERVAL -1 DAY;
SELECT toDateTime('2024-01-01 00:00:00', 'UTC') + number * 7200 AS t, count() AS c FROM numbers(3) GROUP BY t
ORDER BY t WITH FILL STEP INTERVAL 1 HOUR;
SELECT toDateTime('2024-01-01 00:00:00', 'UTC') + number * 7200 AS t FROM numbers(2)
ORDER BY t WITH FILL FROM toDateTime('2023-12-31 22:00:00', 'UTC') TO toDateTime('2024-01-01 05:00:00', 'UTC') STEP 3600;
SELECT toDateTime('2024-01-01 00:00:00', 'UTC') + number * 7200 AS t FROM numbers(2) ORDER BY t WITH FILL STEP toIntervalMinute(30);
SELECT toDateTime64('2024-01-01 00:00:00.000', 3, 'UTC') + toIntervalSecond(number * 3) AS t FROM numbers(2) ORDER BY t WITH FILL STEP INTERVAL 1 SECOND;
SELECT toDateTime64('2024-01-01 00:00:00.000', 3, 'UTC') + toIntervalSecond(number * 3) AS t FROM numbers(2) ORDER BY t WITH FILL STEP 1000;
SELECT arrayJoin([toDateTime64('2024-01-01 00:00:00.000', 3, 'UTC'), toDateTime64('2024-01-01 00:00:00.003', 3, 'UTC')]) AS t ORDER BY t WITH FILL;
-- the hour that does not exist on the DST change is skipped
SELECT toDateTime('2024-03-31 00:00:00', 'Europe/Berlin') + number * 7200 AS t FROM numbers(3) ORDER BY t WITH FILL STEP INTERVAL 1 HOUR;

-- several fill columns: the later one is filled only between rows with equal earlier ones
SELECT toDate((number * 10) * 86400) AS d1, toDate(number * 86400) AS d2, 'original' AS source FROM numbers(10)
WHERE (number % 3) = 1 ORDER BY d2 WITH FILL, d1 WITH FILL STEP 5;
-- keys before the first WITH FILL key are a prefix: each group is filled on its own
SELECT number % 2 AS k, number * 2 AS v FROM numbers(6) ORDER BY k, v WITH FILL;
-- Grafana's shape: buckets of a time range with zeros where there are no rows
SELECT toStartOfHour(toDateTime('2024-01-01 00:00:00', 'UTC') + number * 5400) AS t, count() AS c FROM numbers(3)
GROUP BY t ORDER BY t WITH FILL FROM toDateTime('2024-01-01 00:00:00', 'UTC') TO toDateTime('2024-01-01 06:00:00', 'UTC') STEP 3600;

-- bad input
SELECT number AS n FROM numbers(3) ORDER BY n WITH FILL STEP 0; -- { serverError INVALID_WITH_FILL_EXPRESSION }
SELECT number AS n FROM numbers(3) ORDER BY n WITH FILL STEP -1; -- { serverError INVALID_WITH_FILL_EXPRESSION }
SELECT number AS n FROM numbers(3) ORDER BY n DESC WITH FILL STEP 1; -- { serverError INVALID_WITH_FILL_EXPRESSION }
SELECT number AS n FROM numbers(3) ORDER BY n WITH FILL FROM 5 TO 1; -- { serverError INVALID_WITH_FILL_EXPRESSION }
SELECT number AS n FROM numbers(3) ORDER BY n DESC WITH FILL FROM 1 TO 5; -- { serverError INVALID_WITH_FILL_EXPRESSION }
SELECT number AS n FROM numbers(2) ORDER BY n WITH FILL FROM -2 TO 3; -- { serverError INVALID_WITH_FILL_EXPRESSION }
SELECT 'a' AS s ORDER BY s WITH FILL; -- { serverError INVALID_WITH_FILL_EXPRESSION }
SELECT number AS n FROM numbers(3) ORDER BY n WITH FILL STEP 0.5; -- { serverError INVALID_WITH_FILL_EXPRESSION }
SELECT number AS n FROM numbers(2) ORDER BY n WITH FILL STEP INTERVAL 1 DAY; -- { serverError INVALID_WITH_FILL_EXPRESSION }
SELECT toDate('2024-01-01') + number * 2 AS d FROM numbers(2) ORDER BY d WITH FILL STEP INTERVAL 12 HOUR; -- { serverError INVALID_WITH_FILL_EXPRESSION }
SELECT toDecimal32(number, 2) AS n FROM numbers(2) ORDER BY n WITH FILL STEP 0.25; -- { serverError INVALID_WITH_FILL_EXPRESSION }
