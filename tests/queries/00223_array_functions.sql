-- Array functions without lambdas: element access, search (has, indexOf, countEqual, hasAny,
-- hasAll), slicing and reshaping, concatenation, flattening, zipping, distinct values and
-- enumerations, intersections, range and the emptyArrayX constants.
SELECT [1, 2, 3][1], [1, 2, 3][-1], [1, 2, 3][0], [1, 2, 3][4], [1, 2, 3][-4], ['a'][2], [[1], [2, 3]][2][2], arrayElement([NULL, 1], 1);
SELECT has([1, 2], 2), has([1, NULL], NULL), has([NULL], 1), has(['a'], 'a'), has([1, 2], 2.0), has([[1]], [1]), has(emptyArrayUInt8(), 1);
SELECT indexOf([1, 2, NULL], NULL), indexOf([1, 2], 3), indexOf([3, 2, 3], 3), countEqual([1, 2, 1], 1), countEqual([NULL, NULL], NULL), countEqual(emptyArrayUInt8(), 1);
SELECT hasAny([1, 2], [2, 3]), hasAny([1], emptyArrayUInt8()), hasAll([1, 2], [2]), hasAll([1], emptyArrayUInt8()), hasAll(emptyArrayUInt8(), [1]), hasAny([NULL, 1], [NULL]), hasAll([1, 2], [1.0, 2]), hasAny(['a'], ['b']), hasAny([[1]], [[1]]);
SELECT arraySlice([1, 2, 3, 4, 5], 2, 2), arraySlice([1, 2, 3, 4, 5], -2), arraySlice([1, 2, 3, 4, 5], 0), arraySlice([1, 2, 3], 2, -1), arraySlice([1, 2, 3], -5, 2), arraySlice([1, 2, 3], 10), arraySlice([1, 2, 3], 1, 0), arraySlice([1, 2, 3], -1, -2);
SELECT arraySlice([1, 2, 3], 2, NULL), arraySlice([1, 2, 3], NULL), arraySlice(['a', 'b', 'c'], -2, 1), arraySlice([1, 2, 3], 1, 100);
SELECT arrayConcat([1], [2, 3], []), arrayConcat([1], [NULL]), arrayConcat(['a'], ['b']), arrayConcat([1], [-1]);
SELECT arrayFlatten([[1, 2], [3]]), arrayFlatten([[[1]], [[2, 3]], [emptyArrayUInt8()]]), arrayFlatten([1, 2]), flatten([[]]), arrayFlatten(emptyArrayUInt8());
SELECT arrayZip([1, 2], ['a', 'b']), arrayZip([1]), arrayZip(emptyArrayUInt8(), emptyArrayString()), toTypeName(arrayZip([1], ['a']));
SELECT arrayDistinct([1, 2, 1, NULL, NULL]), arrayDistinct(['a', 'a', 'b']), arrayDistinct(emptyArrayUInt8()), arrayDistinct([[1], [1], [2]]), arrayDistinct([nan, 1, nan]);
SELECT arrayEnumerate([5, 6]), arrayEnumerate(emptyArrayString()), arrayEnumerateUniq([1, 1, 2, 1]), arrayEnumerateUniq([1, 1, 2], [1, 2, 2]), arrayEnumerateUniq(['a', NULL, NULL]);
SELECT arrayUniq([1, 1, 2]), arrayUniq([1, 2], [1, 1]), arrayUniq([NULL, NULL, 1]), arrayUniq(emptyArrayUInt8()), arrayReverse([1, 2, 3]), arrayReverse(emptyArrayUInt8());
SELECT arrayPushBack([1], 2), arrayPushFront([1], 2), arrayPopBack([1, 2]), arrayPopFront([1, 2]), arrayPopBack(emptyArrayUInt8()), arrayPushBack([1], NULL), arrayPushBack(['a'], 'b'), arrayPushBack([1], 1.5), arrayPushFront(emptyArrayUInt8(), 1);
SELECT arrayResize([1, 2], 4), arrayResize([1, 2], 1), arrayResize([1, 2], 4, 9), arrayResize([1, 2], -1), arrayResize([1, 2, 3], -5), arrayResize(['a'], 2), arrayResize([1], 3, NULL), arrayResize([1, 2, 3], -4, 7);
SELECT arraySort(arrayIntersect([1, 2, 3], [2, 3, 4])), arrayIntersect([1, 2], [3]), arrayIntersect([1, 1, 2], [1, 1]), arrayIntersect(['a'], ['a', 'b']), arrayIntersect([1]), arraySort(arrayIntersect([1, 2], [2.0, 1])), arrayIntersect([1, 2, 3], [2, 3], [3]);
SELECT range(3), range(1, 4), range(0, 10, 3), range(5, 0, -2), range(toUInt8(3)), range(-1, 2), range(toInt8(-3), 2), range(3, 1), toTypeName(range(-1, 2));
SELECT emptyArrayUInt8(), emptyArrayInt64(), emptyArrayFloat64(), emptyArrayString(), emptyArrayDate(), toTypeName(emptyArrayDateTime());
-- Columns: per-row arrays and per-row arguments.
CREATE TABLE a (id UInt64, x Array(Int32), y Array(Int32), s Array(Nullable(String)), k Int32) ENGINE = MergeTree ORDER BY id;
INSERT INTO a VALUES (1, [1, 2, 3, 2], [2, 9], ['a', NULL, 'a'], 2), (2, [], [1], [], -1), (3, [7], [], [NULL], 0), (4, [4, 4], [4], ['b', 'c'], 5);
SELECT id, x[k], has(x, k), indexOf(x, k), countEqual(x, k), hasAny(x, y), hasAll(x, y), arraySlice(x, k), arraySlice(x, 1, k) FROM a ORDER BY id;
SELECT id, arrayConcat(x, y), arrayZip(arrayEnumerate(x), x), arrayDistinct(x), arrayEnumerateUniq(x), arrayUniq(x), arrayReverse(x), arrayIntersect(x, y) FROM a ORDER BY id;
SELECT id, arrayPushBack(x, k), arrayPushFront(y, k), arrayPopBack(x), arrayPopFront(x), arrayResize(x, k), arrayResize(y, k, -1), range(id), range(k, 3) FROM a ORDER BY id;
SELECT id, has(s, NULL), has(s, 'a'), indexOf(s, NULL), countEqual(s, 'a'), arrayDistinct(s), arrayUniq(s), arrayPushBack(s, NULL) FROM a ORDER BY id;
SELECT id, arrayFlatten([x, y]), arrayFlatten([[x], [y]]) FROM a ORDER BY id;
SELECT length(arrayDistinct(range(100000))), arrayUniq(arrayMap(x -> x % 1000, range(100000))), length(arrayIntersect(range(100000), range(50000, 150000))), hasAll(range(100000), range(10, 20000)), length(arrayResize(range(10), 100000)), arraySum(arraySlice(range(100000), -10));
-- Errors.
SELECT has([1], 'a'); -- { serverError NO_COMMON_TYPE }
SELECT hasAny([1], ['a']); -- { serverError NO_COMMON_TYPE }
SELECT hasAny(1, [1]); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT countEqual(1, 1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT [1, 2]['a']; -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT arraySlice([1, 2], 'a'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT arrayConcat([1], ['a']); -- { serverError NO_COMMON_TYPE }
SELECT arrayZip([1], [1, 2]); -- { serverError SIZES_OF_ARRAYS_DONT_MATCH }
SELECT arrayEnumerateUniq([1], [1, 2]); -- { serverError SIZES_OF_ARRAYS_DONT_MATCH }
SELECT arrayPushBack([1], 'a'); -- { serverError NO_COMMON_TYPE }
SELECT arrayIntersect(); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT range(-1); -- { serverError ARGUMENT_OUT_OF_BOUND }
SELECT range(1.5); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT range(1, 2, 0); -- { serverError ARGUMENT_OUT_OF_BOUND }
SELECT arrayReverse(1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
