-- uniqExact's state is ClickHouse's byte for byte: the count, then the keys in the order of
-- ClickHouse's hash set (HashCRC32 for numbers, SipHash128 for strings), so a state written by
-- ClickHouse merges here and the reverse.
SELECT hex(uniqExactState(number)) FROM numbers(5);
SELECT hex(uniqExactState(toUInt8(number))) FROM numbers(20);
SELECT hex(uniqExactState(toInt32(number) - 10)) FROM numbers(20);
SELECT hex(uniqExactState(toFloat64(number) / 4)) FROM numbers(12);
SELECT hex(uniqExactState(toDate('2026-01-01') + number)) FROM numbers(9);
SELECT hex(uniqExactState(toString(number))) FROM numbers(4);
SELECT hex(uniqExactState(toFixedString(toString(number), 3))) FROM numbers(4);
SELECT hex(uniqExactState(toUUID('61f0c404-5cb3-11e7-907b-a6006ad3dba0')));
SELECT hex(uniqExactState(number, toString(number))) FROM numbers(3);
-- Sets past several resizes, and a state read back (presized as ClickHouse reads it) and merged.
SELECT cityHash64(hex(uniqExactState(number * 7919))) FROM numbers(100000);
SELECT cityHash64(hex(uniqExactState(toString(number)))) FROM numbers(30000);
SELECT uniqExactMerge(s), cityHash64(hex(uniqExactMergeState(s))) FROM (SELECT uniqExactState(number % 1000) AS s FROM numbers(5000) GROUP BY number % 3);
SELECT uniqExact(x), count(DISTINCT x) FROM (SELECT arrayJoin([1, 2, 2, 3, 0, 0]) AS x);
SELECT uniqExact(x) FROM (SELECT arrayJoin([0.0, -0.0, 1.5]) AS x);
SELECT uniqExact([number % 3, 1]) FROM numbers(10);
SELECT uniqExact(tuple(number % 4, 'a')) FROM numbers(10);
SELECT uniqExact(toDecimal64(number % 5, 2)) FROM numbers(10);
SELECT uniqExact(s) FROM (SELECT arrayJoin(['', 'a', '', 'b', 'a']) AS s);
SELECT uniqExact(x) FROM (SELECT arrayJoin([NULL, 1, 1, NULL, 2]) AS x);
