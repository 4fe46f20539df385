-- DISTINCT ON (keys) is LIMIT 1 BY keys; OFFSET without LIMIT skips rows; LIMIT BY with offsets.
SELECT DISTINCT ON (a) a, b FROM values('a Int32, b Int32', (1, 1), (1, 2), (2, 3)) ORDER BY a, b;
SELECT DISTINCT ON (a) a, b FROM values('a Int32, b Int32', (1, 1), (1, 2), (2, 3)) ORDER BY a DESC, b DESC;
SELECT DISTINCT ON (a + 1, b > 1) * FROM values('a Int32, b Int32', (1, 1), (1, 2), (1, 3), (2, 3)) ORDER BY a, b DESC;
SELECT DISTINCT ON (a) a, b FROM values('a Int32, b Int32', (1, 1), (1, 2), (2, 3)) ORDER BY a, b LIMIT 1 OFFSET 1;
SELECT number FROM numbers(10) OFFSET 7;
SELECT number FROM numbers(10) ORDER BY number DESC OFFSET 8 ROWS;
SELECT number FROM numbers(10) ORDER BY number LIMIT 3 OFFSET 8;
SELECT number FROM numbers(10) ORDER BY number LIMIT 3 OFFSET 20;
SELECT number % 3 AS a, number FROM numbers(12) ORDER BY a, number LIMIT 1, 2 BY a;
SELECT number % 3 AS a, number FROM numbers(12) ORDER BY a, number LIMIT 2 OFFSET 1 BY a LIMIT 3 OFFSET 2;
SELECT number % 3 AS a, number FROM numbers(12) ORDER BY a, number LIMIT 10 OFFSET 3 BY a;
SELECT DISTINCT ON (a) a, b FROM values('a Int32, b Int32', (1, 1)) LIMIT 1 BY b; -- { clientError SYNTAX_ERROR }
SELECT DISTINCT ON a, b FROM values('a Int32, b Int32', (1, 1)); -- { clientError SYNTAX_ERROR }
SELECT DISTINCT ON () a FROM (SELECT 1 AS a); -- { clientError SYNTAX_ERROR }
-- As ClickHouse prints them: LIMIT BY lists one key per line when there are several.
EXPLAIN SYNTAX SELECT number FROM numbers(3) LIMIT 1, 2 BY number, number LIMIT 3;
EXPLAIN SYNTAX SELECT DISTINCT ON (number) number FROM numbers(3);
