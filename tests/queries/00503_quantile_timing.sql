-- quantileTiming and its relatives: exact while few values are kept, then a histogram exact
-- below 1024 ms and in 16 ms buckets up to 30000; states as ClickHouse writes them.
SET max_threads = 1;

SELECT quantileTiming(0.5)(x), quantilesTiming(0, 0.25, 0.5, 0.99, 1)(x), toTypeName(quantileTiming(x)) FROM (SELECT number * 7 % 2000 AS x FROM numbers(10000));
SELECT quantileTiming(x), quantilesTiming(0.1, 0.9)(x) FROM (SELECT number * 13 % 40000 AS x FROM numbers(3000));
SELECT quantilesTiming(0.1, 0.5, 0.9, 1)(x) FROM (SELECT number * 13 % 40000 AS x FROM numbers(20));
SELECT medianTiming(number), quantileTiming(0.9)(number * 3) FROM numbers(31);
SELECT quantilesTiming(0.5, 0.95)(number % 5000) FROM numbers(6000);
SELECT quantilesTiming(0.5, 0.95)(number * 11 % 35000) FROM numbers(100000);
SELECT quantileTiming(-1), quantileTiming(1.9), quantileTiming(toDate('2020-01-01')), quantileTiming(toFloat64(nan)), quantileTiming(100000);
SELECT quantileTiming(x) FROM (SELECT toInt32(number) - 5 AS x FROM numbers(10));

-- weights
SELECT quantileTimingWeighted(0.5)(number, 3) FROM numbers(20);
SELECT quantileTimingWeighted(0.5)(number, 1), quantilesTimingWeighted(0.2, 0.8)(number * 37 % 5000, number % 4) FROM numbers(500);
SELECT medianTimingWeighted(x, w) FROM values('x UInt32, w UInt8', (10, 2), (20, 5), (1500, 30));

-- empty input, NULLs, -If, GROUP BY, -State and -Merge
SELECT quantileTiming(number), quantilesTiming(0.5)(number) FROM numbers(0);
SELECT quantileTiming(x) FROM (SELECT if(number % 3 = 0, NULL, number) AS x FROM numbers(30));
SELECT quantileTimingIf(number, number % 2 = 1) FROM numbers(100);
SELECT g, quantileTiming(number % 3000) FROM (SELECT number, number % 1000 AS g FROM numbers(200000)) GROUP BY g ORDER BY g LIMIT 3;
SELECT hex(quantileTimingState(number)) FROM numbers(5);
SELECT hex(quantileTimingState(number * 1000)) FROM numbers(40);
SELECT length(hex(quantileTimingState(number))), substring(hex(quantileTimingState(number)), 1, 40) FROM numbers(6000);
SELECT hex(quantileTimingWeightedState(number * 100, 2)) FROM numbers(20);
SELECT quantileTimingMerge(0.9)(s) FROM (SELECT quantileTimingState(number % 1700) AS s FROM numbers(30000) GROUP BY number % 7);
SELECT quantilesTimingMerge(0.1, 0.5)(s) FROM (SELECT quantileTimingState(number * 29 % 3000) AS s FROM numbers(400) GROUP BY number % 20);
SELECT quantileTimingMerge(s) FROM (SELECT quantileTimingState(number * 3) AS s FROM numbers(60) GROUP BY number % 3);
DROP TABLE IF EXISTS timing_states;
CREATE TABLE timing_states (s AggregateFunction(quantileTiming(0.5), UInt64)) ENGINE = Memory;
INSERT INTO timing_states SELECT quantileTimingState(0.5)(toUInt64(number * 17 % 4000)) FROM numbers(10000) GROUP BY number % 2;
SELECT quantileTimingMerge(0.5)(s), quantilesTimingMerge(0.25, 0.75)(s) FROM timing_states;
DROP TABLE timing_states;

-- errors
SELECT quantileTiming(2)(1); -- { serverError PARAMETER_OUT_OF_BOUND }
SELECT quantileTiming(0.1, 0.2)(1); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT quantileTiming('a'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT quantileTiming(toDecimal32(1, 2)); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT quantileTimingWeighted(1, 1.5); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT quantileTiming(1, 2); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
