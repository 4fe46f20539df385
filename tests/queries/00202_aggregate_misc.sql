-- groupUniqArray (in ClickHouse's hash set order), avgWeighted (ClickHouse's accumulator
-- types), retention and sumWithOverflow.
CREATE TABLE misc_src (n UInt64, g UInt8, i Int16, s String, f Float64, x Nullable(UInt32)) ENGINE = Memory;
INSERT INTO misc_src SELECT number, number % 3, toInt16(number) - 50, toString(number % 7), number / 3, if(number % 2 = 1, NULL, toUInt32(number)) FROM numbers(100);

SELECT groupUniqArray(n % 20), groupUniqArray(i), groupUniqArray(f) FROM misc_src WHERE n < 30;
SELECT groupUniqArray(number % 100) FROM numbers(1000);
SELECT groupUniqArray(3)(g), groupUniqArray(5)(n), length(groupUniqArray(n)) FROM misc_src;
SELECT arraySort(groupUniqArray(s)), toTypeName(groupUniqArray(s)), groupUniqArray(x), toTypeName(groupUniqArray(x)) FROM misc_src WHERE n < 12;
SELECT g, groupUniqArray(n % 5) FROM misc_src GROUP BY g ORDER BY g;
SELECT groupUniqArray(n), groupUniqArray(s) FROM misc_src WHERE n > 1000;
SELECT groupUniqArray(0)(n) FROM misc_src; -- { serverError BAD_ARGUMENTS }
SELECT groupUniqArray(1, 2)(n) FROM misc_src; -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT groupUniqArray(n, g) FROM misc_src; -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }

-- avgWeighted: the numerator takes the wider accumulator, the weight's when equally wide.
SELECT avgWeighted(n, g), avgWeighted(f, g), avgWeighted(g, f), avgWeighted(i, n) FROM misc_src;
SELECT avgWeighted(1.5, 2), avgWeighted(2, 1.5), avgWeighted(toInt8(-3), toUInt8(2)), avgWeighted(toInt128(3), 2), avgWeighted(1, 0);
SELECT avgWeighted(n, g) FROM misc_src WHERE n > 1000;
SELECT avgWeighted(x, g), avgWeighted(g, x), toTypeName(avgWeighted(x, g)) FROM misc_src;
SELECT g, avgWeighted(n, n) FROM misc_src GROUP BY g ORDER BY g;
SELECT avgWeighted(n) FROM misc_src; -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT avgWeighted(s, n) FROM misc_src; -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT avgWeighted(toDate('2020-01-01'), 1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }

-- retention: element i says whether the first and the i-th conditions both held.
SELECT retention(n = 1, n = 2, n = 3), retention(n = 500, n = 1), retention(g = 0, g = 1, n > 1000) FROM misc_src;
SELECT g, retention(n % 2 = 0, n % 5 = 0, n = 4) FROM misc_src GROUP BY g ORDER BY g;
SELECT retention(n = 1, n = 2) FROM misc_src WHERE n > 1000;
SELECT retention(x = 2, x = 4), retention(x = 3, x = 4) FROM misc_src;
SELECT retention(1); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT retention(toUInt16(1), 1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }

-- sumWithOverflow: the sum keeps the argument's type and wraps.
SELECT sumWithOverflow(toUInt8(n)), sumWithOverflow(i), sumWithOverflow(toInt8(n)), sumWithOverflow(f), sumWithOverflow(toDecimal32(n, 2)) FROM misc_src;
SELECT toTypeName(sumWithOverflow(toUInt8(n))), toTypeName(sumWithOverflow(toFloat32(n))), toTypeName(sumWithOverflow(toDecimal32(n, 2))) FROM misc_src;
SELECT sumWithOverflow(n) FROM misc_src WHERE n > 1000;
SELECT sumWithOverflow(s) FROM misc_src; -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
