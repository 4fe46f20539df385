-- EXISTS (subquery) is a constant 0/1; a scalar subquery of several columns is a named tuple
SELECT exists(SELECT 1), EXISTS (SELECT 1 WHERE 0), toTypeName(exists(SELECT 1));
SELECT NOT EXISTS (SELECT number FROM numbers(10) WHERE number > 5), NOT EXISTS (SELECT number FROM numbers(10) WHERE number > 50);
SELECT number FROM numbers(3) WHERE exists(SELECT 1 WHERE 0);
SELECT number FROM numbers(3) WHERE EXISTS (SELECT number FROM numbers(2)) ORDER BY number;
SELECT (SELECT 1 AS a, 'x' AS b), toTypeName((SELECT 1 AS a, 'x' AS b));
SELECT (SELECT number, toString(number) FROM numbers(5) ORDER BY number DESC LIMIT 1).1;
SELECT (SELECT number FROM numbers(2)); -- { serverError INCORRECT_RESULT_OF_SCALAR_SUBQUERY }
SELECT (SELECT 1 AS a, 'x' AS b WHERE 0); -- { serverError INCORRECT_RESULT_OF_SCALAR_SUBQUERY }
