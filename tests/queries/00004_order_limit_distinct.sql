-- ORDER BY with directions and NULLS placement, LIMIT BY, DISTINCT, positional arguments.
SELECT number FROM numbers(10) ORDER BY number DESC LIMIT 3;
SELECT number % 3 AS a, number FROM numbers(9) ORDER BY a ASC, number DESC;
SELECT x FROM (SELECT 3 AS x UNION ALL SELECT 1 UNION ALL SELECT 2) ORDER BY x;
SELECT DISTINCT number % 4 FROM numbers(20) ORDER BY 1;
SELECT number % 3 AS k, number FROM numbers(12) ORDER BY k, number LIMIT 2 BY k;
SELECT number FROM numbers(100) LIMIT 5, 3;
SELECT toNullable(number) AS n FROM numbers(3) ORDER BY n DESC NULLS FIRST;
SELECT if(number = 1, NULL, number) AS n FROM numbers(4) ORDER BY n NULLS FIRST;
SELECT if(number = 1, NULL, number) AS n FROM numbers(4) ORDER BY n;
