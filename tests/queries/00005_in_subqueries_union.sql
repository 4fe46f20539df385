-- IN with lists and subqueries, scalar subqueries, UNION ALL, subqueries in FROM.
SELECT number FROM numbers(10) WHERE number IN (1, 3, 5) ORDER BY number;
SELECT number FROM numbers(10) WHERE number NOT IN (SELECT number * 2 FROM numbers(5)) ORDER BY number;
SELECT 'a' IN ('a', 'b'), 'c' IN ('a', 'b'), 1 IN (1.0, 2);
SELECT (SELECT max(number) FROM numbers(10)) + 1;
SELECT count() FROM (SELECT number FROM numbers(100) WHERE number % 2 = 0);
SELECT x FROM (SELECT 1 AS x UNION ALL SELECT 2 UNION ALL SELECT 3) ORDER BY x;
SELECT (SELECT number FROM numbers(2)); -- { serverError INCORRECT_RESULT_OF_SCALAR_SUBQUERY }
