-- QUALIFY filters rows after window functions (which it may call itself), before ORDER BY and LIMIT.
SELECT number AS x FROM numbers(6) QUALIFY row_number() OVER (ORDER BY x) > 3;
SELECT number, number % 2 AS g, rank() OVER (PARTITION BY g ORDER BY number DESC) AS r FROM numbers(7) QUALIFY r <= 2 ORDER BY number;
SELECT number FROM numbers(10) QUALIFY number % 3 = 0 ORDER BY number DESC LIMIT 2;
SELECT number % 3 AS g, count() AS c FROM numbers(10) GROUP BY g QUALIFY sum(c) OVER (ORDER BY g) > 4 ORDER BY g;
SELECT number, sum(number) OVER w AS s FROM numbers(6) WINDOW w AS (ORDER BY number ROWS 1 PRECEDING) QUALIFY s % 2 = 1 ORDER BY number;
SELECT number FROM numbers(5) QUALIFY 0;
SELECT number FROM numbers(5) QUALIFY max(number) OVER () = number;
SELECT number FROM numbers(5) QUALIFY undefined_column > 1; -- { serverError UNKNOWN_IDENTIFIER }
SELECT number FROM numbers(5) QUALIFY; -- { clientError SYNTAX_ERROR }
