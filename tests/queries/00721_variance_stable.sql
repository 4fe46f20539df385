-- The *Stable statistics: Welford's running mean and squared deviations in Float64, merged by the
-- parallel formula; too few rows give inf (not nan), Decimals enter as their Float64 values
SELECT varPopStable(number), varSampStable(number), stddevPopStable(number), stddevSampStable(number) FROM numbers(100);
SELECT covarPopStable(number, number * number), covarSampStable(number, number * number), corrStable(number, number * number) FROM numbers(100);
SELECT varPopStable(number), varSampStable(number), stddevPopStable(number), stddevSampStable(number),
    covarPopStable(number, number), covarSampStable(number, number), corrStable(number, number) FROM numbers(0);
SELECT varPopStable(number), varSampStable(number), stddevPopStable(number), stddevSampStable(number),
    covarPopStable(number, number), covarSampStable(number, number), corrStable(number, number) FROM numbers(1);
SELECT varPopStable(x), varSampStable(x), corrStable(x, x) FROM (SELECT 7 AS x FROM numbers(5));
SELECT varPopStable(x), varSampStable(x * 1.1), stddevPopStable(toFloat32(x) / 7), stddevSampStable(toInt8(x)),
    covarPopStable(x, x * x), covarSampStable(x % 17, x), corrStable(x, x % 13) FROM (SELECT number AS x FROM numbers(1000));
SELECT varPopStable(1e9 + number), varPop(1e9 + number), varSampStable(1e9 + number) FROM numbers(10);
SELECT varPopStable(toDecimal32(number, 2)), stddevSampStable(toDecimal64(number, 3)), covarPopStable(toDecimal32(number, 2), number) FROM numbers(5);
SELECT toTypeName(varPopStable(toFloat32(1))), toTypeName(corrStable(toInt8(1), toFloat32(2))), toTypeName(varSampStable(toNullable(1)));
SELECT number % 3 AS a, number % 2 AS b, varPopStable(number), stddevSampStable(number * 2), covarSampStable(number, number % 4), corrStable(number, -number)
FROM numbers(60) GROUP BY a, b ORDER BY a, b;
SELECT number % 2 AS k, varPopStable(x), corrStable(x, y), covarPopStable(y, x)
FROM (SELECT number, if(number % 3 = 0, NULL, number) AS x, toNullable(number * number) AS y FROM numbers(20)) GROUP BY k ORDER BY k;
SELECT varPopStable(x), corrStable(x, 1) FROM (SELECT CAST(NULL AS Nullable(Int32)) AS x);
SELECT varSampStableIf(number, number % 2), stddevPopStableArray([number, 1]), covarPopStableOrNull(number, number), corrStableIf(number, number, number > 1000) FROM numbers(10);
SELECT varSampStableMerge(s), corrStableMerge(c) FROM (SELECT varSampStableState(number) AS s, corrStableState(number, number % 10) AS c FROM numbers(1000) GROUP BY number % 7);
SELECT hex(varPopStableState(number)), hex(covarPopStableState(number, number * 2)), hex(corrStableState(number, number * 2)) FROM numbers(3);
DROP TABLE IF EXISTS vs_agg;
CREATE TABLE vs_agg (k UInt8, s AggregateFunction(stddevSampStable, UInt64), c AggregateFunction(covarSampStable, UInt64, Int32)) ENGINE = AggregatingMergeTree ORDER BY k;
INSERT INTO vs_agg SELECT number % 2, stddevSampStableState(number), covarSampStableState(number, toInt32(toInt32(number) - 5)) FROM numbers(10) GROUP BY number % 2;
INSERT INTO vs_agg SELECT number % 2, stddevSampStableState(number * 3), covarSampStableState(number, toInt32(-toInt32(number))) FROM numbers(10) GROUP BY number % 2;
SELECT k, stddevSampStableMerge(s), covarSampStableMerge(c) FROM vs_agg GROUP BY k ORDER BY k;
SELECT name, is_aggregate FROM system.functions WHERE name LIKE '%Stable' ORDER BY name;
SELECT varPopStable('a'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT corrStable(1, 'a'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT covarSampStable(number) FROM numbers(3); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT stddevPopStable(number, number) FROM numbers(3); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT varSampStable(1)(number) FROM numbers(3); -- { serverError AGGREGATE_FUNCTION_DOESNT_ALLOW_PARAMETERS }
DROP TABLE vs_agg;
