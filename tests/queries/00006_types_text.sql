-- Text forms of the types, as TabSeparated prints them.
CREATE TABLE types (
    u8 UInt8, i64 Int64, f32 Float32, f64 Float64, d Decimal(10, 2), b Bool, s String, fs FixedString(3),
    uuid UUID, date Date, date32 Date32, dt DateTime('UTC'), dt64 DateTime64(3, 'UTC'),
    e Enum8('a' = 1, 'b' = 2), n Nullable(Int32), lc LowCardinality(String), arr Array(UInt16), tup Tuple(String, UInt8), m Map(String, UInt64)
) ENGINE = MergeTree ORDER BY u8;
INSERT INTO types VALUES (255, -9223372036854775808, 0.1, 1e-7, 12.5, true, 'tab\tnew\nline', 'ab', '123e4567-e89b-12d3-a456-426614174000', '2026-02-23', '1950-01-01', '2026-02-23 12:00:00', '2026-02-23 12:00:00.123', 'b', NULL, 'x', [1, 2], ('q', 7), {'k': 1});
SELECT * FROM types;
SELECT toTypeName(d), toTypeName(dt64), toTypeName(lc), toTypeName(n) FROM types;
SELECT d * 2, d + 0.5, dt64 + 1 FROM types;
INSERT INTO types (u8, e) VALUES (1, 'c'); -- { serverError UNKNOWN_ELEMENT_OF_ENUM }
SELECT count() FROM types;
