-- groupArrayMovingSum / groupArrayMovingAvg: sums over the last N values (the whole group without N)
DROP TABLE IF EXISTS mv;
CREATE TABLE mv (i8 Int8, i32 Int32, f Float64) ENGINE = Memory;
INSERT INTO mv VALUES (1, 10, 1.5), (2, 20, 2.5), (3, -7, 7), (4, 30, 3);
SELECT groupArrayMovingSum(i32), groupArrayMovingSum(2)(i32), groupArrayMovingAvg(i32), groupArrayMovingAvg(2)(f) FROM mv;
SELECT toTypeName(groupArrayMovingSum(i8)), toTypeName(groupArrayMovingSum(toUInt8(i8))), toTypeName(groupArrayMovingSum(f)), toTypeName(groupArrayMovingAvg(i32)) FROM mv;
SELECT groupArrayMovingSum(toDecimal32(f, 2)), groupArrayMovingAvg(toDecimal32(f, 2)), toTypeName(groupArrayMovingAvg(toDecimal32(f, 2))), toTypeName(groupArrayMovingSum(toDecimal64(f, 3))) FROM mv;
SELECT groupArrayMovingSum(toUInt64(i8)), groupArrayMovingAvg(3)(toUInt64(i8)), groupArrayMovingSum(10)(toFloat32(f)) FROM mv;
SELECT groupArrayMovingSum(x) FROM (SELECT arrayJoin([toInt64(9223372036854775807), toInt64(1)]) AS x);
SELECT groupArrayMovingSum(i32) FROM mv WHERE 0;
SELECT groupArrayMovingSum(2)(number), groupArrayMovingAvg(2)(number) FROM numbers(5);
SELECT number % 2 AS k, groupArrayMovingSum(number) FROM numbers(6) GROUP BY k ORDER BY k;
SELECT groupArrayMovingSumMerge(s), groupArrayMovingAvgMerge(a) FROM (SELECT groupArrayMovingSumState(2)(number) AS s, groupArrayMovingAvgState(2)(number) AS a FROM numbers(5));
SELECT groupArrayMovingSum(0)(i32) FROM mv; -- { serverError BAD_ARGUMENTS }
SELECT groupArrayMovingSum(1, 2)(i32) FROM mv; -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT groupArrayMovingSum('a') FROM mv; -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
DROP TABLE mv;
