-- farmHash64 (FarmHash's Hash64 of an SSE4.2 build), farmFingerprint64 (Fingerprint64) and
-- metroHash64 (MetroHash64 variant 1): bit-exact with ClickHouse for every input length, so
-- every branch of each algorithm is crossed (0..16, 17..32, 33..64, 65..96, 97..256, 257..511,
-- 512 and more, whole and partial 256-byte blocks).
SELECT farmHash64(''), farmFingerprint64(''), metroHash64('');
SELECT farmHash64('a'), farmFingerprint64('ab'), metroHash64('abc');
SELECT n, farmHash64(s), farmFingerprint64(s), metroHash64(s)
FROM (SELECT number AS n, substring(repeat('abcdefghijklmnopqrstuvwxyz0123456789~!@#$%^&*()_+', 30), 1 + number % 7, number) AS s
      FROM numbers(1100))
WHERE n IN (1, 2, 3, 4, 7, 8, 15, 16, 17, 31, 32, 33, 63, 64, 65, 95, 96, 97, 127, 128, 255, 256, 257, 300, 511, 512, 513, 767, 768, 1000, 1024, 1099);
-- A checksum over all lengths up to 1100.
SELECT sum(farmHash64(s)), sum(farmFingerprint64(s)), sum(metroHash64(s))
FROM (SELECT substring(repeat('abcdefghijklmnopqrstuvwxyz0123456789~!@#$%^&*()_+', 30), 1 + number % 7, number) AS s FROM numbers(1100));
-- Numbers, dates and IPv4 by the salted intHash64 of their value; wider values by their bytes.
SELECT farmHash64(toUInt8(5)), farmFingerprint64(toInt64(-1)), metroHash64(1.5), metroHash64(toFloat32(1.5));
SELECT farmHash64(toDate('2024-01-01')), farmFingerprint64(toDateTime('2024-01-01 00:00:00', 'UTC')), metroHash64(toIPv4('1.2.3.4')), cityHash64(toIPv4('1.2.3.4'));
SELECT farmHash64(toUInt128(5)), farmFingerprint64(toDecimal32(1.5, 2)), metroHash64(toUUID('00000000-0000-0000-0000-000000000001')), farmHash64(toFixedString('ab', 3));
-- Several arguments, arrays, tuples and maps fold with each hash's combine.
SELECT farmHash64('a', 'b'), farmFingerprint64('a', 'b', 'c'), metroHash64(1, 'x');
SELECT farmHash64([1, 2, 3]), farmFingerprint64(['a', 'b']), metroHash64((1, 'a')), metroHash64(map('a', 1));
SELECT farmHash64(number, toString(number)), farmFingerprint64(number), metroHash64(toString(number), number) FROM numbers(3);
-- NULL gives NULL; no arguments give the fixed hash of an empty list.
SELECT farmHash64(NULL), farmFingerprint64(toNullable('a')), metroHash64(CAST(NULL AS Nullable(String))), farmHash64(), toTypeName(metroHash64('a'));
SELECT farmHash64(toIntervalDay(1)), farmFingerprint64([]);
SELECT farmHash64(x -> x); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT name FROM system.functions WHERE name IN ('farmHash64', 'farmFingerprint64', 'metroHash64') ORDER BY name;
