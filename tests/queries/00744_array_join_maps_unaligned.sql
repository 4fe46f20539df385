-- ARRAY JOIN and LEFT ARRAY JOIN of several arrays, of a Map (its (keys, values) tuples), of a
-- qualified column (which it replaces under its own name), and of arrays of different sizes
-- under enable_unaligned_array_join.
SELECT a, b, x, y FROM (SELECT [1, 2] AS a, ['x', 'y'] AS b) ARRAY JOIN a AS x, b AS y;
SELECT a, num FROM (SELECT [10, 20] AS a) ARRAY JOIN a, arrayEnumerate(a) AS num;
SELECT number, a FROM numbers(3) LEFT ARRAY JOIN range(number) AS a;
SELECT a FROM (SELECT [1, 2] AS a) AS t ARRAY JOIN t.a;
SELECT t.a, b FROM (SELECT [1, 2] AS a, 5 AS b) AS t ARRAY JOIN t.a;
SELECT a, x FROM (SELECT [1, 2] AS a) AS t ARRAY JOIN t.a AS x;
SELECT m FROM (SELECT map('a', 1, 'b', 2) AS m) ARRAY JOIN m;
SELECT kv, kv.1, kv.2, kv.keys, kv.values FROM (SELECT map('a', 1, 'b', 2) AS m) ARRAY JOIN m AS kv;
SELECT m, kv FROM (SELECT map() :: Map(String, UInt8) AS m) LEFT ARRAY JOIN m AS kv;
SELECT kv, n FROM (SELECT map('a', 1, 'b', 2) AS m, [10, 20] AS arr) ARRAY JOIN m AS kv, arr AS n;
SELECT k, v FROM (SELECT map('a', 1, 'b', 2) AS m) ARRAY JOIN mapKeys(m) AS k, mapValues(m) AS v;
SELECT a, b FROM (SELECT [1, 2] AS a, [3] AS b) ARRAY JOIN a, b SETTINGS enable_unaligned_array_join = 1;
SELECT a, b FROM (SELECT [1, 2] AS a, ['x', 'y', 'z'] AS b UNION ALL SELECT [], []) LEFT ARRAY JOIN a, b ORDER BY b SETTINGS enable_unaligned_array_join = 1;
SELECT a, b FROM (SELECT CAST([], 'Array(Nullable(Int32))') AS a, [5] AS b) LEFT ARRAY JOIN a, b SETTINGS enable_unaligned_array_join = 1;
SELECT a, b FROM (SELECT [1, 2] AS a, [3] AS b) ARRAY JOIN a, b; -- { serverError SIZES_OF_ARRAYS_DONT_MATCH }
SELECT x FROM (SELECT 1 AS x) ARRAY JOIN x; -- { serverError TYPE_MISMATCH }
SELECT x FROM (SELECT [1] AS a) ARRAY JOIN b AS x; -- { serverError UNKNOWN_IDENTIFIER }
