-- groupArrayInsertAt: values placed at positions; gaps get the default (or default_x), the
-- first value placed at a position stays, and a length parameter fixes the array's size.
SELECT groupArrayInsertAt(toString(number), number * 2), groupArrayInsertAt('x', 5)(toString(number), number * 2), groupArrayInsertAt('-', 3)(toString(number), number) FROM numbers(3);
SELECT groupArrayInsertAt(number, 0), groupArrayInsertAt(number, number % 2), groupArrayInsertAt(99, 2)(number, toUInt8(number + 3)) FROM numbers(3);
SELECT toTypeName(groupArrayInsertAt(number, 1)), toTypeName(groupArrayInsertAt(toDate(number), 1)) FROM numbers(1);
SELECT groupArrayInsertAt(number, 2) FROM numbers(0);
SELECT groupArrayInsertAt(x, number) FROM (SELECT number, if(number = 1, NULL, number) AS x FROM numbers(3));
SELECT number % 2 AS g, groupArrayInsertAt(number, intDiv(number, 2)) FROM numbers(8) GROUP BY g ORDER BY g;
SELECT hex(groupArrayInsertAtState(toUInt8(number), number * 2)), finalizeAggregation(groupArrayInsertAtState(toUInt8(number), number * 2)) FROM numbers(2);
SELECT groupArrayInsertAt(number, 'a') FROM numbers(1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT groupArrayInsertAt(number, -1) FROM numbers(1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT groupArrayInsertAt(number, 100000000) FROM numbers(1); -- { serverError TOO_LARGE_ARRAY_SIZE }
SELECT groupArrayInsertAt(number) FROM numbers(1); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
