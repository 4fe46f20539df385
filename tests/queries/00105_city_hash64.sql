-- cityHash64: bit-exact with ClickHouse for strings of every length class, integers (hashed by
-- value, whatever their width), several arguments (combined, order matters) and the HIP-47 sort
-- key cityHash64(distinct_id).
SELECT cityHash64(''), cityHash64('a'), cityHash64('hello'), cityHash64('user_42');
SELECT cityHash64('The quick brown fox jumps over the lazy dog'), cityHash64(repeat('x', 100)), cityHash64(repeat('abcdefgh', 1000));
SELECT length(s) AS n, cityHash64(s) FROM (SELECT substring('abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz0123456789', 1, number) AS s FROM numbers(72)) WHERE n IN (0, 1, 3, 4, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 71) ORDER BY n;
SELECT toTypeName(cityHash64('a'));
-- Integers hash by value: 1 as UInt8 and as UInt64 give the same hash; floats by their bits.
SELECT cityHash64(1), cityHash64(toUInt8(1)), cityHash64(toUInt64(1)), cityHash64(toInt32(-1)), cityHash64(toFloat64(1.5)), cityHash64(toUInt64(18446744073709551615));
SELECT cityHash64(toDate('2026-02-23')), cityHash64(toDateTime('2026-02-23 12:00:00', 'UTC'));
-- Several arguments.
SELECT cityHash64('a', 'b'), cityHash64('b', 'a'), cityHash64('ab'), cityHash64(1, 'user_42'), cityHash64('user_42', 1), cityHash64(1, 2, 3);
-- Over columns: row by row equals the constant form; usable as a key.
CREATE TABLE ids (distinct_id String, n UInt64) ENGINE = MergeTree ORDER BY cityHash64(distinct_id);
INSERT INTO ids SELECT concat('user_', toString(number)), number FROM numbers(1000);
SELECT distinct_id, cityHash64(distinct_id), cityHash64(distinct_id, n) FROM ids WHERE n IN (0, 42, 999) ORDER BY n;
SELECT count() FROM ids WHERE cityHash64(distinct_id) = cityHash64(concat('user_', toString(n)));
SELECT sum(cityHash64(distinct_id) % 1000), uniqExact(cityHash64(distinct_id)) FROM ids;
SELECT cityHash64(distinct_id) % 4 AS bucket, count() FROM ids GROUP BY bucket ORDER BY bucket;
SELECT cityHash64(toNullable('a')), cityHash64('a');
