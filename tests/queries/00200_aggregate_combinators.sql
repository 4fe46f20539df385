-- Aggregate function combinators: -If, -OrNull, -OrDefault, -Array, -Distinct, -ForEach, and
-- suffixes chained in any order (sumIfOrNull, sumOrNullIf, uniqArrayIf, sumArrayOrNull...).
CREATE TABLE comb_src (n UInt64, g UInt8, x Nullable(Int32), a Array(UInt32), b Array(Int64), s String) ENGINE = Memory;
INSERT INTO comb_src SELECT number, number % 3, if(number % 4 = 0, NULL, toInt32(number) - 5), range(number % 4), arrayMap(i -> toInt64(i) * 10, range(number % 4)), toString(number % 5) FROM numbers(20);

-- -OrNull and -OrDefault: NULL or the type's default where no row came (replacing nan and 0 too).
SELECT sumOrNull(n), countOrNull(), sumOrDefault(n), avgOrNull(n), avgOrDefault(n), maxOrDefault(s), minOrNull(s) FROM comb_src WHERE n > 100;
SELECT sumOrNull(n), countOrNull(), avgOrDefault(n), maxOrNull(s) FROM comb_src;
SELECT toTypeName(sumOrNull(n)), toTypeName(countOrDefault(n)), toTypeName(groupArrayOrNull(n)), toTypeName(sumOrNull(x)) FROM comb_src;
-- An Array result cannot be Nullable: groupArrayOrNull gives the empty array.
SELECT groupArrayOrNull(n), groupArrayOrDefault(n) FROM comb_src WHERE n > 100;
-- NULL rows do not count as values.
SELECT sumOrNull(x), countOrNull(x), countOrDefault(x), sumOrDefault(x) FROM comb_src WHERE n % 4 = 0;
SELECT g, sumOrNull(x), countOrNull(x) FROM comb_src GROUP BY g ORDER BY g;

-- Chains: the suffix written last applies outermost.
SELECT sumIfOrNull(n, n > 100), sumOrNullIf(n, n > 100), sumIfOrNull(n, n > 15), countIfOrDefault(n > 100) FROM comb_src;
SELECT uniqArrayIf(a, n > 10), sumArrayIf(b, g = 1), sumArrayOrNull(a), countArrayIf(a, g = 0) FROM comb_src;
SELECT sumArrayOrNull(a), countArrayOrNull(a) FROM comb_src WHERE n > 100;

-- -Array: every element of every row's array; several arrays walk in step.
SELECT sumArray(a), avgArray(a), maxArray(b), uniqArray(a), countArray(a), groupArrayArray(a) FROM comb_src WHERE n < 8;
SELECT g, sumArray(a), uniqExactArray(b) FROM comb_src GROUP BY g ORDER BY g;
SELECT argMaxArray(a, b), sumArrayArray([a, a]) FROM comb_src;
SELECT sumArray(a) FROM comb_src WHERE n > 100;
SELECT sumArray(n) FROM comb_src; -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT sumArray() FROM comb_src; -- { serverError TOO_FEW_ARGUMENTS_FOR_FUNCTION }
SELECT argMaxArray([1, 2], [3]); -- { serverError SIZES_OF_ARRAYS_DONT_MATCH }

-- -Distinct, and count(DISTINCT x) as uniqExact.
SELECT sumDistinct(g), countDistinct(g), count(DISTINCT g), count(DISTINCT s), uniqDistinct(s), avgDistinct(n % 4) FROM comb_src;
SELECT sumDistinct(x), avgDistinct(x), countDistinct(x), count(DISTINCT x) FROM comb_src;
SELECT g, sumDistinct(n % 4), arraySort(groupArrayDistinct(s)), count(DISTINCT n % 7, g) FROM comb_src GROUP BY g ORDER BY g;
SELECT sumDistinctIf(g, n > 5), sumDistinctOrNull(g), countDistinctIf(s, g = 1) FROM comb_src WHERE n < 10;
SELECT sumDistinct(n), count(DISTINCT n) FROM comb_src WHERE n > 100;

-- -ForEach: position i of every array into the i-th state; as long as the longest array.
SELECT sumForEach(a), avgForEach(a), countForEach(a), maxForEach(b), groupArrayForEach(a) FROM comb_src WHERE n < 8;
SELECT g, sumForEach(b), uniqForEach(a) FROM comb_src GROUP BY g ORDER BY g;
SELECT sumForEachIf(a, g = 2), sumForEachOrNull(a) FROM comb_src;
SELECT sumForEach(a) FROM comb_src WHERE n > 100;
SELECT sumForEach(n) FROM comb_src; -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }

-- Unknown names stay unknown, with or without a suffix.
SELECT sumFooIf(n, 1) FROM comb_src; -- { serverError UNKNOWN_FUNCTION }
SELECT sumIf(n) FROM comb_src; -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT sumIf() FROM comb_src; -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
