-- AggregatingMergeTree: rows of equal sorting key combine when parts merge (OPTIMIZE ... FINAL)
-- and in SELECT ... FINAL: AggregateFunction states merge, SimpleAggregateFunction values are
-- aggregated with their function, other columns keep the first row's value.
CREATE TABLE agg (k UInt8, u AggregateFunction(uniq, UInt64), t AggregateFunction(sum, UInt64),
    m SimpleAggregateFunction(max, UInt64), s SimpleAggregateFunction(sum, Float64), l SimpleAggregateFunction(anyLast, String), x String) ENGINE = AggregatingMergeTree ORDER BY k;
SYSTEM STOP MERGES agg;
INSERT INTO agg SELECT number % 3, uniqState(number), sumState(number), max(number), sum(number) / 2, toString(max(number)), 'a'
    FROM numbers(10) GROUP BY number % 3;
INSERT INTO agg SELECT number % 3, uniqState(number), sumState(number), max(number), sum(number) / 2, toString(max(number)), 'b'
    FROM numbers(5, 20) GROUP BY number % 3;
INSERT INTO agg SELECT 7, uniqState(number), sumState(number), max(number), 0.25, 'only', 'c' FROM numbers(4);
SELECT count() FROM agg;
SELECT k, uniqMerge(u), sumMerge(t), max(m), sum(s) FROM agg GROUP BY k ORDER BY k;
SELECT k, finalizeAggregation(u), finalizeAggregation(t), m, s, l, x FROM agg FINAL ORDER BY k;
SELECT toTypeName(m), toTypeName(m + 1), toTypeName(l), m + 1, concat(l, '!') FROM agg FINAL WHERE k = 1;
SYSTEM START MERGES agg;
OPTIMIZE TABLE agg FINAL;
SELECT count() FROM agg;
SELECT k, finalizeAggregation(u), finalizeAggregation(t), m, s, l, x FROM agg ORDER BY k;
-- the same aggregation over the raw rows
SELECT k, uniq(number), sum(number), max(number) FROM (SELECT number FROM numbers(10) UNION ALL SELECT number FROM numbers(5, 20))
    GROUP BY number % 3 AS k ORDER BY k;

-- a merged part keeps merging with later inserts
INSERT INTO agg SELECT 1, uniqState(number), sumState(number), 1000, 1, 'last', 'z' FROM numbers(100, 3);
OPTIMIZE TABLE agg FINAL;
SELECT k, finalizeAggregation(u), finalizeAggregation(t), m, s, l, x FROM agg ORDER BY k;

-- one INSERT with several rows of a key is merged when its part is written
CREATE TABLE simple (k String, total SimpleAggregateFunction(sum, UInt64), first SimpleAggregateFunction(min, DateTime64(3, 'UTC')),
    top SimpleAggregateFunction(max, String)) ENGINE = AggregatingMergeTree ORDER BY k;
INSERT INTO simple VALUES ('a', 1, '2026-01-02 00:00:00', 'x'), ('b', 2, '2026-01-01 00:00:00', 'y'), ('a', 3, '2026-01-01 12:00:00', 'z');
SELECT k, total, first, top FROM simple ORDER BY k;
INSERT INTO simple VALUES ('b', 5, '2025-12-31 00:00:00', 'a');
SELECT k, total, first, top FROM simple FINAL ORDER BY k;
SELECT k, sum(total), min(first) FROM simple GROUP BY k ORDER BY k;

-- states of another function or argument type are refused, as are values that are not states
INSERT INTO agg (k, u) SELECT 1, sumState(number) FROM numbers(3); -- { serverError CANNOT_CONVERT_TYPE }
INSERT INTO agg (k, u) SELECT 1, uniqState(toUInt32(number)) FROM numbers(3); -- { serverError CANNOT_CONVERT_TYPE }
INSERT INTO agg (k, u) SELECT 1, number FROM numbers(3); -- { serverError CANNOT_CONVERT_TYPE }
SELECT count() FROM agg;
CREATE TABLE bad (k UInt8, s SimpleAggregateFunction(uniq, UInt64)) ENGINE = AggregatingMergeTree ORDER BY k; -- { serverError BAD_ARGUMENTS }
CREATE TABLE bad (k UInt8, s SimpleAggregateFunction(sum, UInt32)) ENGINE = AggregatingMergeTree ORDER BY k; -- { serverError BAD_ARGUMENTS }
CREATE TABLE bad (k UInt8, s SimpleAggregateFunction(sum)) ENGINE = AggregatingMergeTree ORDER BY k; -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }

-- Nullable values merged into runs of one row each stay readable after OPTIMIZE (each granule is
-- serialized in one piece)
CREATE TABLE nullable_simple (k UInt8, n SimpleAggregateFunction(any, Nullable(String))) ENGINE = AggregatingMergeTree ORDER BY k;
INSERT INTO nullable_simple VALUES (1, NULL), (2, '3'), (3, NULL);
INSERT INTO nullable_simple VALUES (1, '4'), (2, NULL), (4, 'four');
OPTIMIZE TABLE nullable_simple FINAL;
SELECT k, n, toTypeName(n) FROM nullable_simple ORDER BY k;
