-- GROUP BY larger than max_memory_usage finishes when max_bytes_before_external_group_by lets
-- it write its states to tmp_path by buckets, and returns exactly what the in-memory one does.
SELECT count(), sum(c), sum(u), sum(length(g)), sum(cityHash64(k)) FROM (
    SELECT toString(number % 1000000) AS k, count() AS c, uniqExact(number) AS u, groupArray(number) AS g FROM numbers(3000000) GROUP BY k)
    SETTINGS max_bytes_before_external_group_by = 50000000, max_memory_usage = 200000000;
SELECT count(), sum(c), sum(u), sum(length(g)), sum(cityHash64(k)) FROM (
    SELECT toString(number % 1000000) AS k, count() AS c, uniqExact(number) AS u, groupArray(number) AS g FROM numbers(3000000) GROUP BY k)
    SETTINGS max_memory_usage = 200000000; -- { serverError MEMORY_LIMIT_EXCEEDED }
SELECT value > 0 FROM system.events WHERE event = 'ExternalAggregationWritePart';
SELECT value > 0 FROM system.events WHERE event = 'ExternalAggregationMerge';
-- Keys of several columns and states of many kinds make the round trip, spilled many times.
SELECT cityHash64(toString(groupArray((n, s, c, sm, a, mx, q, u)))) FROM (
    SELECT if(number % 7 = 0, NULL, number % 3000) AS n, toString(number % 11) AS s, count() AS c, sum(number) AS sm,
           avg(number) AS a, argMax(toString(number), number) AS mx, quantileExact(number) AS q, uniq(number) AS u
    FROM numbers(300000) GROUP BY n, s ORDER BY n, s)
    SETTINGS max_bytes_before_external_group_by = 1;
SELECT cityHash64(toString(groupArray((n, s, c, sm, a, mx, q, u)))) FROM (
    SELECT if(number % 7 = 0, NULL, number % 3000) AS n, toString(number % 11) AS s, count() AS c, sum(number) AS sm,
           avg(number) AS a, argMax(toString(number), number) AS mx, quantileExact(number) AS q, uniq(number) AS u
    FROM numbers(300000) GROUP BY n, s ORDER BY n, s);
SELECT k, count(), sum(number) FROM numbers(100000) GROUP BY number % 5 AS k WITH ROLLUP ORDER BY k, count()
    SETTINGS max_bytes_before_external_group_by = 1;
SELECT number % 100000 AS k, count() FROM numbers(1000000) GROUP BY k ORDER BY k DESC LIMIT 2
    SETTINGS max_bytes_before_external_group_by = 1;
