-- Map functions: mapFilter, mapApply, mapExists, mapAll (the lambda takes key and value),
-- mapUpdate (entries of the first map whose key the second lacks, then the second's), mapAdd /
-- mapSubtract (values summed per key in the first map's widened value type, keys sorted), mapSort /
-- mapReverseSort (by key, then value) and mapConcat.
SELECT mapApply((k, v) -> (k, v * 2), map('a', 1, 'b', 2)), toTypeName(mapApply((k, v) -> (k, v * 2), map('a', 1))), mapApply((k, v) -> (v, k), map('a', 1)), mapApply((k, v) -> (k, v), map());
SELECT mapApply((k, v) -> v, map('a', 1)); -- { serverError BAD_ARGUMENTS }
SELECT mapApply((k, v) -> (k, v, 1), map('a', 1)); -- { serverError BAD_ARGUMENTS }
SELECT mapApply((k, v) -> (k, v), [1]); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT mapFilter((k, v) -> v > 1, map('a', 1, 'b', 2)), mapFilter((k, v) -> k = 'a', map('a', 1, 'b', 2)), mapFilter((k, v) -> NULL, map('a', 1)), toTypeName(mapFilter((k, v) -> v > 1, map('a', 1)));
SELECT mapFilter((k, v) -> v, map('a', 1));
SELECT mapFilter((k, v) -> v > number, map('a', 1, 'b', 2)), mapApply((k, v) -> (k, v + number), map('a', 1)) FROM numbers(3);
SELECT mapExists((k, v) -> v > 1, map('a', 1)), mapAll((k, v) -> v > 0, map('a', 1)), mapExists((k, v) -> 1, map()), mapAll((k, v) -> 0, map());
SELECT mapExists((k, v) -> v = number, map(1, 0, 2, 1)), mapAll((k, v) -> k > number, map(1, 0, 2, 1)) FROM numbers(3);
SELECT mapFilter((k, v) -> length(v) > 1, map('a', [1], 'b', [1, 2])), mapApply((k, v) -> (toString(k), arraySum(v)), map(1, [1, 2]));
SELECT mapUpdate(map('a', 1, 'b', 2), map('b', 3, 'c', 4));
SELECT mapUpdate(map('a', 1), map('b', 2.5)); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT mapUpdate(map('a', 1, 'a', 2), map('b', 3)), mapUpdate(map('a', 1), map('a', 2, 'a', 3)), toTypeName(mapUpdate(map('a', toUInt8(1)), map('b', toUInt8(2))));
SELECT mapUpdate(map(number, number), map(1, 10)) FROM numbers(3); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT mapUpdate(map('a', 1), 1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT mapAdd(map(1, 1), map(1, 2, 2, 3)), mapSubtract(map(1, 1), map(1, 2, 2, 3)), toTypeName(mapAdd(map(1, toUInt8(1)), map(1, toUInt8(2))));
SELECT mapAdd(map('b', 1, 'a', 2), map('a', -1)); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT mapAdd(map('b', toInt8(1), 'a', 2), map('a', -1)), toTypeName(mapAdd(map('b', toInt8(1), 'a', 2), map('a', -1))), mapAdd(map(1, 1.5), map(1, toFloat32(2))), toTypeName(mapAdd(map(1, 1.5), map(1, toFloat32(2))));
SELECT mapAdd(map(1, toInt8(1)), map(1, toUInt64(2))); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT mapAdd(map('a', 1), map('a', 1.5)); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT mapAdd(map('a', 1), map(1, 1)); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT mapAdd(map('a', 1)); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT mapAdd(map('a', 1, 'a', 2), map('b', 1)), mapSubtract(map(1, toInt32(5)), map(1, toInt32(7))), mapAdd(map('z', 1), map('y', 2), map('x', 3, 'z', 4));
SELECT mapAdd(map(number, number), map(toUInt64(1), toUInt64(10))) FROM numbers(3);
SELECT mapAdd(map(), map()); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT mapSubtract(map(1, toInt64(-9223372036854775808)), map(1, toInt64(1))), mapAdd(map(1, toUInt64(18446744073709551615)), map(1, toUInt64(2)));
SELECT mapSort(map('b', 1, 'a', 2)), mapReverseSort(map('b', 1, 'a', 2)), mapSort(map()), mapSort(map(2, 'x', 1, 'y', 2, 'a')), mapReverseSort(map(2, 'x', 1, 'y', 2, 'a'));
SELECT mapSort(map(number % 3, number, 5 - number, 0)) FROM numbers(4);
SELECT mapSort([1]); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT mapConcat(map('a', 1), map('a', 2, 'b', 3)), mapConcat(map('a', 1)), toTypeName(mapConcat(map('a', 1), map('b', 2.5)));
SELECT mapConcat(); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT mapConcat(map('a', 1), map(1, 1)); -- { serverError NO_COMMON_TYPE }
SELECT mapConcat(map(number, number), map(10, 10)) FROM numbers(2);
SELECT mapConcat(map('a', 1), [1]); -- { serverError NO_COMMON_TYPE }
