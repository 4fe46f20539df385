-- Window frames of every shape over numbers, and named windows: a WINDOW clause entry may derive
-- from one defined before it, taking its PARTITION BY and adding ORDER BY or a frame.
SELECT number, sum(number) OVER (ORDER BY number ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) FROM numbers(6);
SELECT number, sum(number) OVER (ORDER BY number ROWS BETWEEN 3 PRECEDING AND 1 PRECEDING) FROM numbers(6);
SELECT number, sum(number) OVER (ORDER BY number ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) FROM numbers(6);
SELECT number, groupArray(number) OVER (ORDER BY number DESC ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM numbers(5);
SELECT number, sum(number) OVER (ORDER BY number DESC RANGE BETWEEN 2 PRECEDING AND 1 FOLLOWING) FROM numbers(6);
SELECT x, count() OVER (ORDER BY x RANGE BETWEEN 2 PRECEDING AND CURRENT ROW) FROM values('x UInt8', 0, 1, 254, 255);
SELECT d, count() OVER (ORDER BY d RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM values('d Date', '2024-01-01', '2024-01-02', '2024-01-04', '2024-01-05');
SELECT d, count() OVER (ORDER BY d RANGE BETWEEN 3600 PRECEDING AND CURRENT ROW) FROM values('d DateTime(\'UTC\')', '2024-01-01 00:00:00', '2024-01-01 00:30:00', '2024-01-01 01:00:00', '2024-01-01 03:00:00');
SELECT x, count() OVER (ORDER BY x ASC NULLS FIRST RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM values('x Nullable(Int32)', 1, NULL, 2, NULL, 3);

-- Ranking, lagInFrame/leadInFrame with defaults, nth_value.
SELECT number, rank() OVER w, dense_rank() OVER w, percent_rank() OVER w, ntile(3) OVER w FROM numbers(7) WINDOW w AS (ORDER BY intDiv(number, 2));
SELECT number, lagInFrame(number, 2, 100) OVER w, leadInFrame(toNullable(number), 1, NULL) OVER w, nth_value(number, 4) OVER w FROM numbers(5)
WINDOW w AS (ORDER BY number ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING);
SELECT number, leadInFrame(number, 2) OVER (ORDER BY number ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM numbers(4);

-- Named windows: derived ones keep the parent's partitions.
SELECT number, sum(number) OVER w1, sum(number) OVER w2 FROM numbers(6) WINDOW w1 AS (PARTITION BY number % 2), w2 AS (w1 ORDER BY number) ORDER BY number;
SELECT number, sum(number) OVER w3 FROM numbers(6) WINDOW w1 AS (PARTITION BY number % 2), w2 AS (w1 ORDER BY number), w3 AS (w2 ROWS 1 PRECEDING) ORDER BY number;
SELECT number, groupArray(number) OVER (w1 ORDER BY number DESC) FROM numbers(6) WINDOW w1 AS (PARTITION BY number % 3) ORDER BY number;
-- Windows over GROUP BY results.
SELECT number % 3 AS k, count() AS c, sum(count()) OVER (ORDER BY k) AS s, rank() OVER (ORDER BY count() DESC, k) FROM numbers(10) GROUP BY k ORDER BY k;

-- Bad windows.
SELECT sum(number) OVER w2 FROM numbers(6) WINDOW w1 AS (PARTITION BY number % 2 ROWS 1 PRECEDING), w2 AS (w1 ORDER BY number); -- { serverError BAD_ARGUMENTS }
SELECT sum(number) OVER (w ROWS 1 PRECEDING) FROM numbers(6) WINDOW w AS (ORDER BY number ROWS 2 PRECEDING); -- { serverError BAD_ARGUMENTS }
SELECT sum(number) OVER w2 FROM numbers(6) WINDOW w2 AS (w1 ORDER BY number), w1 AS (PARTITION BY number % 2); -- { serverError BAD_ARGUMENTS }
SELECT sum(number) OVER w1 FROM numbers(6) WINDOW w1 AS (w1 ORDER BY number); -- { serverError BAD_ARGUMENTS }
SELECT sum(number) OVER w FROM numbers(6) WINDOW w AS (ORDER BY number), w AS (ORDER BY number DESC); -- { serverError BAD_ARGUMENTS }
SELECT sum(number) OVER (w PARTITION BY number) FROM numbers(6) WINDOW w AS (ORDER BY number); -- { serverError BAD_ARGUMENTS }
SELECT sum(number) OVER (ORDER BY number, number RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM numbers(6); -- { serverError BAD_ARGUMENTS }
SELECT sum(number) OVER (ORDER BY number RANGE BETWEEN CURRENT ROW AND 1 PRECEDING) FROM numbers(6); -- { serverError BAD_ARGUMENTS }
SELECT sum(number) OVER (ORDER BY number ROWS BETWEEN UNBOUNDED FOLLOWING AND CURRENT ROW) FROM numbers(6); -- { serverError BAD_ARGUMENTS }
SELECT sum(number) OVER (ORDER BY number ROWS BETWEEN -1 PRECEDING AND CURRENT ROW) FROM numbers(6); -- { serverError BAD_ARGUMENTS }
SELECT count() OVER (ORDER BY number ROWS BETWEEN 1 PRECEDING AND 2 PRECEDING) FROM numbers(4); -- { serverError BAD_ARGUMENTS }
SELECT sum(number) OVER (ORDER BY number ROWS BETWEEN 2147483646 PRECEDING AND CURRENT ROW) FROM numbers(3);
SELECT sum(number) OVER (ORDER BY number ROWS BETWEEN CURRENT ROW AND 2147483647 FOLLOWING) FROM numbers(3); -- { serverError BAD_ARGUMENTS }
SELECT sum(number) OVER (ORDER BY number RANGE BETWEEN 2147483647 PRECEDING AND CURRENT ROW) FROM numbers(3); -- { serverError BAD_ARGUMENTS }
SELECT sum(x) OVER (ORDER BY x RANGE BETWEEN 1.5 PRECEDING AND 0.5 FOLLOWING) FROM values('x Float64', 1, 1.5); -- { serverError BAD_ARGUMENTS }
-- RANGE offsets measure plain numbers, dates and times; an interval is no offset.
SELECT count() OVER (ORDER BY d RANGE BETWEEN INTERVAL 1 DAY PRECEDING AND CURRENT ROW) FROM values('d Date', '2024-01-01'); -- { serverError BAD_ARGUMENTS }
SELECT count() OVER (ORDER BY toString(number) RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM numbers(3); -- { serverError NOT_IMPLEMENTED }
SELECT count() OVER (ORDER BY x RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM values('x Decimal(10, 2)', 1.5); -- { serverError NOT_IMPLEMENTED }
SELECT count() OVER (ORDER BY d RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM values('d DateTime64(3)', '2024-01-01 00:00:00.000'); -- { serverError NOT_IMPLEMENTED }
SELECT ntile(0) OVER (ORDER BY number) FROM numbers(3); -- { serverError BAD_ARGUMENTS }
SELECT ntile(number) OVER (ORDER BY number) FROM numbers(3); -- { serverError BAD_ARGUMENTS }
SELECT ntile(2) OVER (ORDER BY number ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM numbers(3); -- { serverError BAD_ARGUMENTS }
SELECT lagInFrame(number, -1) OVER (ORDER BY number) FROM numbers(3); -- { serverError BAD_ARGUMENTS }
SELECT leadInFrame(number, 1, 'a') OVER (ORDER BY number) FROM numbers(3); -- { serverError BAD_ARGUMENTS }
SELECT nth_value(number, 0) OVER (ORDER BY number) FROM numbers(3); -- { serverError BAD_ARGUMENTS }
SELECT number FROM numbers(5) WHERE row_number() OVER (ORDER BY number) > 2; -- { serverError ILLEGAL_AGGREGATION }
