-- uniq, uniqHLL12, uniqCombined and uniqCombined64 give ClickHouse's numbers exactly: the same
-- hash per type, the same sketch phases (small array, exact set, HyperLogLog) and estimator.
-- Values are stored in a table first, so no injective function is stripped around them.
CREATE TABLE uniq_src (n UInt64, s String, t DateTime, d Date, f Float64, i Int32, dec Decimal64(2), t64 DateTime64(3), x Nullable(UInt64)) ENGINE = Memory;
INSERT INTO uniq_src SELECT number, substring(toString(number * 7), 1, 20), toDateTime(number * 3), toDate(number % 30000), number / 7, toInt32(number) - 500000, toDecimal64(number, 2), toDateTime64(number * 3, 3), if(number % 3 = 0, NULL, number) FROM numbers(1000000);

-- uniq on a million distinct values of each type.
SELECT uniq(n), uniq(s), uniq(t), uniq(d), uniq(f), uniq(i), uniq(dec), uniq(t64), uniq(x) FROM uniq_src;
SELECT uniq(n, s), uniq(toInt128(n)), uniq(toFloat32(f)) FROM uniq_src;

-- uniqHLL12: exact up to 16 values, then 4096 buckets.
SELECT uniqHLL12(n), uniqHLL12(s), uniqHLL12(t), uniqHLL12(d), uniqHLL12(f), uniqHLL12(i), uniqHLL12(dec), uniqHLL12(t64), uniqHLL12(x) FROM uniq_src;
SELECT uniqHLL12(n, s), uniqHLL12(toInt8(n)), uniqHLL12(toFloat32(f)), uniqHLL12(toInt128(n)) FROM uniq_src;
SELECT number AS size, uniqHLL12(n) FROM (SELECT arrayJoin([1, 15, 16, 17, 100, 10000, 100000]) AS number) AS sizes, uniq_src WHERE n < number GROUP BY number ORDER BY number;

-- uniqCombined: exact to 16 values, an exact set to 8192 (4096 for 64-bit keys), then 2^17 buckets with bias correction.
SELECT uniqCombined(n), uniqCombined(s), uniqCombined(t), uniqCombined(d), uniqCombined(f), uniqCombined(i), uniqCombined(dec), uniqCombined(t64), uniqCombined(x) FROM uniq_src;
SELECT uniqCombined64(n), uniqCombined64(s), uniqCombined64(t), uniqCombined64(f), uniqCombined64(i), uniqCombined64(dec), uniqCombined64(x) FROM uniq_src;
SELECT uniqCombined(n, s), uniqCombined64(n, s) FROM uniq_src;
SELECT size, uniqCombined(n), uniqCombined(s), uniqCombined64(n), uniqCombined64(s) FROM (SELECT arrayJoin([16, 17, 4096, 4097, 8192, 8193, 100000, 177000, 250000, 400000, 600000]) AS size) AS sizes, uniq_src WHERE n < size GROUP BY size ORDER BY size;
-- Precision as a parameter, from 12 to 20 buckets' log2.
SELECT uniqCombined(12)(n), uniqCombined(15)(s), uniqCombined(20)(n), uniqCombined64(12)(n), uniqCombined64(18)(s) FROM uniq_src;
SELECT uniqCombined(13)(n) FROM uniq_src WHERE n < 5000;

-- Several groups, -If, NULLs and empty input.
SELECT n % 4 AS k, uniq(s), uniqHLL12(s), uniqCombined(s), uniqCombined64(n) FROM uniq_src GROUP BY k ORDER BY k;
SELECT uniqIf(n, n % 2 = 0), uniqHLL12If(n, n % 2 = 0), uniqCombinedIf(s, n % 2 = 0) FROM uniq_src;
SELECT uniq(x), uniqHLL12(x), uniqCombined(x), uniqCombined64(x) FROM uniq_src WHERE n < 10;
SELECT uniq(n), uniqHLL12(n), uniqCombined(n), uniqCombined64(n) FROM uniq_src WHERE n > 10000000;
-- uniqCombined returns NULL where every value is NULL (uniq and uniqHLL12 return 0), as ClickHouse does.
SELECT uniq(x), uniqHLL12(x), uniqCombined(x), uniqCombined64(x), toTypeName(uniqCombined(x)) FROM uniq_src WHERE n % 3 = 0 AND n < 100;

-- Errors.
SELECT uniqHLL12(12)(n) FROM uniq_src; -- { serverError AGGREGATE_FUNCTION_DOESNT_ALLOW_PARAMETERS }
SELECT uniqHLL12() FROM uniq_src; -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT uniqCombined(11)(n) FROM uniq_src; -- { serverError ARGUMENT_OUT_OF_BOUND }
SELECT uniqCombined64(21)(n) FROM uniq_src; -- { serverError ARGUMENT_OUT_OF_BOUND }
SELECT uniqCombined(12, 13)(n) FROM uniq_src; -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT uniqCombined('x')(n) FROM uniq_src; -- { serverError CANNOT_CONVERT_TYPE }
SELECT uniqCombined() FROM uniq_src; -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
