-- Higher-order array functions with numeric results: arraySum, arrayAvg, arrayProduct,
-- arrayMin, arrayMax (one value per array), arrayCumSum, arrayCumSumNonNegative,
-- arrayDifference (one per element), and arraySort / arrayReverseSort with and without a lambda.
SELECT arraySum([1, 2, 3]), arraySum([1.5, 2]), arraySum([toDecimal32(1.5, 2), toDecimal32(2, 2)]), arraySum([-1, 2]), arraySum(x -> x * 2, [1, 2]), arraySum([toUInt8(200), 100]), arraySum(emptyArrayUInt8());
SELECT toTypeName(arraySum([1])), toTypeName(arraySum([-1])), toTypeName(arraySum([toFloat32(1)])), toTypeName(arraySum([toDecimal64(1, 3)])), toTypeName(arraySum([toInt128(1)])), toTypeName(arraySum(x -> x > 1, [1]));
SELECT arraySum([toInt64(9223372036854775807), 1]), arraySum([18446744073709551615, 1]), arraySum([toInt128(1), -3]);
SELECT arrayAvg([1, 2]), arrayAvg([toDecimal32(1.5, 2), toDecimal32(2, 2)]), arrayAvg(emptyArrayUInt8()), arrayAvg(x -> x, [1, 2, 3]), arrayAvg([toFloat32(0.5), 1]), toTypeName(arrayAvg([1]));
SELECT arrayProduct([2, 3]), arrayProduct([toDecimal32(1.5, 2), toDecimal32(2, 2)]), arrayProduct(emptyArrayUInt8()), arrayProduct(x -> x + 1, [1, 2]), toTypeName(arrayProduct([1]));
SELECT arrayMin([3, 1, 2]), arrayMax([3, 1, 2]), arrayMin(emptyArrayUInt8()), arrayMax(['a', 'b']), arrayMin(emptyArrayString()), arrayMin(x -> -x, [1, 2]), arrayMax(x -> x * 1.5, [1, 2]);
SELECT arrayMin([1, NULL]), arrayMax([NULL, 2]), arrayMin(CAST([], 'Array(Nullable(UInt8))')), arrayMin([NULL, NULL]), arrayMin([nan, 1]), arrayMax([1, nan]), arrayMin([toDecimal32(1.5, 2), toDecimal32(1, 2)]);
SELECT arrayMin([toDateTime('2020-01-01 00:00:00', 'UTC'), toDateTime('2019-01-01 00:00:00', 'UTC')]), arrayMax([[1], [2, 0]]), arrayMax([(1, 'b'), (1, 'c')]), arrayMin(x -> toNullable(x), [2, 1]);
SELECT arrayCumSum([1, 2, 3]), arrayCumSum([1.5, 2]), arrayCumSum([-1, 2]), arrayCumSumNonNegative([1, -3, 2]), arrayCumSumNonNegative([1.5, -3]), arrayCumSum(x -> x * 2, [1, 2]), arrayCumSum([toDecimal32(1.5, 2)]), arrayCumSum(emptyArrayUInt8());
SELECT toTypeName(arrayCumSum([1])), toTypeName(arrayCumSum([toFloat32(1)])), toTypeName(arrayCumSumNonNegative([toDecimal32(1, 1), toDecimal32(-3, 1)])), arrayCumSumNonNegative([toDecimal32(1, 1), toDecimal32(-3, 1)]);
SELECT arrayDifference([1, 4, 9]), arrayDifference([1.5, 1]), arrayDifference([toUInt8(1), 0]), arrayDifference(emptyArrayUInt8()), arrayDifference([toDecimal32(1.5, 2), toDecimal32(1, 2)]), arrayDifference([toUInt64(1), 0]);
SELECT toTypeName(arrayDifference([toUInt8(1)])), toTypeName(arrayDifference([toUInt16(1)])), toTypeName(arrayDifference([toInt32(1)])), toTypeName(arrayDifference([toFloat32(1)])), toTypeName(arrayDifference([toUInt64(1)]));
SELECT arrayCumSum((x, y) -> x + y, [1, 2], [3, 4]), arrayDifference((x, y) -> x * y, [1, 2], [3, 4]), arraySum((x, y) -> x * y, [1, 2], [3, 4]);
SELECT arraySort([3, 1, 2]), arraySort(x -> -x, [3, 1, 2]), arraySort((x, y) -> y, ['a', 'b', 'c'], [3, 1, 2]), arrayReverseSort([1, NULL, 3, nan]), arraySort([1, NULL, 3, nan]), arrayReverseSort(x -> x, [1, 3, 2]), arraySort(['b', 'a', 'c']);
SELECT arraySort(x -> NULL, [3, 1]), arrayReverseSort((x, y) -> y, [1, 2], [NULL, 5]), arraySort(x -> x.2, [(1, 'b'), (2, 'a')]), arraySort([[2], [1, 2], [1]]), arraySort(emptyArrayString());
SELECT arraySort([nan, 2, nan, 1]), arrayReverseSort([nan, 2, nan, 1]), arrayReverseSort([toDate('2020-01-01'), toDate('2021-01-01')]), arraySort(x -> x, [toDecimal32(2, 1), toDecimal32(-1, 1)]);
-- Columns with different sizes per row, and large arrays.
CREATE TABLE f (id UInt64, a Array(Int32), d Array(Decimal64(2))) ENGINE = MergeTree ORDER BY id;
INSERT INTO f VALUES (1, [5, -2, 7], [1.25, 2.5]), (2, [], []), (3, [0], [-0.75]), (4, [3, 3, 1, 2], [0.01, 0.02, 0.03]);
SELECT id, arraySum(a), arrayAvg(a), arrayMin(a), arrayMax(a), arrayCumSum(a), arrayCumSumNonNegative(a), arrayDifference(a), arraySort(a), arrayReverseSort(a) FROM f ORDER BY id;
SELECT id, arraySum(d), arrayAvg(d), arrayMin(d), arrayCumSum(d), arrayDifference(d), arraySort(x -> -x, d), arraySum(x -> x * id, a) FROM f ORDER BY id;
SELECT arraySum(range(1000000)), arrayMax(range(1000000)), arrayAvg(range(1000001)), arraySum(arrayCumSum(range(1000))), arraySum(arrayDifference(arraySort(x -> -x, range(100000))));
SELECT sum(arraySort(x -> -x, arr)[1]), sum(arrayReverseSort(arr)[2]) FROM (SELECT arrayMap(x -> (x * 7919) % 1000, range(number % 100)) AS arr FROM numbers(30000));
-- Errors.
SELECT arraySum(['a']); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT arraySum([1, NULL, 3]); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT arraySum([toDate('2020-01-01')]); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT arraySum([]); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT arraySum(); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT arraySum([1], [2]); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT arraySum(x -> x, 1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT arrayCumSum(['a']); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT arrayCumSum([1, NULL]); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT arrayDifference([1, NULL]); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT arrayDifference([1, 2], [3, 4]); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT arraySort(x -> x, 'a'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
