-- max_memory_usage: a query whose GROUP BY or aggregate states need more fails with
-- MEMORY_LIMIT_EXCEEDED instead of taking the server's memory; the same query passes
-- without the limit, and small queries pass under it.
SELECT count() FROM (SELECT number % 2000000 AS k, count() FROM numbers(4000000) GROUP BY k) SETTINGS max_memory_usage = 20000000; -- { serverError MEMORY_LIMIT_EXCEEDED }
SELECT length(groupArray(toString(number))) FROM numbers(3000000) SETTINGS max_memory_usage = 20000000; -- { serverError MEMORY_LIMIT_EXCEEDED }
SELECT count() FROM (SELECT number % 2000000 AS k, count() FROM numbers(4000000) GROUP BY k);
SELECT count(), sum(number) FROM numbers(1000000) SETTINGS max_memory_usage = 20000000;
SELECT number % 10 AS k, count() FROM numbers(100000) GROUP BY k ORDER BY k LIMIT 3 SETTINGS max_memory_usage = 20000000;
