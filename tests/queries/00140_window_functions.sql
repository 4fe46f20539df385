-- Window functions: f(...) OVER (PARTITION BY ... ORDER BY ... frame), OVER w with a WINDOW
-- clause, and OVER (). They run after WHERE, GROUP BY and HAVING, before ORDER BY and LIMIT.
CREATE TABLE sales (region String, seller String, day UInt8, amount Nullable(Int32)) ENGINE = Memory;
INSERT INTO sales VALUES ('east', 'ann', 1, 10), ('east', 'bob', 1, 20), ('east', 'ann', 2, 20), ('east', 'cid', 3, NULL),
    ('west', 'dan', 1, 5), ('west', 'eve', 2, 5), ('west', 'dan', 2, 7), ('west', 'eve', 4, 1), ('north', 'fay', 1, 3);

-- ranking with ties: peers share rank, dense_rank has no gaps, row_number is unique
SELECT region, day, amount, row_number() OVER (PARTITION BY region ORDER BY amount DESC, day) AS rn,
    rank() OVER (PARTITION BY region ORDER BY amount DESC) AS r, dense_rank() OVER (PARTITION BY region ORDER BY amount DESC) AS dr,
    percent_rank() OVER (PARTITION BY region ORDER BY amount DESC) AS pr
FROM sales ORDER BY region, rn;
-- NULLs in the ORDER BY key sort last both ways, as in ORDER BY
SELECT amount, rank() OVER (ORDER BY amount), rank() OVER (ORDER BY amount DESC), rank() OVER (ORDER BY amount NULLS FIRST)
FROM sales ORDER BY amount, day, seller;
SELECT seller, day, ntile(3) OVER (ORDER BY day, seller) FROM sales ORDER BY day, seller;

-- the default frame: with ORDER BY, up to the current row's last peer; without, the whole partition
SELECT region, day, sum(amount) OVER (PARTITION BY region ORDER BY day) AS running, sum(amount) OVER (PARTITION BY region) AS total,
    count() OVER (PARTITION BY region ORDER BY day) AS c
FROM sales ORDER BY region, day, seller;

-- ROWS frames
SELECT number, sum(number) OVER (ORDER BY number ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS s3,
    sum(number) OVER (ORDER BY number ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running,
    sum(number) OVER (ORDER BY number ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS rest,
    sum(number) OVER (ORDER BY number ROWS BETWEEN 2 FOLLOWING AND 3 FOLLOWING) AS ahead,
    sum(number) OVER (ORDER BY number ROWS BETWEEN 3 PRECEDING AND 2 PRECEDING) AS behind,
    count() OVER (ORDER BY number ROWS 2 PRECEDING) AS last3,
    groupArray(number) OVER (ORDER BY number ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS everything
FROM numbers(6) ORDER BY number;

-- RANGE frames: peers included; offsets are distances in the ORDER BY value
SELECT day, amount, sum(amount) OVER (ORDER BY day RANGE BETWEEN CURRENT ROW AND CURRENT ROW) AS same_day,
    sum(amount) OVER (ORDER BY day RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) AS two_days,
    count() OVER (ORDER BY day RANGE BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS later,
    count() OVER (ORDER BY day DESC RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS near_desc
FROM sales WHERE amount IS NOT NULL ORDER BY day, seller;
SELECT number, sum(number) OVER (ORDER BY number / 2 RANGE BETWEEN 1 PRECEDING AND 0 FOLLOWING) FROM numbers(5) ORDER BY number;
SELECT number, sum(number) OVER (ORDER BY number RANGE BETWEEN 1.5 PRECEDING AND CURRENT ROW) FROM numbers(5); -- { serverError BAD_ARGUMENTS }

-- lagInFrame and leadInFrame respect the frame; offset and default
SELECT number, lagInFrame(number) OVER (ORDER BY number) AS lag1, leadInFrame(number) OVER (ORDER BY number) AS lead_in_default_frame,
    leadInFrame(number, 2) OVER (ORDER BY number ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS lead2,
    lagInFrame(number, 1, 100) OVER (ORDER BY number ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS lag_default,
    lagInFrame(toNullable(number)) OVER (ORDER BY number ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS lag_null
FROM numbers(4) ORDER BY number;
SELECT region, seller, leadInFrame(seller, 1, 'none') OVER (PARTITION BY region ORDER BY day, seller ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING)
FROM sales ORDER BY region, day, seller;

-- first_value, last_value (NULLs skipped, as any and anyLast) and nth_value
SELECT region, day, amount, first_value(amount) OVER w, last_value(amount) OVER w, nth_value(seller, 2) OVER w
FROM sales WINDOW w AS (PARTITION BY region ORDER BY day, seller ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
ORDER BY region, day, seller;
SELECT number, first_value(number) OVER (ORDER BY number ROWS BETWEEN 1 FOLLOWING AND 2 FOLLOWING),
    last_value(toNullable(number)) OVER (ORDER BY number ROWS BETWEEN 1 FOLLOWING AND 1 FOLLOWING), nth_value(number, 2) OVER (ORDER BY number)
FROM numbers(3) ORDER BY number;

-- aggregate functions over windows
SELECT region, day, min(amount) OVER w, max(amount) OVER w, avg(amount) OVER w, any(seller) OVER w, uniq(seller) OVER w,
    uniqExact(seller) OVER w, argMax(seller, amount) OVER w, argMin(seller, amount) OVER w, groupArray(seller) OVER w, countIf(amount > 5) OVER w
FROM sales WINDOW w AS (PARTITION BY region ORDER BY day) ORDER BY region, day, seller;

-- windows over aggregates: after GROUP BY and HAVING
SELECT region, count() AS c, sum(count()) OVER () AS all_rows, sum(sum(amount)) OVER (ORDER BY region) AS running, rank() OVER (ORDER BY count() DESC)
FROM sales GROUP BY region HAVING count() > 1 ORDER BY region;
SELECT day, sum(amount) AS s, s / sum(s) OVER () AS share FROM sales GROUP BY day ORDER BY day;

-- several windows in one query, expressions over results, ORDER BY and LIMIT after windows
SELECT seller, row_number() OVER (ORDER BY seller) AS a, row_number() OVER (ORDER BY seller DESC) AS b, a + b,
    count() OVER (PARTITION BY region) * 10
FROM sales ORDER BY b LIMIT 4;
SELECT seller, day FROM sales ORDER BY row_number() OVER (ORDER BY day DESC, seller) LIMIT 3;
-- a derived window: (w ORDER BY ...) takes w's PARTITION BY
SELECT region, day, seller, row_number() OVER (w ORDER BY day, seller) FROM sales WINDOW w AS (PARTITION BY region) ORDER BY region, day, seller;
-- OVER () is one partition of every row
SELECT count() OVER (), sum(day) OVER (), max(seller) OVER () FROM sales LIMIT 1;
SELECT DISTINCT region, count() OVER (PARTITION BY region) FROM sales ORDER BY region;

-- empty input
SELECT number, row_number() OVER (ORDER BY number), sum(number) OVER () FROM numbers(10) WHERE number > 100;
SELECT count() OVER () FROM sales WHERE day > 10;

-- the OVER and WINDOW clauses print back
EXPLAIN SYNTAX SELECT sum(day) OVER (PARTITION BY region ORDER BY day DESC ROWS BETWEEN 1 PRECEDING AND 2 FOLLOWING) AS s, count() OVER w,
    avg(day) OVER (w ORDER BY day), rank() OVER (), lagInFrame(day, 1, 0) OVER (ORDER BY day RANGE BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
FROM sales WINDOW w AS (PARTITION BY region), w2 AS (ORDER BY seller ASC NULLS FIRST ROWS UNBOUNDED PRECEDING) ORDER BY s;

-- errors
SELECT number FROM numbers(3) WHERE row_number() OVER () > 1; -- { serverError ILLEGAL_AGGREGATION }
SELECT number FROM numbers(3) GROUP BY number HAVING rank() OVER () > 1; -- { serverError ILLEGAL_AGGREGATION }
SELECT sum(sum(number) OVER ()) FROM numbers(3); -- { serverError ILLEGAL_AGGREGATION }
SELECT sum(number) OVER w FROM numbers(3); -- { serverError BAD_ARGUMENTS }
SELECT foo(number) OVER () FROM numbers(3); -- { serverError UNKNOWN_AGGREGATE_FUNCTION }
SELECT sum(number) OVER (ROWS BETWEEN UNBOUNDED FOLLOWING AND CURRENT ROW) FROM numbers(3); -- { serverError BAD_ARGUMENTS }
SELECT sum(number) OVER (ROWS BETWEEN 1 FOLLOWING AND 1 PRECEDING) FROM numbers(3); -- { serverError BAD_ARGUMENTS }
SELECT sum(number) OVER (RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM numbers(3); -- { serverError BAD_ARGUMENTS }
SELECT sum(number) OVER (ROWS BETWEEN -1 PRECEDING AND CURRENT ROW) FROM numbers(3); -- { serverError BAD_ARGUMENTS }
SELECT ntile(0) OVER (ORDER BY number) FROM numbers(3); -- { serverError BAD_ARGUMENTS }
SELECT ntile(2) OVER () FROM numbers(3); -- { serverError BAD_ARGUMENTS }
SELECT lagInFrame(number, -1) OVER () FROM numbers(3); -- { serverError BAD_ARGUMENTS }
SELECT lagInFrame(number, 1, 'a') OVER () FROM numbers(3); -- { serverError BAD_ARGUMENTS }
SELECT lagInFrame(toInt8(number), 1, 1000) OVER () FROM numbers(3); -- { serverError BAD_ARGUMENTS }
SELECT number, sum(number) OVER (PARTITION BY number % 2) FROM numbers(4) GROUP BY number % 2; -- { serverError NOT_AN_AGGREGATE }

-- RANGE offsets over a Nullable key: NULL rows are peers of each other only
SELECT amount, sum(amount) OVER (ORDER BY amount DESC RANGE BETWEEN 2 PRECEDING AND 1 FOLLOWING) FROM sales ORDER BY amount, seller, day;
SELECT amount, count() OVER (ORDER BY amount NULLS FIRST RANGE BETWEEN 2 PRECEDING AND 1 FOLLOWING) FROM sales ORDER BY amount, seller, day;
