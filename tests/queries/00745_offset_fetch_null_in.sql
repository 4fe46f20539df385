-- OFFSET n ROWS FETCH FIRST|NEXT m ROW|ROWS ONLY|WITH TIES is LIMIT m OFFSET n, and needs ORDER BY.
SELECT number FROM numbers(10) ORDER BY number OFFSET 2 ROWS FETCH FIRST 3 ROWS ONLY;
SELECT number FROM numbers(10) ORDER BY number DESC OFFSET 2 ROW FETCH NEXT 1 ROW ONLY;
SELECT number FROM numbers(10) ORDER BY number % 3, number OFFSET 1 ROWS FETCH FIRST 2 ROWS WITH TIES;
SELECT number FROM numbers(10) ORDER BY number % 3 OFFSET 2 ROWS FETCH FIRST 2 ROWS WITH TIES;
SELECT number FROM numbers(10) OFFSET 2 ROWS FETCH FIRST 3 ROWS ONLY; -- { clientError OFFSET_FETCH_WITHOUT_ORDER_BY }
SELECT number FROM numbers(10) ORDER BY number OFFSET 2 FETCH FIRST 3 ROWS ONLY; -- { clientError SYNTAX_ERROR }
SELECT number FROM numbers(10) ORDER BY number OFFSET 8 ROWS FETCH FIRST ROWS ONLY; -- { clientError SYNTAX_ERROR }
SELECT number FROM numbers(10) ORDER BY number OFFSET 8 ROWS FETCH FIRST 1 ROWS; -- { clientError SYNTAX_ERROR }

-- NULL in comparisons, IN (with transform_null_in), aggregates and ORDER BY NULLS FIRST/LAST.
SELECT NULL = NULL, NULL != 1, NULL < 1, 1 = NULL, isNull(NULL = 1);
SELECT NULL AND 0, NULL AND 1, NULL OR 1, NULL OR 0, NOT NULL, xor(NULL, 1);
SELECT x, x IN (1, NULL), x NOT IN (1, NULL) FROM values('x Nullable(Int32)', 1, 2, NULL);
SELECT x, x IN (1, NULL), x NOT IN (1, NULL) FROM values('x Nullable(Int32)', 1, 2, NULL) SETTINGS transform_null_in = 1;
SELECT x, x IN (SELECT arrayJoin([1, NULL])) FROM values('x Nullable(Int32)', 1, 2, NULL) SETTINGS transform_null_in = 1;
SELECT (x, y) IN ((1, 'a'), (2, 'b')) FROM values('x Int32, y String', (1, 'a'), (1, 'b'), (2, 'b'));
SELECT (x, y) IN (SELECT number, toString(number) FROM numbers(3)) FROM values('x Nullable(Int32), y String', (1, '1'), (NULL, '1'), (2, 'b'));
SELECT (1, NULL) IN ((1, NULL), (3, 4)), (1, NULL) IN ((1, NULL), (3, 4)) SETTINGS transform_null_in = 1;
SELECT sum(x), avg(x), count(x), count(), min(x), max(x), groupArray(x), uniq(x) FROM values('x Nullable(Int32)', 1, NULL, 3);
SELECT sum(x), avg(x), count(x), min(x), max(x) FROM values('x Nullable(Int32)', NULL, NULL);
SELECT x FROM values('x Nullable(Float64)', 3, NULL, nan, 1, -inf) ORDER BY x;
SELECT x FROM values('x Nullable(Float64)', 3, NULL, nan, 1, -inf) ORDER BY x DESC NULLS FIRST;
SELECT x, y FROM values('x Nullable(Int32), y Int32', (NULL, 1), (1, 2), (NULL, 0)) ORDER BY x NULLS FIRST, y DESC;
