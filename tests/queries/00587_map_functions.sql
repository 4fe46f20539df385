-- Map functions: mapFilter, mapApply, mapExists, mapAll (the lambda takes key and value) and
-- mapUpdate (entries of the first map whose key the second lacks, then the second's).
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
