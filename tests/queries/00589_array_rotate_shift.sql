-- arrayRotateLeft / arrayRotateRight and arrayShiftLeft / arrayShiftRight: negative counts move the
-- other way, a shift's default must be of the element type exactly.
SELECT arrayRotateLeft([1,2,3], 1), arrayRotateRight([1,2,3], 4), arrayRotateLeft([1,2,3], -1), arrayRotateLeft([], 2), arrayRotateRight(['a','b'], 0), arrayRotateLeft([1,2,3], toUInt64(5));
SELECT arrayShiftLeft([1,2,3], 1), arrayShiftRight([1,2,3], 1, 9), arrayShiftLeft([1,2,3], -1), arrayShiftLeft([1,2,3], 5), arrayShiftRight(['a','b'], 1), arrayShiftRight([1, NULL], 1), arrayShiftLeft([[1],[2]], 1, [7]);
SELECT arrayShiftRight([1,2,3], 1, 'x'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT arrayShiftRight([1,2,3], 1, 300), toTypeName(arrayShiftRight([1,2,3], 1, 300)); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT arrayShiftRight([1,2,3], 1, NULL);
SELECT arrayRotateLeft([1,2,3], 1.5); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT arrayRotateLeft(1, 1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT arrayRotateLeft(range(number), number), arrayShiftRight(range(number), 1, number) FROM numbers(4);
SELECT arrayShiftLeft([1,2,3], number, number + 10) FROM numbers(4); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
