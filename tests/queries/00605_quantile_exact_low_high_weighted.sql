-- quantileExactLow/High (lower/upper median at 0.5) and quantileExactWeighted, on ints, floats, dates and decimals
DROP TABLE IF EXISTS qe;
CREATE TABLE qe (i32 Int32, u64 UInt64, f Float64, d Decimal(10, 2), dt Date) ENGINE = Memory;
INSERT INTO qe VALUES (10, 5, 1.5, 12.34, '2024-01-01'), (20, 6, 2.5, 1.11, '2024-01-03'), (-7, 5, 7, -0.01, '2023-12-31'), (30, 8, 3, 5, '2024-02-01');
SELECT quantileExact(i32), quantileExactLow(i32), quantileExactHigh(i32), medianExactLow(i32), medianExactHigh(i32) FROM qe;
SELECT quantileExactLow(0.5)(dt), quantileExactHigh(0.5)(d), quantileExactLow(0.3)(f), quantileExactHigh(0.3)(f), quantilesExactLow(0.1, 0.5, 0.9)(i32), quantilesExactHigh(0.1, 0.5, 1)(i32) FROM qe;
SELECT toTypeName(quantileExactLow(toInt8(i32))), toTypeName(quantileExactHigh(d)), toTypeName(quantilesExactLow(0.5)(dt)) FROM qe;
SELECT quantileExactLow(x), quantileExactHigh(x) FROM (SELECT arrayJoin([1, 2, 3]) AS x);
SELECT median(number), quantileExact(0.99)(number), quantileExactLow(0.99)(number), quantileExactHigh(number), quantileExactLow(number) FROM numbers(100000);
SELECT quantileExactLow(i32), quantileExactHigh(f) FROM qe WHERE 0;
SELECT quantileExactWeighted(i32, u64), quantileExactWeighted(0.9)(f, u64), quantilesExactWeighted(0.1, 0.5)(dt, u64), quantileExactWeighted(d, u64) FROM qe;
SELECT toTypeName(quantileExactWeighted(i32, u64)), toTypeName(quantilesExactWeighted(0.5)(f, u64)), toTypeName(medianExactWeighted(d, u64)) FROM qe;
SELECT quantileExactWeighted(i32, 1), quantileExactWeighted(f, 1) FROM qe WHERE 0;
SELECT quantileExactWeighted(x, w) FROM (SELECT arrayJoin([(1, 1), (2, 0), (3, 5), (1, 3)]) AS t, t.1 AS x, toUInt32(t.2) AS w);
SELECT quantilesExactWeighted(0, 0.25, 0.5, 0.75, 1)(number % 10, number) FROM numbers(1000);
SELECT k, medianExactWeighted(number, 2) FROM numbers(10) GROUP BY number % 2 AS k ORDER BY k;
SELECT quantileExactWeighted(x, 1) FROM (SELECT arrayJoin([nan, 1, 2]) AS x);
SELECT quantileExactWeightedMerge(s) FROM (SELECT quantileExactWeightedState(number, 1) AS s FROM numbers(11));
SELECT quantileExactWeighted(i32, f) FROM qe; -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT quantileExactWeighted(i32) FROM qe; -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT quantileExactLow(2)(i32) FROM qe; -- { serverError PARAMETER_OUT_OF_BOUND }
DROP TABLE qe;
