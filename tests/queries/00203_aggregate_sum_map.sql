-- sumMap, minMap, maxMap, sumMapWithOverflow over key and value arrays, a Tuple of them or a
-- Map; and the -Map combinator over any function (avgMap, uniqMap...). Keys come out sorted;
-- sumMap drops keys whose sums are all zero and sums as sum does (UInt8 into UInt64).
CREATE TABLE map_src (n UInt64, k Array(UInt8), v Array(Int32), w Array(Float64), s Array(String), m Map(String, UInt8)) ENGINE = Memory;
INSERT INTO map_src SELECT number, [number % 3, 5], [toInt32(number) - 2, 1], [number / 4, 0.5], [toString(number % 2), 'z'], map(toString(number % 2), toUInt8(number * 60), 'c', 1) FROM numbers(6);

SELECT sumMap(k, v), minMap(k, v), maxMap(k, v) FROM map_src;
SELECT sumMap((k, v)), minMap((k, v)), maxMap((s, v)) FROM map_src;
SELECT sumMap(k, v, w), toTypeName(sumMap(k, v, w)), toTypeName(minMap(k, v)) FROM map_src;
SELECT sumMap(m), minMap(m), maxMap(m), toTypeName(sumMap(m)), toTypeName(maxMap(m)) FROM map_src;
SELECT sumMap(s, v), sumMapWithOverflow(k, arrayMap(x -> toUInt8(x * 100), k)) FROM map_src;
-- Sums of zero are left out by sumMap, kept by minMap and maxMap.
SELECT sumMap(k, v) FROM (SELECT [1, 2] AS k, CAST([1, -1], 'Array(Int32)') AS v UNION ALL SELECT [2, 3], CAST([1, 0], 'Array(Int32)'));
SELECT minMap(k, v), maxMap(k, v) FROM (SELECT [1, 2] AS k, CAST([0, -1], 'Array(Int32)') AS v UNION ALL SELECT [2, 3], CAST([1, 0], 'Array(Int32)'));
SELECT n % 2 AS g, sumMap(k, v), maxMap(m) FROM map_src GROUP BY g ORDER BY g;
SELECT sumMap(k, v), sumMap(m) FROM map_src WHERE n > 100;
SELECT sumMapIf(k, v, n > 3), sumMapOrNull(k, v) FROM map_src;
SELECT sumMap([1, 2], [1]); -- { serverError BAD_ARGUMENTS }
SELECT sumMap(['a'], ['b']); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT sumMapWithOverflow(m) FROM map_src; -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT sumMap(n) FROM map_src; -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }

-- The -Map combinator: each key of the Map argument aggregated on its own.
SELECT avgMap(m), countMap(m), uniqMap(m), maxMap(m), groupArrayMap(m) FROM map_src WHERE n < 4;
SELECT n % 3 AS g, avgMap(m), sumMapIf(m, n > 1) FROM map_src GROUP BY g ORDER BY g;
SELECT avgMap(m) FROM map_src WHERE n > 100;
SELECT avgMap(n) FROM map_src; -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
