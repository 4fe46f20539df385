-- quantile (reservoir sampling with ClickHouse's generator, so the same sample), quantiles,
-- median, and the exact quantileExact / quantilesExact / medianExact, on large inputs.
CREATE TABLE q_src (n UInt64, f Float64, i Int32, d Date, t DateTime, dec Decimal64(2), x Nullable(UInt64)) ENGINE = MergeTree ORDER BY n;
INSERT INTO q_src SELECT number, number / 3, toInt32(number) - 500000, toDate(number % 20000), toDateTime(number * 5), toDecimal64(number, 2), if(number % 4 = 0, NULL, number) FROM numbers(1000000);

-- Below 8192 values the sample is every value: the interpolated quantile is exact.
SELECT quantile(n), quantile(0.9)(n), median(n), quantileExact(n), quantileExact(0.1)(f), medianExact(n) FROM q_src WHERE n < 10;
SELECT quantile(0.25)(n), quantileExact(0.25)(n), quantiles(0.01, 0.5, 0.999)(f) FROM q_src WHERE n < 8192;
-- Above it, the reservoir answers ClickHouse's sampled value for rows read in one stream (a
-- table read by several threads merges samples in an order that varies, in ClickHouse too).
SELECT quantile(number), quantile(0.3)(number / 3), quantile(0.99)(toInt32(number) - 500000), median(number) FROM numbers(1000000);
SELECT quantiles(0.1, 0.5, 0.99)(number), toTypeName(quantiles(0.5)(number)) FROM numbers(3000000);
SELECT quantilesExact(0.1, 0.5, 0.99)(n), toTypeName(quantilesExact(0.5)(i)) FROM q_src;
SELECT quantileExact(n), quantileExact(0)(i), quantileExact(1)(i), quantileExact(0.75)(f), medianExact(dec) FROM q_src;
-- Dates, times and decimals answer in their own type.
SELECT quantile(d), quantileExact(d), quantile(t), quantileExact(0.9)(t), quantile(dec), toTypeName(quantile(d)), toTypeName(quantile(dec)) FROM q_src WHERE n < 5000;
-- Groups, NULLs, -If, and empty input (NaN for the sampler, 0 for an integer quantileExact).
SELECT number % 3 AS k, quantile(number), quantileExact(0.99)(number), median(number / 3) FROM numbers(300000) GROUP BY k ORDER BY k;
SELECT quantile(x), quantileExact(x), quantiles(0.2, 0.8)(x) FROM q_src WHERE n < 100;
SELECT quantileIf(n, n % 2 = 0), quantileExactIf(0.2)(n, n % 2 = 0) FROM q_src WHERE n < 5000;
SELECT quantile(n), quantileExact(n), quantileExact(f), quantiles(0.5)(n), quantilesExact(0.5)(n) FROM q_src WHERE n > 2000000;

-- Errors.
SELECT quantile(2)(n) FROM q_src; -- { serverError PARAMETER_OUT_OF_BOUND }
SELECT quantileExact(-0.1)(n) FROM q_src; -- { serverError PARAMETER_OUT_OF_BOUND }
SELECT quantile(0.1, 0.2)(n) FROM q_src; -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT quantiles(n) FROM q_src; -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT quantile(toString(n)) FROM q_src; -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT quantileExact(n, n) FROM q_src; -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
