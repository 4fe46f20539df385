-- topK and topKWeighted: the Filtered Space-Saving sketch of N * load_factor counters, with
-- ClickHouse's order of ties, its eviction into the alpha map and its state bytes.
SET max_threads = 1;

SELECT topK(3)(number % 7) FROM numbers(100);
SELECT topK(5)(number % 5), topK(2)(number % 5), topK(5)(toString(number % 5)) FROM numbers(5);
SELECT topK(2)(number % 5) FROM numbers(8);
SELECT topK(3, 3, 'counts')(number % 7) FROM numbers(100);
SELECT topK(10)(intDiv(number * number, 1000) % 200) FROM numbers(5000);
SELECT topK(5, 2, 'counts')(toString(intDiv(number * 7919, 13) % 500)) FROM numbers(20000);
SELECT topK(4, 1, 'counts')(number % 97 * (number % 3)) FROM numbers(3000);
SELECT topK(3)(x) FROM (SELECT toFloat64(number % 4) / 2 AS x FROM numbers(50));
SELECT topK(3)(toDate('2024-01-01') + number % 3), topK(3)(toDateTime('2024-01-01 00:00:00', 'UTC') + number % 2) FROM numbers(10);
SELECT topK(2)(toFixedString(toString(number % 3), 2)), topK(2)(toDecimal32(number % 3, 2)) FROM numbers(10);
SELECT topK(2)(s) FROM (SELECT arrayElement(['a', 'bb', 'ccc'], number % 3 + 1) AS s FROM numbers(10));
-- ties among more than 24 results: ordered as libc++'s introsort leaves them
SELECT topK(25)(number % 31 + intDiv(number, 500)) FROM numbers(1000);
SELECT topK(40)(number % 97 + intDiv(number, 700)) FROM numbers(3000);
SELECT topK(60, 5)(intDiv(number * 7, 3) % 250) FROM numbers(5000);
SELECT topK(200)(toString(number % 331 + intDiv(number, 1000))) FROM numbers(10000);

-- weights
SELECT topKWeighted(2)(k, w) FROM values('k String, w UInt64', ('y', 1), ('y', 1), ('x', 5), ('y', 1), ('z', 10));
SELECT topKWeighted(2, 10, 'counts')(k, w) FROM values('k String, w UInt64', ('y', 1), ('y', 1), ('x', 5), ('y', 1), ('z', 10));
SELECT topKWeighted(3, 1, 'counts')(number % 50, number % 7) FROM numbers(1000);

-- empty input, NULLs, -If, GROUP BY
SELECT topK(3)(number) FROM numbers(0);
SELECT topK(2)(x) FROM (SELECT if(number % 3 = 0, NULL, number % 2) AS x FROM numbers(20));
SELECT topK(2)(x) FROM (SELECT CAST(NULL AS Nullable(UInt8)) AS x FROM numbers(5));
SELECT topKIf(2)(number % 5, number % 2 = 1) FROM numbers(30);
SELECT g, topK(2)(number % 4) FROM (SELECT number, number % 1000 AS g FROM numbers(100000)) GROUP BY g ORDER BY g LIMIT 5;
SELECT count(), sum(length(t)) FROM (SELECT g, topK(3)(number % 13) AS t FROM (SELECT number, number % 5000 AS g FROM numbers(200000)) GROUP BY g);

-- states: the bytes, and -Merge over them
SELECT hex(topKState(2)(number % 5)) FROM numbers(20);
SELECT hex(topKState(2)(toString(number % 5))) FROM numbers(20);
SELECT hex(topKState(1)(number % 100)) FROM numbers(1000);
SELECT hex(topKState(2)(number)) FROM numbers(0);
SELECT topKMerge(3)(s) FROM (SELECT topKState(3)(number % 10) AS s FROM numbers(100) GROUP BY number % 3);
SELECT topKMerge(2)(s) FROM (SELECT topKState(2)(toString(number % 50)) AS s FROM numbers(1000) GROUP BY number % 4);
SELECT finalizeAggregation(s) FROM (SELECT topKWeightedState(2)(number % 9, number) AS s FROM numbers(100));
DROP TABLE IF EXISTS topk_states;
CREATE TABLE topk_states (g UInt8, s AggregateFunction(topK(3), UInt64)) ENGINE = Memory;
INSERT INTO topk_states SELECT number % 2, topKState(3)(toUInt64(number % 11)) FROM numbers(500) GROUP BY number % 2;
SELECT g, topKMerge(3)(s) FROM topk_states GROUP BY g ORDER BY g;
SELECT topKMerge(3)(s) FROM topk_states;
DROP TABLE topk_states;

-- parameters and arguments
SELECT topK(0)(number) FROM numbers(3); -- { serverError ARGUMENT_OUT_OF_BOUND }
SELECT topK(3, 0)(number) FROM numbers(3); -- { serverError ARGUMENT_OUT_OF_BOUND }
SELECT topK(100000000)(number) FROM numbers(3); -- { serverError ARGUMENT_OUT_OF_BOUND }
SELECT topK(1, 2, 3, 4)(number) FROM numbers(3); -- { serverError TOO_MANY_ARGUMENTS_FOR_FUNCTION }
SELECT topK(3, 3, 'x')(number) FROM numbers(3); -- { serverError BAD_ARGUMENTS }
SELECT topK(3, 3, 5)(number) FROM numbers(3); -- { serverError BAD_GET }
SELECT topK('a')(number) FROM numbers(3); -- { serverError CANNOT_CONVERT_TYPE }
SELECT topK(3)(number, number) FROM numbers(3); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT topKWeighted(2)(number, 1.5) FROM numbers(3); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT topKWeighted(2)(number) FROM numbers(3); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
