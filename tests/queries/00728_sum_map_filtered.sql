-- sumMapFiltered(keys)(k, v) and sumMapFilteredWithOverflow(keys)(k, v): sumMap over only the listed keys
-- (key and value arrays or a Tuple of them; not a Map)
SELECT sumMapFiltered([1, 4, 8])(k, v), toTypeName(sumMapFiltered([1, 4, 8])(k, v)) FROM values('k Array(UInt8), v Array(Int64)', ([1, 2, 3], [10, 10, 10]), ([4, 1], [1, 2]));
SELECT hex(sumMapFilteredState([1, 4])(k, v)) FROM values('k Array(UInt8), v Array(Int64)', ([1, 2, 3], [10, 10, 10]), ([4, 1], [1, 2]));
SELECT sumMapFilteredWithOverflow([1, 2])(k, v), toTypeName(sumMapFilteredWithOverflow([1, 2])(k, v)) FROM values('k Array(UInt8), v Array(UInt8)', ([1, 2], [200, 10]), ([1], [100]));
SELECT sumMapFiltered([1, 2])(k, v), toTypeName(sumMapFiltered([1, 2])(k, v)) FROM values('k Array(UInt8), v Array(UInt8)', ([1, 2], [200, 10]), ([1], [100]));
SELECT sumMapFiltered(['a', 'c'])(['a', 'b', 'c', 'a'], [1, 2, 3, 4]);
SELECT sumMapFiltered([])([1], [1]);
SELECT sumMapFiltered(['a'])([1], [1]);
SELECT sumMapFiltered([1])(([1, 2], [2, 3]));
SELECT sumMapFiltered([-1, 300])([toInt16(-1), 300, 5], [1, 2, 3]);
SELECT sumMapFiltered([1.5])([1.5, 2], [1, 2]);
SELECT sumMapFiltered([1, 2])(k, v1, v2) FROM values('k Array(UInt32), v1 Array(Int32), v2 Array(Float64)', ([1, 2, 3], [1, -1, 5], [0.5, 0.25, 1]), ([2], [1], [0.75]));
SELECT sumMapFiltered([1, 2])([number % 3], [number]) FROM numbers(0);
SELECT number % 2 AS k, sumMapFiltered([0, 1, 2])([number % 4], [1]) FROM numbers(20) GROUP BY k ORDER BY k;
SELECT sumMapFilteredIf([1])([1, 2], [number, 1], number > 5), sumMapFilteredMerge([2])(s) FROM (SELECT number, sumMapFilteredState([2])([1, 2], [number, 1]) AS s FROM numbers(10) GROUP BY number) ;
SELECT name, is_aggregate FROM system.functions WHERE name LIKE 'sumMapFiltered%' ORDER BY name;
SELECT sumMapFiltered(1)([1], [1]); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT sumMapFiltered([1], [2])([1], [1]); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT sumMapFiltered([1], [1]); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT sumMapFiltered([1])([1]); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT sumMapFiltered([1])(map(1, 2)); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
