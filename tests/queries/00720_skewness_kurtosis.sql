-- skewPop, skewSamp, kurtPop, kurtSamp: power sums up to x^4, Float32 in Float32, others (Decimal too) in Float64;
-- no rows, one row or zero variance give nan; combinators, Nullable and -State/-Merge work as for varPop
SELECT skewPop(number), skewSamp(number), kurtPop(number), kurtSamp(number) FROM numbers(100);
SELECT skewPop(number), skewSamp(number), kurtPop(number), kurtSamp(number) FROM numbers(0);
SELECT skewPop(number), skewSamp(number), kurtPop(number), kurtSamp(number) FROM numbers(1);
SELECT skewPop(number), skewSamp(number), kurtPop(number), kurtSamp(number) FROM numbers(2);
SELECT skewPop(x), skewSamp(x), kurtPop(x), kurtSamp(x) FROM (SELECT 5 AS x FROM numbers(4));
SELECT skewPop(x), skewSamp(x), kurtPop(x), kurtSamp(x) FROM (SELECT toFloat64(number * number) AS x FROM numbers(100));
SELECT skewPop(x), kurtPop(x), skewSamp(x), kurtSamp(x) FROM (SELECT toFloat64(number * number * number) AS x FROM numbers(50));
SELECT skewPop(toInt8(number) - 50), kurtSamp(toInt16(number) * -3), skewSamp(toUInt8(number % 7)), kurtPop(toInt128(number)) FROM numbers(100);
SELECT toTypeName(skewPop(toFloat32(1))), toTypeName(kurtSamp(toDecimal32(1, 2))), toTypeName(skewSamp(1)), toTypeName(kurtPop(toNullable(1)));
SELECT skewPop(toFloat32(number) - 20), kurtPop(toFloat32(number) - 20), skewSamp(toFloat32(number % 7)), kurtSamp(toFloat32(number % 9)) FROM numbers(50);
SELECT skewPop(toDecimal32(number, 2)), kurtSamp(toDecimal64(number, 4) * 2) FROM numbers(10);
SELECT number % 3 AS a, number % 2 AS b, skewPop(number * number), kurtPop(number), skewSamp(-number * number), kurtSamp(number % 5)
FROM numbers(100) GROUP BY a, b ORDER BY a, b;
DROP TABLE IF EXISTS sk;
CREATE TABLE sk (k String, x Nullable(Int32)) ENGINE = Memory;
INSERT INTO sk VALUES ('a', 1), ('a', NULL), ('a', 3), ('a', 7), ('b', NULL), ('c', 4), ('c', 4), ('c', 10);
SELECT k, skewPop(x), skewSamp(x), kurtPop(x), kurtSamp(x), toTypeName(skewPop(x)) FROM sk GROUP BY k ORDER BY k;
SELECT skewPopIf(number, number > 50), kurtPopArray([number, number * 2]), skewSampOrNull(number), kurtSampIf(number, number > 1000) FROM numbers(100);
SELECT kurtPopMerge(s), skewSampMerge(t) FROM (SELECT kurtPopState(number) AS s, skewSampState(number * number) AS t FROM numbers(100) GROUP BY number % 7);
SELECT hex(skewPopState(number)), hex(kurtSampState(number)) FROM numbers(3);
DROP TABLE IF EXISTS sk_agg;
CREATE TABLE sk_agg (k UInt8, s AggregateFunction(kurtSamp, UInt64)) ENGINE = AggregatingMergeTree ORDER BY k;
INSERT INTO sk_agg SELECT number % 2, kurtSampState(number) FROM numbers(20) GROUP BY number % 2;
INSERT INTO sk_agg SELECT number % 2, kurtSampState(number * 3) FROM numbers(20) GROUP BY number % 2;
SELECT k, kurtSampMerge(s) FROM sk_agg GROUP BY k ORDER BY k;
SELECT name, is_aggregate FROM system.functions WHERE name IN ('skewPop', 'skewSamp', 'kurtPop', 'kurtSamp') ORDER BY name;
SELECT skewPop('a'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT kurtSamp([1, 2]); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT skewPop(number, number) FROM numbers(5); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT kurtPop() FROM numbers(5); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT skewSamp(1)(number) FROM numbers(5); -- { serverError AGGREGATE_FUNCTION_DOESNT_ALLOW_PARAMETERS }
DROP TABLE sk;
DROP TABLE sk_agg;
