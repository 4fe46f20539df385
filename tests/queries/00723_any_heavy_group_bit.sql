-- anyHeavy(x): the heavy-hitter vote finds a value filling more than half of the rows;
-- groupBitAnd/Or/Xor (BIT_AND, BIT_OR, BIT_XOR) fold integers bitwise in their own type
SELECT anyHeavy(if(number % 3 = 0, 1, number)), anyHeavy(number % 2), anyHeavy(toString(number % 4 = 1)) FROM numbers(10);
SELECT anyHeavy(x) FROM values('x String', 'a', 'b', 'a', 'c', 'a', 'a', 'd');
SELECT anyHeavy(x), toTypeName(anyHeavy(x)) FROM values('x Nullable(String)', 'a', NULL, 'b', 'a');
SELECT anyHeavy(x), toTypeName(anyHeavy(x)) FROM values('x Nullable(String)', NULL);
SELECT anyHeavy(number) FROM numbers(0);
SELECT anyHeavy([number % 2]), anyHeavy((1, 'a')), anyHeavy(toFixedString('ab', 2)), anyHeavy(map(1, 2)), anyHeavy(toDate('2024-01-02')) FROM numbers(5);
SELECT anyHeavy(x) FROM (SELECT if(number < 3, nan, 1.5) AS x FROM numbers(5));
SELECT k, anyHeavy(v) FROM (SELECT number % 3 AS k, intDiv(number, 7) AS v FROM numbers(30)) GROUP BY k ORDER BY k;
SELECT hex(anyHeavyState(number)), hex(anyHeavyState(toString(number))), hex(anyHeavyState([number])) FROM numbers(10);
SELECT anyHeavyIf(number, number > 7), anyHeavyArray([1, 1, 2]), anyHeavyOrNull(number) FROM numbers(10);
SELECT anyHeavyMerge(s) FROM (SELECT anyHeavyState(toString(number % 2)) AS s FROM numbers(9) GROUP BY number % 3);
SELECT groupBitAnd(number), groupBitOr(number), groupBitXor(number) FROM numbers(0);
SELECT groupBitAnd(toInt8(number)), groupBitOr(toInt8(number)), toTypeName(groupBitAnd(toInt8(number))) FROM numbers(0);
SELECT groupBitAnd(number + 1), groupBitOr(number), groupBitXor(number) FROM numbers(5);
SELECT groupBitAnd(toInt32(-number - 1)), groupBitOr(toInt16(number * 100)), groupBitXor(toUInt128(number) * 1000000000000), groupBitXor(toInt128(-5)) FROM numbers(9);
SELECT BIT_AND(number), bit_or(number), Bit_Xor(number) FROM numbers(4);
SELECT groupBitXor(true), toTypeName(groupBitXor(true));
SELECT groupBitAnd(x), groupBitOr(x), groupBitXor(x), toTypeName(groupBitOr(x)) FROM values('x Nullable(UInt8)', 3, NULL, 6);
SELECT groupBitAnd(x), groupBitOr(x) FROM values('x Nullable(UInt8)', NULL);
SELECT number % 3 AS a, number % 2 AS b, groupBitAnd(number), groupBitOr(number), groupBitXor(number) FROM numbers(20) GROUP BY a, b ORDER BY a, b;
SELECT groupBitAndIf(number, number > 3), groupBitOrArray([number, 64]), groupBitXorOrNull(number) FROM numbers(10);
SELECT groupBitXorMerge(s), groupBitAndMerge(t) FROM (SELECT groupBitXorState(number) AS s, groupBitAndState(number + 8) AS t FROM numbers(10) GROUP BY number % 4);
SELECT hex(groupBitAndState(toUInt16(number + 1))), hex(groupBitOrState(toInt64(-number))) FROM numbers(5);
SELECT name, is_aggregate, case_insensitive, alias_to FROM system.functions WHERE name IN ('anyHeavy', 'groupBitAnd', 'groupBitOr', 'groupBitXor', 'BIT_AND', 'BIT_OR', 'BIT_XOR') ORDER BY name;
SELECT groupBitAnd(1.5); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT groupBitAnd('a'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT groupBitOr(toDecimal32(1, 2)); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT groupBitOr(toDateTime(1)); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT groupBitXor(toUUID('00000000-0000-0000-0000-000000000001')); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT groupBitXor(number, number) FROM numbers(2); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT anyHeavy(number, number) FROM numbers(2); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT anyHeavy(1)(number) FROM numbers(2); -- { serverError AGGREGATE_FUNCTION_DOESNT_ALLOW_PARAMETERS }
