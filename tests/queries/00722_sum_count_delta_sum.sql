-- sumCount(x) is (sum, count) in sum's type; deltaSum(x) adds the rises between consecutive rows, ignoring drops;
-- deltaSumTimestamp(x, t) does the same and merges states by their timestamps. All-NULL input gives the default.
SELECT sumCount(number), toTypeName(sumCount(number)) FROM numbers(10);
SELECT sumCount(number) FROM numbers(0);
SELECT sumCount(toInt8(-5)), sumCount(toFloat32(1.5)), sumCount(toDecimal32(2.25, 2)), toTypeName(sumCount(toDecimal32(2.25, 2))), toTypeName(sumCount(toFloat32(1))), toTypeName(sumCount(toInt8(1)));
SELECT sumCount(x), toTypeName(sumCount(x)) FROM values('x Nullable(Int32)', 1, NULL, -5, 7);
SELECT sumCount(x), toTypeName(sumCount(x)) FROM (SELECT CAST(NULL AS Nullable(Int32)) AS x);
SELECT sumCount(NULL), toTypeName(sumCount(NULL));
SELECT hex(sumCountState(number)), hex(sumCountState(toDecimal32(number, 2))) FROM numbers(3);
SELECT k, sumCountMerge(s) FROM (SELECT number % 2 AS k, sumCountState(number) AS s FROM numbers(10) GROUP BY number % 3, k) GROUP BY k ORDER BY k;
SELECT sumCountIf(number, number > 4), sumCountArray([number, 1]), sumCountOrNull(number) FROM numbers(10);
SELECT deltaSum(number), toTypeName(deltaSum(number)), toTypeName(deltaSum(toInt8(number))), toTypeName(deltaSum(toFloat32(number))) FROM numbers(10);
SELECT deltaSum(x) FROM values('x Int32', 1, 3, 2, 5, 1, 10);
SELECT deltaSum(x) FROM values('x Float64', 0.5, 0.25, 1.75, 1.75, 3);
SELECT deltaSum(number) FROM numbers(0);
SELECT deltaSum(number) FROM numbers(1);
SELECT deltaSum(toInt8(x)), deltaSum(toUInt8(x + 128)) FROM (SELECT arrayJoin([-100, 100, -128, 127]) AS x);
SELECT deltaSum(x), toTypeName(deltaSum(x)) FROM values('x Nullable(Int32)', 1, NULL, 3, NULL, 2, 4);
SELECT deltaSum(x), toTypeName(deltaSum(x)) FROM values('x Nullable(Int32)', NULL);
SELECT deltaSumIf(number, number % 2 = 0), deltaSumArray([number, number * 2]), deltaSumOrNull(number) FROM numbers(6);
SELECT hex(deltaSumState(number)), hex(deltaSumState(toInt16(number))) FROM numbers(4);
SELECT deltaSumTimestamp(number, toDateTime(number)), deltaSumTimestamp(toFloat64(number) / 2, number) FROM numbers(10);
SELECT deltaSumTimestamp(v, t) FROM values('v Int32, t UInt32', (1, 1), (5, 2), (3, 3), (6, 4), (2, 5), (9, 6));
SELECT deltaSumTimestamp(number, number) FROM numbers(0);
SELECT toTypeName(deltaSumTimestamp(toInt8(1), toDate('2020-01-01'))), toTypeName(deltaSumTimestamp(toFloat32(1), 1.5)), toTypeName(deltaSumTimestamp(toUInt16(1), toDateTime(1)));
SELECT hex(deltaSumTimestampState(toInt16(number), toUInt32(number + 100))), hex(deltaSumTimestampState(toFloat32(number), toInt64(number))) FROM numbers(4);
SELECT k, deltaSumTimestamp(v, t) FROM values('k UInt8, v Nullable(UInt32), t Int32', (1, 10, 1), (1, 20, 2), (2, 5, 1), (1, NULL, 3), (2, 1, 2), (1, 25, 4), (2, 7, 3)) GROUP BY k ORDER BY k;
DROP TABLE IF EXISTS dst;
CREATE TABLE dst (k UInt8, s AggregateFunction(deltaSumTimestamp, UInt64, DateTime)) ENGINE = AggregatingMergeTree ORDER BY k;
INSERT INTO dst SELECT 1, deltaSumTimestampState(number * 3, toDateTime(number)) FROM numbers(5);
INSERT INTO dst SELECT 1, deltaSumTimestampState(number * 2 + 100, toDateTime(number + 10)) FROM numbers(5);
SELECT k, deltaSumTimestampMerge(s) FROM dst GROUP BY k;
SELECT deltaSumMerge(s) FROM (SELECT deltaSumState(number) AS s FROM numbers(10) GROUP BY number % 2);
SELECT name, is_aggregate FROM system.functions WHERE name IN ('sumCount', 'deltaSum', 'deltaSumTimestamp') ORDER BY name;
SELECT sumCount('a'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT deltaSum('a'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT deltaSum(toDecimal32(1, 2)); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT deltaSumTimestamp(1, 'a'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT deltaSumTimestamp(toDecimal32(1, 2), 1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT deltaSumTimestamp(1, toDateTime64(1, 3)); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT deltaSum(number, number) FROM numbers(3); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT deltaSumTimestamp(number) FROM numbers(3); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT sumCount(number, number) FROM numbers(3); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT deltaSum(1)(number) FROM numbers(3); -- { serverError AGGREGATE_FUNCTION_DOESNT_ALLOW_PARAMETERS }
DROP TABLE dst;
