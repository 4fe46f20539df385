-- Hash aggregation: keys of every shape, aggregate functions, HAVING, -If.
SELECT number % 3 AS k, count(), sum(number), avg(number), min(number), max(number) FROM numbers(100) GROUP BY k ORDER BY k;
SELECT toString(number % 4) AS s, count() AS c FROM numbers(10) GROUP BY s ORDER BY s;
SELECT number % 2 AS a, number % 3 AS b, count() FROM numbers(12) GROUP BY a, b ORDER BY a, b;
SELECT count(), countIf(number > 5), sumIf(number, number % 2 = 0) FROM numbers(10);
SELECT uniq(number % 7), uniqExact(number % 7) FROM numbers(1000);
SELECT argMin(number, toInt64(number) * -1), argMax(toString(number), number) FROM numbers(10);
SELECT number % 5 AS k, count() AS c FROM numbers(50) GROUP BY k HAVING k > 2 ORDER BY k;
SELECT any(number) FROM numbers(1);
SELECT count() FROM numbers(0);
SELECT sum(number) FROM numbers(0);
SELECT number, count() FROM numbers(3); -- { serverError NOT_AN_AGGREGATE }
SELECT count() FROM numbers(3) WHERE count() > 1; -- { serverError ILLEGAL_AGGREGATION }
