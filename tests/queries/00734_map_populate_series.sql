-- mapPopulateSeries(map[, max]), mapPopulateSeries(keys, values[, max]): integer keys filled in
-- from the smallest to the largest key (or to max), missing keys valued 0, the first value of
-- a repeated key kept. A map gives a Map, two arrays a tuple of arrays.
SELECT mapPopulateSeries(map(1, 10, 5, 20)), mapPopulateSeries(map(1, 10, 5, 20), 6), mapPopulateSeries(map(1, 10, 5, 20), 3);
SELECT mapPopulateSeries(map(5, 10, 1, 20)), mapPopulateSeries(map(-2, 10, 1, 20)), mapPopulateSeries(map(5, 1, 7, 2), 3);
SELECT mapPopulateSeries([1, 2, 4], [11, 22, 44]), mapPopulateSeries([1, 2, 4], [11, 22, 44], 5), mapPopulateSeries([1, 1, 3], [10, 20, 30]), mapPopulateSeries([5, 7], [1, 2], 6);
SELECT toTypeName(mapPopulateSeries(map(toUInt8(1), 10))), toTypeName(mapPopulateSeries([1], [toInt64(2)])), mapPopulateSeries(map(1, 2, 1, 3));
SELECT mapPopulateSeries(map(1, 10, 5, 20), toInt64(7)), mapPopulateSeries(map(-5, 2), toInt8(-3)), mapPopulateSeries(map(toInt8(1), 2), toUInt64(3)), mapPopulateSeries(map(toUInt128(1), toUInt128(2)), 3);
SELECT mapPopulateSeries(CAST(map(), 'Map(UInt8, UInt8)')), mapPopulateSeries(CAST(map(), 'Map(UInt8, UInt8)'), 3), mapPopulateSeries(map(1, 2), NULL);
SELECT length(mapKeys(mapPopulateSeries(map(toInt8(-128), 1, toInt8(127), 2)))), length(mapKeys(mapPopulateSeries(map(0, 1, 1000000, 2))));
SELECT mapPopulateSeries(map(number, number * 10), 4) FROM numbers(3);
SELECT mapPopulateSeries([number, number + 2], [1, 2]) FROM numbers(2);
SELECT mapPopulateSeries(map(1, 2), materialize(3));
SELECT mapPopulateSeries(map()); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT mapPopulateSeries(map('a', 1)); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT mapPopulateSeries(map(1, 'a')); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT mapPopulateSeries(map(1, 1.5)); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT mapPopulateSeries(map(1, toNullable(2))); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT mapPopulateSeries(map(1, 2), 'a'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT mapPopulateSeries(map(1, 2), 1.5); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT mapPopulateSeries(1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT mapPopulateSeries([1, 2], [1]); -- { serverError BAD_ARGUMENTS }
SELECT mapPopulateSeries(map(1, 2), -1); -- { serverError CANNOT_CONVERT_TYPE }
SELECT mapPopulateSeries(map(toUInt8(1), toInt8(2)), 300); -- { serverError CANNOT_CONVERT_TYPE }
SELECT mapPopulateSeries([1, 2], [3, 4], 5, 6); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
-- After a map, as in ClickHouse, a third argument is not read.
SELECT mapPopulateSeries(map(1, 2), 3, 4);
