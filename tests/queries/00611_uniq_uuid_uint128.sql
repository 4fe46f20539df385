-- uniq, uniqHLL12 and uniqCombined read a UUID as its UInt128; uniqCombined hashes a UInt128 with sipHash64; a lone tuple is its elements
SELECT uniq(u), uniqCombined(u), uniqHLL12(u), uniqCombined64(u), uniqExact(u) FROM (SELECT toUUID(concat('00000000-0000-0000-0000-', leftPad(toString(number), 12, '0'))) AS u FROM numbers(200000));
SELECT uniq(u), uniqCombined(u), uniqHLL12(u), uniqCombined64(u), uniqCombined(13)(u) FROM (SELECT toUUID(concat(leftPad(toString(number), 8, '0'), '-0000-0000-0000-', leftPad(toString(number * 7), 12, '0'))) AS u FROM numbers(200000));
SELECT uniq(x), uniqCombined(x), uniqHLL12(x), uniqCombined64(x), uniqCombined(20)(x) FROM (SELECT toUInt128(number) AS x FROM numbers(200000));
SELECT uniq(x), uniqCombined(x), uniqHLL12(x), uniqCombined64(x) FROM (SELECT toInt128(number) - 100000 AS x FROM numbers(200000));
SELECT uniq(u), uniqCombined(u), uniqHLL12(u) FROM (SELECT toUUID(concat('00000000-0000-0000-0000-', leftPad(toString(number % 10), 12, '0'))) AS u FROM numbers(1000));
-- A lone tuple argument counts as its elements passed separately.
SELECT uniq(tuple(number, number)), uniq(number, number), uniqCombined((number, 'a')), uniqHLL12((number % 1000, toString(number))), uniqCombined64((number, number % 3)) FROM numbers(100000);
SELECT uniqExact(tuple(number % 5, 1)), uniqExact((toString(number % 7), number % 2)), uniq((number % 3, number % 5)) FROM numbers(100000);
