-- The -Resample combinator: f over buckets of the last argument [start, start + step), ...
-- below end; keys outside [start, end) are skipped; the result is the Array of the buckets.
SELECT sumResample(0, 10, 3)(number, number), countResample(0, 4, 1)(number, number % 5), groupArrayResample(30, 75, 30)(number, number * 10) FROM numbers(10);
SELECT toTypeName(sumResample(0, 10, 3)(number, number)), avgResample(0, 10, 5)(toFloat64(number) / 4, number), uniqResample(0, 3, 1)(number, toUInt8(number % 3)) FROM numbers(10);
SELECT sumResample(0, 10, 3)(number, number) FROM numbers(0);
SELECT sumResample(10, 0, 1)(number, number) FROM numbers(1);
SELECT number % 2 AS g, sumResample(0, 6, 2)(number, number) FROM numbers(6) GROUP BY g ORDER BY g;
SELECT sumResampleIf(0, 10, 5)(number, number, number % 2 = 0), sumIfResample(0, 10, 5)(number, number % 2 = 0, number) FROM numbers(10);
SELECT quantileResample(0.5, 0, 10, 5)(number, number), sumResample(0, 10, 5)(x, number) FROM (SELECT number, if(number = 3, NULL, number) AS x FROM numbers(10));
SELECT countResample(toDate('2020-01-01'), toDate('2020-01-05'), 2)(d) FROM (SELECT toDate('2020-01-01') + number AS d FROM numbers(6));
SELECT hex(sumResampleState(0, 4, 2)(number, number)), finalizeAggregation(sumResampleState(0, 4, 2)(number, number)) FROM numbers(4);
SELECT sumResample(0, 10, 0)(number, number) FROM numbers(1); -- { serverError ARGUMENT_OUT_OF_BOUND }
SELECT sumResample(0, 10)(number, number) FROM numbers(1); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT sumResample(0, 10, 3)(number, 'a') FROM numbers(1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
