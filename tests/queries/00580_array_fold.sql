-- arrayFold((acc, x, ...) -> body, arr, ..., initial): the accumulator's type is the initial
-- value's, and the lambda must return exactly that type.
SELECT arrayFold((acc, x) -> acc + x, [1, 2, 3], toUInt64(0)), toTypeName(arrayFold((acc, x) -> acc + x, [1, 2, 3], toUInt64(0)));
SELECT arrayFold((acc, x, y) -> acc + x * y, [1, 2], [3, 4], toUInt64(0));
SELECT arrayFold((acc, x) -> arrayPushBack(acc, x), [1, 2], emptyArrayUInt8());
SELECT arrayFold((acc, x) -> acc, emptyArrayUInt8(), 5);
SELECT arrayFold((acc, x) -> acc || x, ['a', 'b'], '');
SELECT arrayFold((acc, x) -> if(x > acc, x, acc), [3, 1, 4], toUInt8(0));
SELECT arrayFold((acc, x) -> acc + length(x), [[1], [2, 3]], toUInt64(0));
SELECT arrayFold((acc, x) -> 1, [1], 0);
-- NULL accumulators and elements.
SELECT arrayFold((acc, x) -> acc + x, [NULL, 1], toNullable(toUInt64(0)));
SELECT arrayFold((acc, x) -> acc, [1], NULL);
-- Arrays of different lengths per row, outer columns and per-row initial values.
SELECT arrayFold((acc, x) -> (acc.2, acc.2 + acc.1), range(number), (toUInt64(0), toUInt64(1))) FROM numbers(6);
SELECT arrayFold((acc, x) -> acc + x, range(number), toUInt64(100)) FROM numbers(5);
SELECT arrayFold((acc, x) -> acc * 2 + x, materialize([1, 2]), number) FROM numbers(2);
SELECT arrayFold((acc, x) -> acc + x * number, [1, 2], toUInt64(0)) FROM numbers(3);
SELECT arrayFold((acc, x) -> concat(acc, toString(x)), [number, number + 1], toString(number)) FROM numbers(3);
SELECT arrayFold((acc, x) -> acc + x, range(number % 4), toUInt64(number)) FROM numbers(8);
-- Errors.
SELECT arrayFold((acc, x) -> acc + x, [1, 2, 3], 0); -- { serverError TYPE_MISMATCH }
SELECT arrayFold((acc, x, y) -> acc + x * y, [1, 2], [3, 4], 0); -- { serverError TYPE_MISMATCH }
SELECT arrayFold((acc, x) -> acc + x, [1], 'a'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT arrayFold((acc, x) -> acc + x, [1], 0, 1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT arrayFold((acc, x) -> acc, 1, 0); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT arrayFold(x -> x, [1], 0); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT arrayFold((acc, x, y) -> acc, [1], [1, 2], 0); -- { serverError SIZES_OF_ARRAYS_DONT_MATCH }
SELECT arrayFold((acc, x) -> acc, [1]); -- { serverError TOO_FEW_ARGUMENTS_FOR_FUNCTION }
