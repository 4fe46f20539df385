-- count(DISTINCT x) and countDistinct run the function count_distinct_implementation names.
SELECT count(DISTINCT number % 3), countDistinct(number % 5) FROM numbers(100);
SELECT count(DISTINCT number), countDistinctIf(number, number > 5) FROM numbers(1000) SETTINGS count_distinct_implementation = 'uniqExact';
SELECT count(DISTINCT number % 7), COUNT(DISTINCT number % 3), countDistinctIf(number % 9, number > 5) FROM numbers(1000) SETTINGS count_distinct_implementation = 'uniq';
SELECT count(DISTINCT number % 3) FROM numbers(100) SETTINGS count_distinct_implementation = 'uniqHLL12';
SELECT toTypeName(count(DISTINCT number)) FROM numbers(10) SETTINGS count_distinct_implementation = 'uniqCombined';
SELECT number % 2 AS k, count(DISTINCT number) FROM numbers(10) GROUP BY k ORDER BY k SETTINGS count_distinct_implementation = 'uniqCombined64';
SELECT count(DISTINCT number % 3) OVER () FROM numbers(2) SETTINGS count_distinct_implementation = 'uniq';
-- The name is checked where it is used, as the setting is a plain string.
SELECT 1 SETTINGS count_distinct_implementation = 'uniqMagic';
SELECT count(DISTINCT number) FROM numbers(3) SETTINGS count_distinct_implementation = 'uniqMagic'; -- { serverError UNKNOWN_AGGREGATE_FUNCTION }
SELECT count(DISTINCT number) OVER () FROM numbers(3) SETTINGS count_distinct_implementation = 'uniqMagic'; -- { serverError UNKNOWN_AGGREGATE_FUNCTION }
