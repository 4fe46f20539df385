-- round/floor/ceil/trunc of a plain integer to a negative precision compute in the integer's
-- own type, as ClickHouse: a multiple that falls outside the type wraps as there.
SELECT round(toInt32(x), -1), floor(toInt32(x), -1), ceil(toInt32(x), -1), trunc(toInt32(x), -1), roundBankers(toInt32(x), -1)
FROM (SELECT arrayJoin([-35, -25, -15, -14, -16, -5, -1, 0, 1, 5, 14, 15, 16, 25, 35]) AS x);
SELECT round(toInt8(x), -1), floor(toInt8(x), -1), ceil(toInt8(x), -1), trunc(toInt8(x), -1), round(toUInt8(x + 128), -1), ceil(toUInt8(x + 128), -1), floor(toUInt8(x + 128), -1)
FROM (SELECT arrayJoin([-128, -125, -124, -121, -120, 120, 121, 124, 125, 127]) AS x);
SELECT round(toInt16(x), -2), floor(toInt16(x), -3), ceil(toInt16(x), -3), round(toUInt16(x + 32768), -3)
FROM (SELECT arrayJoin([-32768, -32751, -32750, -32749, 32749, 32750, 32767]) AS x);
SELECT round(x, -18), floor(x, -18), ceil(x, -18)
FROM (SELECT arrayJoin([toInt64(-9223372036854775808), toInt64(9223372036854775807), toInt64(-5000000000000000000), toInt64(5000000000000000000)]) AS x);
SELECT round(toUInt64(18446744073709551615), -19), ceil(toUInt64(18446744073709551615), -1), round(toInt32(-2147483648), -9), round(125, -1), round(toUInt8(255), -1);
SELECT round(123.456, -1), round(toDecimal32(123.456, 3), 1), round(toDecimal32(125.5, 1), -1), round(toDecimal32(-125, 0), -1), floor(toDecimal32(-125.5, 1), -1);
-- intDiv and modulo of the minimal value of a signed type by -1 are errors, judged by the
-- arguments' own types; the OrZero forms give 0.
SELECT intDiv(7, -2), intDiv(-7, 2), modulo(-7, 2), modulo(7, -2), intDivOrZero(5, 0), moduloOrZero(5, 0), intDiv(toInt8(-127), toInt8(-1)), toInt8(-127) % toInt8(-1);
SELECT intDivOrZero(toInt8(-128), toInt8(-1)), moduloOrZero(toInt8(-128), toInt8(-1));
SELECT intDiv(toInt8(-128), toInt8(-1)); -- { serverError ILLEGAL_DIVISION }
SELECT intDiv(toInt16(-32768), toInt8(-1)); -- { serverError ILLEGAL_DIVISION }
SELECT intDiv(toInt32(-2147483648), toInt64(-1)); -- { serverError ILLEGAL_DIVISION }
SELECT toInt8(-128) % toInt8(-1); -- { serverError ILLEGAL_DIVISION }
SELECT toInt64(-9223372036854775808) % -1; -- { serverError ILLEGAL_DIVISION }
SELECT intDiv(1, 0); -- { serverError ILLEGAL_DIVISION }
SELECT 5 % 0; -- { serverError ILLEGAL_DIVISION }
