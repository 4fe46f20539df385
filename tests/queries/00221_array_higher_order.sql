-- Higher-order array functions that reshape or test arrays: arrayMap, arrayFilter, arrayFill,
-- arrayReverseFill, arraySplit, arrayReverseSplit, arrayCount, arrayExists, arrayAll,
-- arrayFirst, arrayLast, arrayFirstIndex, arrayLastIndex. Conditions may be NULL (false).
SELECT arrayFilter(x -> x > 1, [1, 2, 3]), arrayFilter((x, y) -> y, ['a', 'b'], [0, 1]), arrayFilter(x -> NULL, [1]), arrayFilter(x -> toNullable(1), [1]), arrayFilter(x -> x, []);
SELECT arrayFilter(x -> isNotNull(x), [1, NULL, 3]), arrayFilter(x -> x > 1, [1, NULL, 3]), arrayFilter(x -> toBool(x), [1, 0]);
SELECT arrayFill(x -> not isNull(x), [1, NULL, 3, NULL]), arrayReverseFill(x -> not isNull(x), [1, NULL, 3, NULL]), arrayFill(x -> x > 1, [1, 2, 0, 5]);
SELECT arrayFill(x -> 0, [1, 2, 3]), arrayReverseFill(x -> 0, [1, 2, 3]), arrayFill((x, y) -> y, [1, 2, 3], [1, 0, 1]), arrayFill(x -> 1, emptyArrayUInt8());
SELECT arraySplit(x -> x = 1, [1, 2, 1, 3]), arrayReverseSplit(x -> x = 1, [1, 2, 1, 3]), arraySplit(x -> 1, emptyArrayUInt8()), arraySplit(x -> 0, [1, 2]), arraySplit(x -> 1, [1, 2]);
SELECT arraySplit((x, y) -> y, ['a', 'b', 'c', 'd'], [0, 1, 0, 1]), arrayReverseSplit((x, y) -> y, ['a', 'b', 'c', 'd'], [0, 1, 0, 1]);
SELECT arrayCount([1, 0, 2]), arrayCount(x -> x > 1, [1, 2, 3]), arrayExists([0, 0]), arrayAll([1, 1]), arrayExists(x -> x > 2, [1, 2, 3]), arrayAll(x -> x > 0, []), arrayExists(x -> x, []), arrayCount(emptyArrayUInt8());
SELECT arrayCount(x -> NULL, [1]), arrayCount(x -> toNullable(x), [1, 0]), arrayExists(x -> NULL, [1]), arrayAll(x -> x = 'a', ['a', 'a']), arrayCount([toBool(1), 0]);
SELECT toTypeName(arrayCount(x -> 1, [1])), toTypeName(arrayExists(x -> 1, [1])), toTypeName(arrayFirstIndex(x -> 1, [1]));
SELECT arrayFirst(x -> x > 1, [1, 2, 3]), arrayLast(x -> x > 1, [1, 2, 3]), arrayFirst(x -> x > 5, [1, 2]), arrayFirstIndex(x -> x > 1, [1, 2, 3]), arrayLastIndex(x -> x > 1, [1, 2, 3]), arrayFirstIndex(x -> 0, [1]);
SELECT arrayFirst(x -> 1, ['a', 'b']), arrayLast(x -> 0, ['a']), arrayFirst(x -> 0, [NULL, 1]), arrayLast(x -> x > 1, [3, NULL]), arrayFirst((x, y) -> y > 1, ['a', 'b', 'c'], [1, 2, 3]);
-- Columns: arrays of different sizes per row, empty ones, Nullable elements.
CREATE TABLE h (id UInt64, a Array(Nullable(Int64)), s Array(String)) ENGINE = MergeTree ORDER BY id;
INSERT INTO h VALUES (1, [1, NULL, -3, 4], ['x', '', 'y', 'zz']), (2, [], []), (3, [NULL], ['q']), (4, [5, 6], ['a', 'b']);
SELECT id, arrayFilter(x -> x > 0, a), arrayFill(x -> x IS NOT NULL, a), arrayReverseFill(x -> x IS NOT NULL, a), arraySplit((x, y) -> y = '', a, s) FROM h ORDER BY id;
SELECT id, arrayCount(x -> x IS NULL, a), arrayExists(x -> x < 0, a), arrayAll(x -> x > 0, a), arrayFirst(x -> length(x) > 1, s), arrayLastIndex(x -> x != '', s) FROM h ORDER BY id;
SELECT id, arrayMap((x, y) -> (x, y), a, s), arrayFirst(x -> x IS NOT NULL, a), arrayLast(x -> 1, a) FROM h ORDER BY id;
-- A constant array with per-row captured values, and large arrays.
SELECT number, arrayFilter(x -> x > number, [1, 2, 3]), arrayFirstIndex(x -> x = number, [2, 1, 0]) FROM numbers(4);
SELECT length(arrayFilter(x -> x % 2 = 0, range(1000000))), arrayCount(x -> x < 10, range(1000000)), arrayLast(x -> x % 7 = 0, range(1000000));
-- Errors.
SELECT arrayFirst([1, 2]); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT arrayFirst([1], [2]); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT arrayCount(['a']); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT arrayCount([1, NULL]); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT arrayCount(x -> 1.5, [1]); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT arrayAll(x -> -1, [1]); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT arraySplit(x -> 1, [1], [2]); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT arrayFill(x -> 1, 'a'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
