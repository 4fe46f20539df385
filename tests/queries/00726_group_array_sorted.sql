-- groupArraySorted(N)(x): the N smallest values ascending; the state is ClickHouse's max-heap of N values
-- (plain numbers raw, other types with a presence byte)
SELECT groupArraySorted(3)(number), groupArraySorted(3)(toString(number)), toTypeName(groupArraySorted(3)(number)) FROM numbers(10);
SELECT groupArraySorted(20)(number) FROM numbers(5);
SELECT groupArraySorted(3)(number) FROM numbers(0);
SELECT groupArraySorted(5)(intHash32(number) % 100), hex(groupArraySortedState(5)(intHash32(number) % 100)) FROM numbers(100);
SELECT hex(groupArraySortedState(2)(number)), hex(groupArraySortedState(4)(toString(intHash32(number) % 100))) FROM numbers(10);
SELECT groupArraySorted(3)(toDecimal32(number / 7, 2)), hex(groupArraySortedState(3)(toDecimal32(number / 7, 2))) FROM numbers(20);
SELECT groupArraySorted(4)(toDate('2024-01-01') + number % 9), groupArraySorted(2)(-toFloat32(number) / 3), groupArraySorted(3)(toInt128(number) - 5), groupArraySorted(2)(toInt8(number) - 100) FROM numbers(20);
SELECT groupArraySorted(3)(x), toTypeName(groupArraySorted(3)(x)) FROM values('x Nullable(Int32)', 5, NULL, 1, 3);
SELECT groupArraySorted(3)(x) FROM values('x Nullable(Int32)', NULL);
SELECT k, groupArraySorted(3)(v), groupArraySorted(2)(toString(v)) FROM (SELECT number % 3 AS k, intHash32(number) % 50 AS v FROM numbers(100)) GROUP BY k ORDER BY k;
SELECT groupArraySortedMerge(3)(s) FROM (SELECT groupArraySortedState(3)(intHash32(number)) AS s FROM numbers(1000) GROUP BY number % 7);
SELECT groupArraySortedIf(2)(number, number > 4), groupArraySortedArray(2)([number, 100]), groupArraySortedOrNull(2)(number) FROM numbers(10);
DROP TABLE IF EXISTS gas;
CREATE TABLE gas (k UInt8, s AggregateFunction(groupArraySorted(3), String)) ENGINE = AggregatingMergeTree ORDER BY k;
INSERT INTO gas SELECT 1, groupArraySortedState(3)(toString(number * 7 % 10)) FROM numbers(10);
INSERT INTO gas SELECT 1, groupArraySortedState(3)(toString(number + 100)) FROM numbers(3);
SELECT k, groupArraySortedMerge(3)(s) FROM gas GROUP BY k;
SELECT name, is_aggregate FROM system.functions WHERE name = 'groupArraySorted';
SELECT groupArraySorted(number) FROM numbers(10); -- { serverError BAD_ARGUMENTS }
SELECT groupArraySorted(0)(number) FROM numbers(10); -- { serverError BAD_ARGUMENTS }
SELECT groupArraySorted(-1)(number) FROM numbers(10); -- { serverError BAD_ARGUMENTS }
SELECT groupArraySorted(1.5)(number) FROM numbers(10); -- { serverError BAD_ARGUMENTS }
SELECT groupArraySorted(20000000)(number) FROM numbers(10); -- { serverError BAD_ARGUMENTS }
SELECT groupArraySorted(1, 2)(number) FROM numbers(10); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT groupArraySorted(1)(number, number) FROM numbers(10); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
DROP TABLE gas;
