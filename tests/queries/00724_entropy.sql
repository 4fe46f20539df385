-- entropy(x[, ...]): Shannon entropy in bits; counts kept in ClickHouse's hash map layout (numbers by value,
-- other types and several arguments by a 128-bit hash), NaN skipped, states as ClickHouse's
SELECT entropy(number % 5), entropy(number % 2), entropy(1) FROM numbers(10);
SELECT entropy(number) FROM numbers(0);
SELECT entropy(number) FROM numbers(1);
SELECT entropy(number % 37), entropy(toInt8(number % 11) - 5), entropy(toFloat64(number % 13) / 7), entropy(toFloat32(number % 3)) FROM numbers(1000);
SELECT entropy(intHash32(number) % 1000), entropy(toInt128(number % 17)), entropy(toUInt128(number % 17)) FROM numbers(10000);
SELECT entropy(toString(number % 7)), entropy(toString(number % 7), number % 2), entropy((number % 3, 'a')), entropy([number % 4]) FROM numbers(100);
SELECT entropy(toDate('2020-01-01') + number % 5), entropy(toDateTime('2020-01-01 00:00:00') + number % 3), entropy(toDecimal32(number % 4, 2)), entropy(number % 3 = 0) FROM numbers(30);
SELECT entropy(x) FROM (SELECT if(number % 3 = 0, nan, number % 2) AS x FROM numbers(12));
SELECT entropy(x), toTypeName(entropy(x)) FROM values('x Nullable(String)', 'a', NULL, 'b', 'a');
SELECT entropy(x) FROM values('x Nullable(UInt8)', NULL);
SELECT k, entropy(v) FROM (SELECT number % 3 AS k, intDiv(number, 4) % 5 AS v FROM numbers(60)) GROUP BY k ORDER BY k;
SELECT entropyIf(number % 4, number > 3), entropyArray([number % 2, 1]), entropyOrNull(number) FROM numbers(20);
SELECT hex(entropyState(number % 3)), hex(entropyState(toInt8(number % 3) - 1)) FROM numbers(10);
SELECT hex(entropyState(toString(number % 2))) FROM numbers(10);
SELECT entropyMerge(s) FROM (SELECT entropyState(number % 50) AS s FROM numbers(1000) GROUP BY number % 7);
DROP TABLE IF EXISTS ent;
CREATE TABLE ent (k UInt8, s AggregateFunction(entropy, String)) ENGINE = AggregatingMergeTree ORDER BY k;
INSERT INTO ent SELECT 1, entropyState(toString(number % 3)) FROM numbers(9);
INSERT INTO ent SELECT 1, entropyState(toString(number % 5)) FROM numbers(20);
SELECT k, entropyMerge(s) FROM ent GROUP BY k;
SELECT name, is_aggregate FROM system.functions WHERE name = 'entropy';
SELECT entropy() FROM numbers(2); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT entropy(1)(number) FROM numbers(2); -- { serverError AGGREGATE_FUNCTION_DOESNT_ALLOW_PARAMETERS }
DROP TABLE ent;
