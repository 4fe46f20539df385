-- ORDER BY larger than max_memory_usage finishes when max_bytes_before_external_sort lets it
-- write sorted runs to tmp_path, and returns exactly what the in-memory sort returns.
SELECT x, y FROM (SELECT toString(number % 100003) AS x, number AS y FROM numbers(3000000) ORDER BY x DESC, y) LIMIT 3 OFFSET 1234567
    SETTINGS max_bytes_before_external_sort = 10000000, max_memory_usage = 60000000;
SELECT x, y FROM (SELECT toString(number % 100003) AS x, number AS y FROM numbers(3000000) ORDER BY x DESC, y) LIMIT 3 OFFSET 1234567
    SETTINGS max_memory_usage = 60000000; -- { serverError MEMORY_LIMIT_EXCEEDED }
SELECT value > 0 FROM system.events WHERE event = 'ExternalSortWritePart';
SELECT value > 0 FROM system.events WHERE event = 'ExternalSortMerge';
-- Every type makes the round trip through the temporary files, in many small runs.
SELECT cityHash64(toString(groupArray((n, s, a, l, t)))) FROM (
    SELECT if(number % 7 = 0, NULL, number % 1000) AS n, toString(number) AS s, [number, number % 3] AS a,
           toLowCardinality(toString(number % 10)) AS l, (number % 5, 'x') AS t
    FROM numbers(200000) ORDER BY n DESC NULLS FIRST, s)
    SETTINGS max_bytes_before_external_sort = 100000;
SELECT cityHash64(toString(groupArray((n, s, a, l, t)))) FROM (
    SELECT if(number % 7 = 0, NULL, number % 1000) AS n, toString(number) AS s, [number, number % 3] AS a,
           toLowCardinality(toString(number % 10)) AS l, (number % 5, 'x') AS t
    FROM numbers(200000) ORDER BY n DESC NULLS FIRST, s);
-- With a LIMIT and spilling.
SELECT number FROM numbers(500000) ORDER BY number % 1000 DESC, number LIMIT 3 SETTINGS max_bytes_before_external_sort = 50000;
