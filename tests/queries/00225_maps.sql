-- Map functions: map(), the subscript m['k'], mapKeys, mapValues, mapContains, mapFromArrays;
-- constants and columns, missing keys, duplicate keys (the first one wins on lookup).
SELECT map('a', 1, 'b', 2)['a'], map('a', 1)['z'], map(1, 'x')[1], map('a', 1, 'a', 2)['a'], map(), toTypeName(map());
SELECT mapContains(map('a', 1), 'a'), mapContains(map('a', 1), 'b'), mapContains(map(1, 2), 1.0), mapKeys(map('a', 1, 'b', 2)), mapValues(map('a', 1)), mapKeys(map());
SELECT mapFromArrays(['a', 'b'], [1, 2]), mapFromArrays([1], ['x']), toTypeName(mapFromArrays(['a'], [1])), mapFromArrays(['a', 'a'], [1, 2]), mapFromArrays(emptyArrayString(), emptyArrayUInt8());
SELECT mapFromArrays([toNullable('k')], [1]), toTypeName(mapFromArrays([toNullable('k')], [1])), map('a', NULL)['a'], toTypeName(map('a', NULL));
CREATE TABLE m (id UInt64, attrs Map(String, UInt64), keys Array(String), vals Array(UInt64)) ENGINE = MergeTree ORDER BY id;
INSERT INTO m VALUES (1, {'plan': 3, 'seats': 10}, ['a', 'b'], [1, 2]), (2, {}, [], []), (3, {'plan': 7}, ['c'], [3]);
SELECT id, attrs['plan'], attrs['missing'], mapContains(attrs, 'seats'), mapKeys(attrs), mapValues(attrs), mapFromArrays(keys, vals), mapFromArrays(keys, vals)[keys[1]] FROM m ORDER BY id;
SELECT id, arraySum(mapValues(attrs)), arrayMap(k -> attrs[k], mapKeys(attrs)), map('id', id)['id'] FROM m ORDER BY id;
SELECT sum(attrs['plan']), countIf(mapContains(attrs, 'plan')) FROM m;
SELECT mapFromArrays(['a'], [1, 2]); -- { serverError SIZES_OF_ARRAYS_DONT_MATCH }
SELECT mapFromArrays('a', [1]); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT mapFromArrays([NULL], [1]); -- { serverError BAD_ARGUMENTS }
SELECT mapContains([1], 1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT map('a', 1)[1]; -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT map('a', 1, 'b'); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT mapKeys(1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
