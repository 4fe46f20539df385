-- Conversion edges, as ClickHouse: a decimal's integer part must fit the integer type it is
-- cast to (DECIMAL_OVERFLOW otherwise; the fraction is dropped toward zero first).
SELECT CAST(toDecimal64(127.9, 1), 'Int8'), CAST(toDecimal32(-128.5, 1), 'Int8'), CAST(toDecimal32(-0.5, 1), 'UInt8'), CAST(toDecimal32(255.9, 1), 'UInt8');
SELECT toUInt8(toDecimal32(255.9, 1)), toInt8(toDecimal32(-128.9, 1)), toInt64(toDecimal128(-9223372036854775808, 0));
SELECT CAST(toDecimal32(-1, 1), 'UInt8'); -- { serverError DECIMAL_OVERFLOW }
SELECT CAST(toDecimal32(-1.5, 1), 'UInt32'); -- { serverError DECIMAL_OVERFLOW }
SELECT CAST(toDecimal64(4294967296, 0), 'UInt32'); -- { serverError DECIMAL_OVERFLOW }
SELECT CAST(toDecimal128(1e20, 0), 'Int64'); -- { serverError DECIMAL_OVERFLOW }
SELECT toUInt64(toDecimal64(-1, 2)); -- { serverError DECIMAL_OVERFLOW }
SELECT accurateCastOrNull(toDecimal32(300, 1), 'UInt8'); -- { serverError DECIMAL_OVERFLOW }
-- A number past 65535 is a unix time for toDate, fractions included.
SELECT toDate(65535.0), toDate(65535.5), toDate(65536.5), toDate(100000.7), CAST(65535.5 AS Date);
-- The -OrZero and -OrNull forms take strings (dates and times also numbers).
SELECT toUInt8OrNull(toNullable('5')), toUInt8OrZero(toFixedString('5', 1)), toDateOrNull(5), toDateTimeOrNull(5), toDateTime64OrNull(5, 3), toUInt8OrNull(NULL);
SELECT toUInt8OrZero(5); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT toUInt8OrNull(5.5); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT toFloat64OrZero(toDate('2020-01-01')); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT toDecimal32OrNull(5, 2); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT toUUIDOrZero(1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT toIPv4OrNull(1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
