-- Lambda expressions: `x -> body` and `(x, y) -> body` as the first argument of higher-order
-- functions, named as ClickHouse names them; parameters typed from the arrays' elements; outer
-- columns captured; nested lambdas; lambdas where they are not allowed.
SELECT arrayMap(x -> x + 1, [1, 2]), arrayMap((x, y) -> x + y, [1, 2], [10, 20]);
SELECT arrayMap(x -> x + 1, [1, 2]) FORMAT TSVWithNamesAndTypes;
SELECT arrayMap((x, y) -> concat(x, toString(y)), ['a', 'b'], [1, 2]) AS r, toTypeName(r);
SELECT arrayMap(x -> (x, toTypeName(x)), [1, NULL]), arrayMap(x -> x, emptyArrayString()), arrayMap(x -> [x], [[1]]);
SELECT arrayMap(x -> toTypeName(x), [toLowCardinality('a')]), arrayMap(x -> x.1 + x.2, [(1, 2), (3, 4)]);
-- Outer columns inside the body, constant and not, with aliases and shadowing.
CREATE TABLE t (id UInt64, n Int32, s String, arr Array(Int32), names Array(String)) ENGINE = MergeTree ORDER BY id;
INSERT INTO t VALUES (1, 10, 'a', [1, 2, 3], ['x', 'y', 'z']), (2, -1, 'b', [], []), (3, 5, 'c', [7], ['w']), (4, 0, '', [4, 5], ['u', 'v']);
SELECT id, arrayMap(x -> x + n, arr), arrayMap(x -> concat(s, x), names), arrayFilter(x -> x > n, arr) FROM t ORDER BY id;
SELECT id, arrayMap(x -> x * k, arr) FROM t, (SELECT 2 AS k) AS c ORDER BY id;
SELECT id, n * 2 AS twice, arrayMap(x -> x + twice, arr) FROM t ORDER BY id;
SELECT id, 100 AS x, arrayMap(x -> x + 1, arr), x FROM t ORDER BY id;
SELECT id, arrayMap(n -> n * 10, arr) FROM t ORDER BY id;
SELECT id, arrayMap((x, name) -> concat(name, toString(x + id)), arr, names) FROM t ORDER BY id;
-- Nested lambdas: the inner one reads the outer one's parameter.
SELECT arrayMap(x -> arrayMap(y -> x + y, [10, 20]), [1, 2]), arrayMap(x -> arrayFilter(y -> y > x, [1, 2, 3]), [0, 2]);
SELECT id, arrayMap(x -> arrayMap(y -> y * x + n, arr), arr) FROM t ORDER BY id;
-- Captured aggregates and GROUP BY keys.
SELECT id % 2 AS k, arrayMap(x -> x + sum(n), [1, 2]), arrayMap(x -> x * k, [1, 2]) FROM t GROUP BY k ORDER BY k;
SELECT arrayMap(x -> x + 1, groupArray(n)) FROM (SELECT n FROM t ORDER BY id);
-- The body runs once over all elements of a block, not once per row.
SELECT sum(arraySum(arrayMap(x -> x * 2, arr))), sum(length(arrayFilter(x -> x % 3 = 0, arr))) FROM (SELECT range(number % 100) AS arr FROM numbers(100000));
SELECT count() FROM numbers(100000) WHERE arrayExists(x -> x = number % 7, [1, 3, 5]);
SELECT arrayMap(x -> x + rand() * 0, [1, 2]);
-- Errors as ClickHouse reports them.
SELECT x -> x; -- { serverError BAD_ARGUMENTS }
SELECT plus(x -> x, 1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT arrayMap(x -> x, 1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT arrayMap(x -> x, [1], [2]); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT arrayMap((x, y) -> x, [1]); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT arrayMap((x, y) -> x + y, [1], [2, 3]); -- { serverError SIZES_OF_ARRAYS_DONT_MATCH }
SELECT arrayMap((x, y) -> x + y, arr, [1]) FROM t WHERE id = 1; -- { serverError SIZES_OF_ARRAYS_DONT_MATCH }
SELECT arrayMap(x -> x); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT arrayMap([1]); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT arrayMap(x -> y, [1]); -- { serverError UNKNOWN_IDENTIFIER }
SELECT arrayFilter(x -> 1.5, [1, 2]); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
