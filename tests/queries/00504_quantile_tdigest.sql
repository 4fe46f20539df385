-- quantileTDigest and its relatives: ClickHouse's t-digest (epsilon 0.01, compression after
-- 2048 new centroids), so the approximate answers and the states are ClickHouse's own.
SET max_threads = 1;

SELECT quantileTDigest(0.5)(number), quantilesTDigest(0.1, 0.9)(number), toTypeName(quantileTDigest(number)) FROM numbers(10000);
SELECT quantilesTDigest(0, 0.01, 0.25, 0.5, 0.75, 0.99, 1)(number * 7919 % 100003) FROM numbers(100000);
SELECT quantilesTDigest(0.5, 0.999)(x) FROM (SELECT (number * 104729 % 65537) / 7 - 3000 AS x FROM numbers(50000));
SELECT medianTDigest(x) FROM (SELECT toFloat32(number) / 3 AS x FROM numbers(7));
SELECT quantileTDigest(0.3)(number % 10), quantileTDigest(0.3)(toInt8(number % 10) - 5) FROM numbers(5000);
SELECT quantileTDigest(toDate('2020-01-01') + number), toTypeName(quantileTDigest(toDate('2020-01-01'))) FROM numbers(100);
SELECT quantileTDigest(toDateTime('2020-01-01 00:00:00', 'UTC') + number * 60), quantilesTDigest(0.9)(toDateTime('2020-01-01 00:00:00', 'UTC') + number) FROM numbers(100);
SELECT quantileTDigest(x) FROM (SELECT if(number = 3, nan, toFloat64(number)) AS x FROM numbers(10));

-- weights
SELECT quantileTDigestWeighted(0.5)(number, number) FROM numbers(1000);
SELECT quantilesTDigestWeighted(0.2, 0.8)(number % 300, number % 5) FROM numbers(20000);
SELECT medianTDigestWeighted(x, w) FROM values('x Float64, w UInt8', (1.5, 0), (2.5, 3), (10, 1));

-- empty input, NULLs, -If, GROUP BY, -State and -Merge
SELECT quantileTDigest(number), quantilesTDigest(0.5)(number), quantileTDigest(toDate('2020-01-01') + number) FROM numbers(0);
SELECT quantileTDigest(x) FROM (SELECT if(number % 3 = 0, NULL, number) AS x FROM numbers(30));
SELECT quantileTDigestIf(number, number % 2 = 1) FROM numbers(100);
SELECT g, quantileTDigest(number % 3000) FROM (SELECT number, number % 1000 AS g FROM numbers(200000)) GROUP BY g ORDER BY g LIMIT 3;
SELECT hex(quantileTDigestState(number)) FROM numbers(5);
SELECT length(hex(quantileTDigestState(number))), substring(hex(quantileTDigestState(number)), 1, 64) FROM numbers(100000);
SELECT quantileTDigestMerge(0.9)(s) FROM (SELECT quantileTDigestState(number % 1700) AS s FROM numbers(30000) GROUP BY number % 7);
SELECT quantilesTDigestMerge(0.1, 0.5)(s) FROM (SELECT quantileTDigestState(number * 29 % 3000) AS s FROM numbers(400) GROUP BY number % 20);
DROP TABLE IF EXISTS tdigest_states;
CREATE TABLE tdigest_states (s AggregateFunction(quantileTDigest(0.5), UInt64)) ENGINE = Memory;
INSERT INTO tdigest_states SELECT quantileTDigestState(0.5)(toUInt64(number * 17 % 4000)) FROM numbers(10000) GROUP BY number % 2;
SELECT quantileTDigestMerge(0.5)(s), quantilesTDigestMerge(0.25, 0.75)(s) FROM tdigest_states;
DROP TABLE tdigest_states;

-- errors
SELECT quantileTDigest(2)(1); -- { serverError PARAMETER_OUT_OF_BOUND }
SELECT quantileTDigest(0.1, 0.2)(1); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT quantileTDigest('a'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT quantileTDigest(toDecimal32(1, 2)); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT quantileTDigestWeighted(1, 1.5); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT quantilesTDigest()(1); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
