-- sumKahan(x): numbers summed in Float64 with Kahan's compensation (four interleaved sums per block, as
-- ClickHouse), Decimals summed as by sum; state: sum then compensation
SELECT sumKahan(0.1), sum(0.1) FROM numbers(10);
SELECT sumKahan(number), toTypeName(sumKahan(number)), toTypeName(sumKahan(toFloat32(1))), toTypeName(sumKahan(toInt8(1))) FROM numbers(10);
SELECT sumKahan(number) FROM numbers(0);
SELECT sumKahan(toDecimal32(1.25, 2)), toTypeName(sumKahan(toDecimal32(1, 2)));
SELECT sumKahan(x), sum(x) FROM (SELECT 1 / (number + 1) AS x FROM numbers(50000));
SELECT sumKahan(x) FROM values('x Float64', 1e100, 1, -1e100, 0.1, 0.2, 0.3);
SELECT sumKahan(x), toTypeName(sumKahan(x)) FROM values('x Nullable(Float64)', 0.1, NULL, 0.2, 0.3, NULL, 1e100, 1, -1e100);
SELECT sumKahan(x) FROM values('x Nullable(Float64)', NULL);
SELECT sumKahanIf(1 / (number + 1), number % 3 = 1), sumKahanArray([0.1, 0.2]), sumKahanOrNull(0.1) FROM numbers(1003);
SELECT k, sumKahan(1 / (number + 1)) FROM numbers(1000) GROUP BY number % 3 AS k ORDER BY k;
SELECT sumKahanMerge(s) FROM (SELECT sumKahanState(1 / (number + 1)) AS s FROM numbers(1000) GROUP BY number % 7);
SELECT hex(sumKahanState(0.1)) FROM numbers(10);
SELECT name, is_aggregate FROM system.functions WHERE name = 'sumKahan';
SELECT sumKahan('a'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT sumKahan(number, number) FROM numbers(2); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
