-- Casts: to* functions, CAST(x AS T), the :: operator, the -OrZero / -OrNull variants, and the
-- errors of casts that cannot succeed.
SELECT toUInt64('42'), toUInt64(42.9), toUInt64(toDecimal64('7.99', 2)), toUInt8(300), toInt8(200), toUInt64(-1);
SELECT toInt32('-17'), toFloat64('1.5'), toFloat32('0.1'), toString(42), toString(1.5), toString(toDecimal64('3.10', 8)), toString(true);
SELECT toDate('2026-02-23'), toDate(toDateTime('2026-02-23 23:00:00', 'UTC')), toDate(20507), toDateTime(1771848000, 'UTC');
SELECT toDecimal64('3.14159', 2), toDecimal64(3.14159, 4), toDecimal64(42, 8), toDecimal64('-0.000000015', 8);
SELECT CAST('42' AS UInt64), CAST(1.9 AS Int32), CAST('2026-02-23' AS Date), CAST('2026-02-23 12:00:00.5' AS DateTime64(3, 'UTC')), CAST(42 AS String), CAST('0.5' AS Decimal(10, 4));
SELECT CAST('42', 'UInt64'), toTypeName(CAST('42', 'UInt64'));
SELECT '42'::UInt64 + 1, '2026-02-23'::Date, toTypeName('1.5'::Float64), (number + 1)::String, toTypeName((number + 1)::String), '[1, 2]'::Array(UInt8) FROM numbers(1);
SELECT CAST(NULL AS Nullable(UInt8)), CAST(5 AS Nullable(UInt8)), toTypeName(CAST(5 AS Nullable(UInt8))), CAST('a' AS LowCardinality(String)), toTypeName(CAST('a' AS LowCardinality(String)));
SELECT CAST('b' AS Enum8('a' = 1, 'b' = 2)), CAST(1 AS Enum8('a' = 1, 'b' = 2)), CAST(CAST('b' AS Enum8('a' = 1, 'b' = 2)) AS Int8);
SELECT CAST(1 AS Bool), CAST(0 AS Bool), CAST('true' AS Bool), toBool('false');
-- -OrZero and -OrNull turn parse failures into 0 / NULL.
SELECT toUInt64OrZero('42'), toUInt64OrZero('x42'), toUInt64OrZero(''), toUInt64OrNull('42'), toUInt64OrNull('x42'), toTypeName(toUInt64OrNull('1'));
SELECT toInt32OrZero('-5'), toFloat64OrZero('abc'), toFloat64OrNull('1e3'), toDateOrZero('garbage'), toDateOrNull('garbage'), toDateOrNull('2026-02-23');
SELECT toDecimal64OrZero('1.25', 2), toDecimal64OrNull('x', 2), toDateTimeOrNull('2026-02-23 12:00:00', 'UTC'), toDateTimeOrZero('nope', 'UTC');
SELECT s, toUInt32OrZero(s), toUInt32OrNull(s), toFloat64OrNull(s) FROM (SELECT '1' AS s UNION ALL SELECT '1.5' UNION ALL SELECT '' UNION ALL SELECT 'x' UNION ALL SELECT 'nan' UNION ALL SELECT '123456') ORDER BY s;
-- Casts that fail.
SELECT toUInt64('abc'); -- { serverError CANNOT_PARSE_TEXT }
SELECT toUInt64('42abc'); -- { serverError CANNOT_PARSE_TEXT }
SELECT CAST('x' AS Int32); -- { serverError CANNOT_PARSE_TEXT }
SELECT CAST('c' AS Enum8('a' = 1, 'b' = 2)); -- { serverError UNKNOWN_ELEMENT_OF_ENUM }
SELECT CAST(1 AS NoSuchType); -- { serverError UNKNOWN_TYPE }
SELECT CAST([1, 2] AS UInt8); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT CAST('abc' AS FixedString(2)); -- { serverError TOO_LARGE_STRING_SIZE }
SELECT CAST('maybe' AS Bool); -- { serverError CANNOT_PARSE_BOOL }
SELECT toDecimal32(1e10, 2); -- { serverError DECIMAL_OVERFLOW }
