-- groupBitmap and the bitmap functions: up to 32 values kept as a flat array in insertion
-- order, more as a roaring bitmap; states written as ClickHouse writes them.
SET max_threads = 1;

SELECT groupBitmap(number), groupBitmap(toUInt32(number % 40)), groupBitmap(toUInt8(number % 200)) FROM numbers(1000);
SELECT toTypeName(groupBitmap(toUInt16(1))), toTypeName(groupBitmap(toInt32(1)));
SELECT groupBitmap(number) FROM numbers(0);
SELECT groupBitmap(x) FROM (SELECT if(number % 2, NULL, number) AS x FROM numbers(10));
SELECT groupBitmap(x) FROM (SELECT CAST(NULL AS Nullable(UInt32)) AS x FROM numbers(3));
SELECT groupBitmapIf(number, number % 3 = 0) FROM numbers(100);
SELECT g, groupBitmap(number) FROM (SELECT number, number % 1000 AS g FROM numbers(100000)) GROUP BY g ORDER BY g LIMIT 3;
SELECT groupBitmap(number * 7919) FROM numbers(1000000);

-- states: a small set, a bitmap of each container kind, 64-bit values
SELECT hex(groupBitmapState(number)) FROM numbers(3);
SELECT hex(groupBitmapState(toUInt32(number * 3))) FROM numbers(40);
SELECT hex(groupBitmapState(number * 3)) FROM numbers(40);
SELECT hex(groupBitmapState(number)) FROM numbers(5000);
SELECT hex(groupBitmapState(toUInt32(number * 2))) FROM numbers(5000);
SELECT hex(groupBitmapState(number + 4294967290)) FROM numbers(40);
SELECT hex(bitmapBuild([3, 1, 2])), bitmapToArray(bitmapBuild([3, 1, 2]));
SELECT groupBitmapMerge(s) FROM (SELECT groupBitmapState(number % 50) AS s FROM numbers(1000) GROUP BY number % 7);
DROP TABLE IF EXISTS bitmap_states;
CREATE TABLE bitmap_states (g UInt8, s AggregateFunction(groupBitmap, UInt32)) ENGINE = Memory;
INSERT INTO bitmap_states SELECT number % 3, groupBitmapState(toUInt32(number)) FROM numbers(100) GROUP BY number % 3;
SELECT g, groupBitmapMerge(s), bitmapCardinality(s) FROM bitmap_states GROUP BY g, s ORDER BY g;
SELECT groupBitmapAnd(s), groupBitmapOr(s), groupBitmapXor(s) FROM bitmap_states;
SELECT groupBitmapAnd(s), groupBitmapOr(s), groupBitmapXor(s) FROM (SELECT groupBitmapState(toUInt32(number % 20)) AS s FROM numbers(200) GROUP BY number % 4);
SELECT groupBitmapAnd(s), groupBitmapOr(s) FROM bitmap_states WHERE g = 7;
SELECT toTypeName(groupBitmapAndState(s)), hex(groupBitmapAndState(s)), hex(groupBitmapOrState(s)), finalizeAggregation(groupBitmapXorState(s)) FROM bitmap_states;
SELECT bitmapCardinality(x), bitmapToArray(x) FROM (SELECT groupBitmapAndState(s) AS x FROM bitmap_states WHERE g = 1);
DROP TABLE bitmap_states;

-- bitmap functions
SELECT bitmapToArray(bitmapAnd(bitmapBuild([5, 1, 3, 7]), bitmapBuild([7, 3, 9])));
SELECT bitmapToArray(bitmapOr(bitmapBuild([5, 1, 3, 7]), bitmapBuild([7, 3, 9])));
SELECT bitmapToArray(bitmapXor(bitmapBuild([5, 1, 3, 7]), bitmapBuild([7, 3, 9]))), hex(bitmapXor(bitmapBuild([5, 1, 3, 7]), bitmapBuild([7, 3, 9])));
SELECT bitmapToArray(bitmapAndnot(bitmapBuild([5, 1, 3, 7]), bitmapBuild([7, 3, 9])));
SELECT bitmapAndCardinality(bitmapBuild([1, 2, 3]), bitmapBuild([2, 3, 4])), bitmapOrCardinality(bitmapBuild([1, 2, 3]), bitmapBuild([2, 3, 4])),
    bitmapXorCardinality(bitmapBuild([1, 2, 3]), bitmapBuild([2, 3, 4])), bitmapAndnotCardinality(bitmapBuild([1, 2, 3]), bitmapBuild([2, 3, 4]));
SELECT bitmapCardinality(bitmapBuild(range(100))), bitmapContains(bitmapBuild(range(100)), 99), bitmapContains(bitmapBuild([1, 2]), 3);
SELECT bitmapContains(bitmapBuild([toUInt8(1)]), 257), bitmapContains(bitmapBuild([toUInt32(1)]), toUInt64(4294967297));
SELECT bitmapHasAny(bitmapBuild([1, 2, 3]), bitmapBuild([3, 4])), bitmapHasAny(bitmapBuild([1, 2]), bitmapBuild([4])),
    bitmapHasAll(bitmapBuild([1, 2, 3]), bitmapBuild([3, 2])), bitmapHasAll(bitmapBuild([1, 2]), bitmapBuild([2, 5]));
SELECT number, bitmapToArray(bitmapBuild(range(number))), bitmapCardinality(bitmapOr(bitmapBuild(range(number)), bitmapBuild([toUInt64(100)]))) FROM numbers(4);
SELECT bitmapCardinality(bitmapAnd(bitmapBuild(range(100)), bitmapBuild(range(50, 150)))), length(bitmapToArray(bitmapXor(bitmapBuild(range(100)), bitmapBuild(range(50, 150)))));
SELECT bitmapToArray(bitmapBuild(emptyArrayUInt32())), bitmapCardinality(bitmapBuild(emptyArrayUInt8()));
SELECT bitmapCardinality(groupBitmapState(number)), bitmapContains(groupBitmapState(number), 77) FROM numbers(1000);
SELECT bitmapMin(bitmapBuild([3, 1, 2])), bitmapMax(bitmapBuild([3, 1, 2])), toTypeName(bitmapMin(bitmapBuild([3, 1, 2]))),
    bitmapMin(bitmapBuild(emptyArrayUInt32())), bitmapMax(bitmapBuild(emptyArrayUInt32())), bitmapMin(bitmapBuild(emptyArrayUInt64()));
SELECT bitmapMin(bitmapBuild(range(toUInt64(100), 200))), bitmapMax(bitmapBuild(range(toUInt32(100)))), bitmapMin(bitmapBuild([toInt64(-3), 5])), bitmapMax(bitmapBuild([toInt32(-3), 5]));
SELECT toTypeName(bitmapBuild([toInt8(1)])), bitmapToArray(bitmapBuild([toInt8(-1), toInt8(5)]));

-- errors
SELECT groupBitmap(1.5); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT groupBitmap('a'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT groupBitmap(toUInt128(1)); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT groupBitmap(1, 2); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT groupBitmapAnd(x) FROM (SELECT 1 AS x); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT bitmapBuild([1.5]); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT bitmapBuild(['a']); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT bitmapCardinality(1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT bitmapAnd(bitmapBuild([1]), bitmapBuild([toUInt32(1)])); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
