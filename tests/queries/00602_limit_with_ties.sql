-- LIMIT n WITH TIES also returns the rows after the n-th that sort equal to it
SELECT number % 3 AS x FROM numbers(10) ORDER BY x LIMIT 2 WITH TIES;
SELECT number % 3 AS x FROM numbers(10) ORDER BY x LIMIT 0 WITH TIES;
SELECT number % 3 AS x FROM numbers(10) ORDER BY x LIMIT 1 OFFSET 3 WITH TIES;
SELECT number % 3 AS x FROM numbers(10) ORDER BY x LIMIT 4 OFFSET 1 WITH TIES;
SELECT number % 3 AS x FROM numbers(10) ORDER BY x DESC LIMIT 1, 2 WITH TIES;
SELECT number % 3 AS x, number % 2 AS y FROM numbers(10) ORDER BY x, y LIMIT 1 WITH TIES;
SELECT DISTINCT number % 3 AS x FROM numbers(10) ORDER BY x LIMIT 1 WITH TIES;
SELECT number % 3 AS x FROM numbers(10) ORDER BY x LIMIT 2 BY x LIMIT 3 WITH TIES;
-- Ties spanning blocks.
SELECT count() FROM (SELECT intDiv(number, 3) AS x FROM numbers(100000) ORDER BY x LIMIT 65536 WITH TIES);
SELECT count(), max(x) FROM (SELECT intDiv(number, 100000) AS x FROM numbers(300000) ORDER BY x LIMIT 1 WITH TIES) SETTINGS max_block_size = 1000;
SELECT number FROM numbers(10) LIMIT 2 WITH TIES; -- { serverError WITH_TIES_WITHOUT_ORDER_BY }
