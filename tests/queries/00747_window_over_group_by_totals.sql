-- Window functions over GROUP BY results; WITH TOTALS runs them over the totals row alone.
SELECT number % 2 AS g, sum(number) AS s, row_number() OVER (ORDER BY s DESC) FROM numbers(6) GROUP BY g WITH TOTALS ORDER BY g;
SELECT number % 3 AS g, count() AS c, sum(c) OVER (), c / sum(c) OVER () FROM numbers(10) GROUP BY g WITH TOTALS ORDER BY g;
SELECT number % 3 AS g, count() AS c, lagInFrame(c) OVER (ORDER BY g) FROM numbers(10) GROUP BY g WITH TOTALS ORDER BY g;
SELECT number % 3 AS g, count() AS c, rank() OVER (ORDER BY c) FROM numbers(0) GROUP BY g WITH TOTALS;
SELECT number % 3 AS g, count() AS c, groupArray(c) OVER (ORDER BY g, c ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM numbers(10) GROUP BY g WITH ROLLUP WITH TOTALS ORDER BY g, c;
SELECT number % 4 AS g, sum(number) AS s, sum(s) OVER (PARTITION BY g % 2 ORDER BY g) FROM numbers(12) GROUP BY g HAVING s > 12 ORDER BY g;
