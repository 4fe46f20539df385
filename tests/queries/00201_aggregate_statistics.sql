-- varPop, varSamp, stddevPop, stddevSamp, covarPop, covarSamp, corr: ClickHouse's power-sum
-- formulas (not the stable ones), so large offsets cancel to 0 just as in ClickHouse. Inputs
-- are integers or binary fractions, whose sums are exact in any order.
CREATE TABLE stat_src (n UInt64, x Float64, y Int32, f Float32, z Nullable(Float64)) ENGINE = Memory;
INSERT INTO stat_src SELECT number, number * 0.25, toInt32(number * number % 17) - 8, number / 8, if(number % 3 = 0, NULL, number * 0.5) FROM numbers(100);

SELECT varPop(n), varSamp(n), stddevPop(n), stddevSamp(n) FROM stat_src;
SELECT varPop(x), varSamp(y), stddevPop(y), stddevSamp(x) FROM stat_src;
SELECT covarPop(n, y), covarSamp(x, y), corr(n, y), corr(x, x * 2), corr(y, n % 7) FROM stat_src;
-- Float32 arguments accumulate and answer in Float32.
SELECT varPop(f), stddevSamp(f), covarPop(f, f), corr(f, f), toTypeName(varPop(f)), toTypeName(corr(f, x)), toTypeName(varSamp(y)) FROM stat_src;
-- Large offsets: the power sums cancel (ClickHouse clamps a negative variance to 0).
SELECT varPop(1e9 + n), varSamp(1e9 + n), stddevPop(1e10 + n) FROM stat_src WHERE n < 3;
-- One row: population statistics are 0, sample ones nan; no rows: nan; NULLs are skipped.
SELECT varPop(x), varSamp(x), stddevSamp(x), covarPop(x, y), covarSamp(x, y), corr(x, y) FROM stat_src WHERE n = 7;
SELECT varPop(x), varSamp(x), covarPop(x, y), corr(x, y) FROM stat_src WHERE n > 1000;
SELECT varPop(z), varSamp(z), corr(z, x), toTypeName(varPop(z)) FROM stat_src;
SELECT varPop(z), corr(z, x) FROM stat_src WHERE n % 3 = 0;
SELECT n % 4 AS k, varPop(y), stddevSamp(x), covarSamp(n, y) FROM stat_src GROUP BY k ORDER BY k;
SELECT varPopIf(n, n < 10), corrIf(n, y, n % 2 = 0), stddevPopArray([1, 2, 3, 4]) FROM stat_src;
-- SQL standard spellings.
SELECT VAR_POP(n), var_samp(n), STDDEV_POP(n), stddev_samp(n), COVAR_POP(n, y), covar_samp(n, y), CORR(n, y) FROM stat_src;
SELECT varPop(toDate('2020-01-01')); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT varPop('a'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT covarPop(n) FROM stat_src; -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT varPop(1)(n) FROM stat_src; -- { serverError AGGREGATE_FUNCTION_DOESNT_ALLOW_PARAMETERS }
