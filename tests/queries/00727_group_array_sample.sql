-- groupArraySample(N[, seed])(x): reservoir sampling with ClickHouse's generator (pcg32_fast), so seeded
-- samples, merges and -State bytes (values, count seen, generator text) are ClickHouse's
SELECT groupArraySample(3, 1)(number), hex(groupArraySampleState(3, 1)(number)) FROM numbers(10);
SELECT groupArraySample(5, 42)(number), groupArraySample(2, 7)(toString(number)), hex(groupArraySampleState(2, 7)(toString(number))) FROM numbers(1000);
SELECT groupArraySample(10, 3)(number) FROM numbers(4);
SELECT groupArraySample(3)(number) FROM numbers(0);
SELECT length(groupArraySample(3)(number)), arrayAll(x -> x < 100, groupArraySample(3)(number)) FROM numbers(100);
SELECT groupArraySample(3, 123)(x), toTypeName(groupArraySample(3, 123)(x)) FROM values('x Nullable(Int32)', 1, NULL, 2, 3, 4, NULL, 5);
SELECT groupArraySample(3, 1)([number]), groupArraySample(2, 3)((number, 'a')), groupArraySample(2, 5)(toDate('2024-01-01') + number) FROM numbers(30);
SELECT groupArraySample(4, 11)(number) FROM numbers(5000000000) WHERE number % 1000000000 = 0;
SELECT k, groupArraySample(2, 5)(number) FROM numbers(100) GROUP BY number % 3 AS k ORDER BY k;
SELECT groupArraySampleMerge(3, 9)(s) FROM (SELECT groupArraySampleState(3, 9)(number) AS s FROM numbers(100) GROUP BY number % 4 ORDER BY number % 4);
SELECT hex(groupArraySampleState(3, 9)(number)) FROM numbers(100) GROUP BY number % 4 ORDER BY number % 4;
SELECT groupArraySampleIf(2, 8)(number, number % 2 = 1), groupArraySampleArray(2, 8)([number, number + 100]) FROM numbers(50);
DROP TABLE IF EXISTS gsa;
CREATE TABLE gsa (k UInt8, s AggregateFunction(groupArraySample(3, 17), UInt64)) ENGINE = AggregatingMergeTree ORDER BY k;
INSERT INTO gsa SELECT 1, groupArraySampleState(3, 17)(number) FROM numbers(2);
SELECT k, groupArraySampleMerge(3, 17)(s), hex(s) FROM gsa GROUP BY k, s;
SELECT name, is_aggregate FROM system.functions WHERE name = 'groupArraySample';
SELECT groupArraySample(number) FROM numbers(3); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT groupArraySample(1, 2, 3)(number) FROM numbers(3); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT groupArraySample(0)(number) FROM numbers(3); -- { serverError BAD_ARGUMENTS }
SELECT groupArraySample(1, 0)(number) FROM numbers(3); -- { serverError BAD_ARGUMENTS }
SELECT groupArraySample('a')(number) FROM numbers(3); -- { serverError BAD_ARGUMENTS }
SELECT groupArraySample(3, 1)(number, number) FROM numbers(3); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
DROP TABLE gsa;
