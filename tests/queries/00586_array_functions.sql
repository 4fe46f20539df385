-- Array functions against ClickHouse: arrayCompact, arrayEnumerateDense, arrayFirstOrNull /
-- arrayLastOrNull, hasSubstr, arrayWithConstant, and the older ones on empty arrays, NULLs and
-- mixed element types.
SELECT arrayCompact([1,1,2,2,1,NULL,NULL]), arrayCompact([]), arrayCompact([1.0, 1.0, nan, nan]), arrayCompact(['a','a','b']), arrayCompact([[1],[1],[2]]);
SELECT arrayCompact(materialize([1, 1, 2])), arrayCompact(range(number % 3)) FROM numbers(3);
SELECT arrayCompact(1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT arrayEnumerateUniq([1,2,1,1,2]), arrayEnumerateUniq([1,1,2], [1,1,1]), arrayEnumerateDense([10,20,10,30]), arrayEnumerateDense([]), arrayEnumerateDense([NULL, 1, NULL]), arrayEnumerateDense(['b','a','b']);
SELECT arrayEnumerateDense([1, 1, 2], [1, 2, 1]), arrayEnumerateDense(materialize([3, 3, 1])), toTypeName(arrayEnumerateDense([1]));
SELECT arrayFirstOrNull(x -> x > 5, [1]), arrayLastOrNull(x -> x > 0, [1,2]), toTypeName(arrayFirstOrNull(x -> x > 5, [1])), arrayFirstOrNull(x -> x > 1, [NULL, 2]), toTypeName(arrayFirstOrNull(x -> 1, [NULL, 2])), arrayFirstOrNull(x -> x = 'b', ['a', 'b']);
SELECT arrayFirstOrNull(x -> x > number, [1, 2]), arrayLastOrNull(x -> x > number, [1, 2]) FROM numbers(3);
SELECT arrayFirstOrNull(x -> 1, []), arrayLastOrNull(x -> x, [[1]]); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT hasSubstr([1,2,3], [2,3]), hasSubstr([1,2,3], [3,2]), hasSubstr([1,2,3], []), hasSubstr([], []), hasSubstr([], [1]), hasSubstr([1, NULL, 2], [NULL, 2]), hasSubstr([1,2], [1.0, 2.0]), hasSubstr(['a','b'], ['b']);
SELECT hasSubstr([[1,2],[3]], [[3]]), hasSubstr(materialize([1,2,1,2,3]), [1,2,3]), hasSubstr([1, 2], [1, 2, 3]);
SELECT hasSubstr([1], ['a']); -- { serverError NO_COMMON_TYPE }
SELECT hasSubstr(1, [1]); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT arrayWithConstant(3, 'x'), arrayWithConstant(0, 1), arrayWithConstant(2, NULL), arrayWithConstant(2, [1]), toTypeName(arrayWithConstant(2, NULL)), arrayWithConstant(number, number) FROM numbers(3);
SELECT arrayWithConstant(-1, 'x'); -- { serverError TOO_LARGE_ARRAY_SIZE }
SELECT arrayWithConstant(1.5, 'x');
SELECT arrayWithConstant(1000000001, 1); -- { serverError TOO_LARGE_ARRAY_SIZE }
SELECT arrayFold((acc, x) -> acc + x, [1,2,3], toUInt64(0)), arrayFold((acc, x, y) -> acc + x * y, [1,2], [3,4], 0), toTypeName(arrayFold((acc, x) -> acc + x, [1,2,3], toUInt64(0))); -- { serverError TYPE_MISMATCH }
SELECT arrayFold((acc, x) -> arrayPushBack(acc, x), [1,2], emptyArrayUInt8()), arrayFold((acc, x) -> acc + x, emptyArrayUInt8(), 5); -- { serverError TYPE_MISMATCH }
SELECT arrayFold((acc, x) -> acc + x, [1,2,3], 0); -- { serverError TYPE_MISMATCH }
SELECT arrayFill(x -> x > 0, [1,0,2,0]), arrayReverseFill(x -> x > 0, [0,1,0,2,0]), arrayFill(x -> 0, []), arrayFill((x, y) -> y, [1,2,3], [1,0,0]);
SELECT arrayCumSum([1,2,3]), arrayCumSum([1.5, 2]), arrayCumSum([-1, 2]), toTypeName(arrayCumSum([toUInt8(1)])), arrayCumSumNonNegative([1,-3,2]), toTypeName(arrayCumSumNonNegative([toInt8(1)]));
SELECT arrayCumSum(x -> x * 2, [1,2]), arrayCumSum([toDecimal32(1.5, 2)]), toTypeName(arrayCumSum([toDecimal32(1.5, 2)]));
SELECT arraySplit((x, y) -> y, [1,2,3,4], [1,0,1,0]), arrayReverseSplit((x, y) -> y, [1,2,3,4], [1,0,1,0]), arraySplit(x -> 1, []), arraySplit(x -> 0, [1,2]);
SELECT arrayDifference([1,3,6]), arrayDifference([toUInt8(5), 1]), toTypeName(arrayDifference([toUInt8(5), 1])), arrayDifference([1.5, 1]), arrayDifference([]), toTypeName(arrayDifference([toInt64(1)])); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT arrayCompact([1,1,2,2,1,NULL,NULL]), arrayCompact([]), arrayCompact([1.0, 1.0, nan, nan]);
SELECT arrayPopBack([1,2]), arrayPopFront([1,2]), arrayPopBack([]), arrayPushBack([1], 2.5), arrayPushFront([1], NULL), toTypeName(arrayPushBack([1], 2.5)), arrayPushBack([1], 'a'); -- { serverError NO_COMMON_TYPE }
SELECT arrayResize([1,2,3], 1), arrayResize([1], 3), arrayResize([1], 3, 9), arrayResize([1,2,3], -1), arrayResize(['a'], 2), arrayResize([1], 0);
SELECT arrayUniq([1,2,1]), arrayUniq([1,2],[1,3]), arrayUniq([]), arrayUniq([NULL, 1, NULL]);
SELECT arrayReduce('sum', [1,2,3]), arrayReduce('quantile(0.5)', [1,2,3,4]), arrayReduce('groupArray', [1,2]), arrayReduce('uniqExact', [1,1,2]), arrayReduce('argMax', [1,2], [3,1]), arrayReduce('topK(1)', [1,1,2]);
SELECT arrayMin([1,2]), arrayMax([1.5, 2]), arrayAvg([1,2]), arrayProduct([2,3]), arraySum([1,2]), toTypeName(arrayProduct([2,3])), toTypeName(arrayAvg([1,2])), toTypeName(arraySum([toUInt8(1)]));
SELECT arrayMin([]), arrayMax(emptyArrayString()), arrayAvg([]), arraySum([]), arrayProduct([]); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT arrayMin(x -> -x, [1,2]), arrayMax([NULL, 1]), arraySum([NULL, 1]), arrayAvg([NULL, 2]), toTypeName(arraySum([NULL, 1])), arrayMin(['b','a']); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT range(5), range(1, 5), range(5, 1, -1), range(0, 10, 3), range(-3, 3), range(1, 1), toTypeName(range(toUInt8(3))), toTypeName(range(-3, 3));
SELECT range(1, 5, 0); -- { serverError ARGUMENT_OUT_OF_BOUND }
SELECT range(-1); -- { serverError ARGUMENT_OUT_OF_BOUND }
SELECT [1, 'a']; -- { serverError NO_COMMON_TYPE }
SELECT arrayConcat([1], [2.5]), arrayConcat([1], ['a']); -- { serverError NO_COMMON_TYPE }
SELECT arrayMap(x -> x * 2, [1,2]), arrayFilter(x -> x > 1, [1,2,3]), arrayExists(x -> x > 2, [1,2]), arrayAll(x -> x > 0, []), arrayCount([0,1,2]), arrayCount(x -> x > 1, [1,2,3]), arrayFirst(x -> x > 5, [1]), arrayLast(x -> x > 0, [1,2]), arrayFirstIndex(x -> x = 2, [1,2]), arrayLastIndex(x -> x = 9, [1]);
SELECT arrayFirstOrNull(x -> x > 5, [1]), arrayLastOrNull(x -> x > 0, [1,2]), toTypeName(arrayFirstOrNull(x -> x > 5, [1]));
SELECT arraySort([3,1,2]), arraySort(x -> -x, [3,1,2]), arrayReverseSort([1,NULL,2]), arraySort([NULL, 2, 1]), arraySort((x, y) -> y, ['a','b'], [2,1]), arraySort([nan, 1, -inf]);
SELECT has([1,2], 1), has([1,NULL], NULL), hasAll([1,2], [1]), hasAny([1], []), hasSubstr([1,2,3], [2,3]), indexOf([1,2,NULL], NULL), indexOf([1,2], 3), countEqual([1,1,NULL], NULL);
SELECT has([1,2], 'a'); -- { serverError NO_COMMON_TYPE }
SELECT arrayElement([1,2], 3), [1,2][-1], [1,2][0], ['a'][2], [[1]][2], arrayElement([NULL, 1], 1), toTypeName([1,2][1]);
SELECT arraySlice([1,2,3,4], 2), arraySlice([1,2,3,4], -2, 1), arraySlice([1,2,3], 0), arraySlice([1,2,3], 2, -1), arraySlice([1,2,3], 5);
SELECT arrayReverse([1,2]), arrayDistinct([1,1,NULL,NULL,2]), arrayFlatten([[1],[2,3]]), arrayZip([1,2],['a','b']), arrayJoin([1,2]);
SELECT arrayZip([1], [1,2]); -- { serverError SIZES_OF_ARRAYS_DONT_MATCH }
SELECT arrayStringConcat([1,2], '-'), arrayStringConcat(['a', NULL, 'b']), arrayStringConcat([]);
SELECT arrayWithConstant(3, 'x'), arrayWithConstant(0, 1), emptyArrayUInt8(), empty([]), notEmpty([1]), length([1,2]);
SELECT arrayMap((x, y) -> x + y, [1], [1,2]); -- { serverError SIZES_OF_ARRAYS_DONT_MATCH }
SELECT arrayMap(x -> x, 1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT arrayCumSum([toUInt64(18446744073709551615), 1]), arraySum([toUInt64(18446744073709551615), 1]), arraySum([toInt8(127), 1]), toTypeName(arraySum([toInt8(1)])), toTypeName(arraySum([toFloat32(1)]));
SELECT arrayMin([toNullable(1), NULL]), toTypeName(arrayMin([toNullable(1), NULL])), arrayMax([toDate('2020-01-01')]), toTypeName(arrayMax([toDate('2020-01-01')]));
SELECT arrayFilter(x -> NULL, [1]), arrayMap(x -> NULL, [1]), arrayFill(x -> NULL, [1,2]), arrayCount(x -> NULL, [1]);
SELECT arrayFold((acc, x) -> acc + x, [1], 'a'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
