-- WITH TOTALS and HAVING: under the default totals_mode ('after_having_exclusive') the totals
-- are of the groups HAVING keeps, merged from their states; 'before_having' keeps all groups.
SELECT number FROM numbers(5) GROUP BY number WITH TOTALS HAVING number > 2 ORDER BY number;
SELECT number % 3 AS k, count() AS c, sum(number) AS s, uniqExact(number) AS u, avg(number) AS a
    FROM numbers(100) GROUP BY k WITH TOTALS HAVING c > 33 ORDER BY k;
SELECT number % 3 AS k, count() AS c, sum(number) AS s FROM numbers(100) GROUP BY k WITH TOTALS HAVING c > 33 ORDER BY k
    SETTINGS totals_mode = 'before_having';
SELECT number % 3 AS k, count() AS c FROM numbers(100) GROUP BY k WITH TOTALS HAVING c > 33 ORDER BY k
    SETTINGS totals_mode = 'after_having_inclusive';
SELECT number % 10 AS k, groupArray(number) AS g FROM numbers(30) GROUP BY k WITH TOTALS HAVING k IN (1, 7) ORDER BY k;
-- No group passes: the totals are of nothing.
SELECT number % 3 AS k, count() AS c, sum(number) AS s FROM numbers(100) GROUP BY k WITH TOTALS HAVING c > 1000 ORDER BY k;
-- Many groups, spilled to disk on the way.
SELECT count(), sum(c) FROM (SELECT number % 500000 AS k, count() AS c FROM numbers(2000000) GROUP BY k WITH TOTALS HAVING k % 2 = 0)
    SETTINGS max_bytes_before_external_group_by = 1;
SELECT number % 500000 AS k, count() AS c FROM numbers(2000000) GROUP BY k WITH TOTALS HAVING k % 2 = 0 ORDER BY k LIMIT 2
    SETTINGS max_bytes_before_external_group_by = 1;
