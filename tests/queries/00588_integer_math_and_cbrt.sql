-- intExp2, intExp10, factorial, gcd, lcm with ClickHouse's types and errors; cbrt correctly rounded
-- (cbrt(27) = 3); and other math and conversion edges that agree with ClickHouse.
SELECT intExp2(3), intExp10(3), toTypeName(intExp2(3)), toTypeName(intExp10(3)), intExp2(64), intExp2(-1), intExp10(19), intExp10(20), intExp10(-1), intExp2(1.5), intExp10(2.7);
SELECT factorial(5), factorial(20), toTypeName(factorial(5)), factorial(0), factorial(-1), factorial(toUInt8(3));
SELECT factorial(21); -- { serverError BAD_ARGUMENTS }
SELECT factorial(1.5); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT gcd(12, 18), lcm(4, 6), gcd(-12, 18), toTypeName(gcd(toUInt8(12), toInt8(18))), toTypeName(lcm(toUInt8(4), toUInt16(6))), gcd(toUInt64(12), toInt64(-18)), lcm(-4, 6);
SELECT gcd(0, 0); -- { serverError ILLEGAL_DIVISION }
SELECT gcd(5, 0), gcd(0, 5); -- { serverError ILLEGAL_DIVISION }
SELECT lcm(0, 5); -- { serverError ILLEGAL_DIVISION }
SELECT gcd(1.5, 2); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT gcd(toInt64(-9223372036854775808), -1); -- { serverError ILLEGAL_DIVISION }
SELECT gcd(number, 6), lcm(number + 1, 4) FROM numbers(4); -- { serverError ILLEGAL_DIVISION }
SELECT intExp2(number), intExp10(number) FROM numbers(3);
SELECT cbrt(-27), cbrt(27), cbrt(8), cbrt(2), cbrt(3), cbrt(1000), cbrt(0.001), cbrt(1e300), cbrt(-1e-300), cbrt(0), cbrt(-0.0), cbrt(inf), cbrt(nan), cbrt(10), cbrt(123456789);
SELECT sum(cityHash64(cbrt(number * 7.3 + 0.1))), sum(cityHash64(cbrt(number / 1000.0 - 50))) FROM numbers(100000);
SELECT round(1234.5678, -2), round(toInt32(1250), -2), round(toUInt8(255), -1), round(toDecimal32(123.456, 3), -1), toTypeName(round(toDecimal32(123.456, 3), -1)), round(-2.5), round(2.5), roundBankers(2.5), roundBankers(-1.5);
SELECT floor(-1.5), ceil(-1.5), trunc(-1.5), floor(1234.5, -2), ceil(1234.5, -2), trunc(-1234.5, -2), floor(toInt64(-1234), -2), ceil(toInt64(1234), -2), toTypeName(floor(toInt64(-1234), -2));
SELECT floor(toDecimal64(-1.55, 2), 1), ceil(toDecimal64(-1.55, 2), 1), trunc(toDecimal64(-1.55, 2), 1), roundBankers(toDecimal64(1.25, 2), 1), roundBankers(toDecimal64(1.35, 2), 1), round(toDecimal64(-1.25, 2), 1);
SELECT round(1.5, 20), round(1.23456789, 3), round(toFloat32(1.2345), 2), toTypeName(round(toFloat32(1.2345), 2)), round(nan), round(inf, 2), round(1e300, -300);
SELECT round(1, 1.5); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT intDiv(7, 2), intDiv(-7, 2), intDiv(7, -2), toTypeName(intDiv(7, 2)), toTypeName(intDiv(toInt8(7), toUInt16(2))), intDiv(7.5, 2), toTypeName(intDiv(7.5, 2));
SELECT intDiv(1, 0); -- { serverError ILLEGAL_DIVISION }
SELECT intDiv(toInt64(-9223372036854775808), -1); -- { serverError ILLEGAL_DIVISION }
SELECT 1 % 0, toTypeName(1 % 0); -- { serverError ILLEGAL_DIVISION }
SELECT modulo(1, 0); -- { serverError ILLEGAL_DIVISION }
SELECT toTypeName(modulo(toUInt64(7), toInt8(3))), toTypeName(modulo(toUInt8(7), toUInt64(3))), toTypeName(modulo(toInt32(7), toInt64(3)));
SELECT abs(toInt8(-128)), toTypeName(abs(toInt8(-128))), abs(toInt64(-9223372036854775808)), abs(-1.5), abs(toDecimal32(-1.5, 1)), toTypeName(abs(toDecimal32(-1.5, 1)));
SELECT exp(1), log(0), log(-1), log2(8), log10(1000), pow(2, 10), pow(-8, 1/3), sqrt(-1), sqrt(2), cbrt(-27), exp2(3), exp10(2), ln(1);
SELECT sin(0), cos(0), tan(0), asin(2), acos(1), atan(1), atan2(1, 1), hypot(3, 4), sinh(0), cosh(0), tanh(0), asinh(0), acosh(1), atanh(0), degrees(pi()), radians(180), e(), pi();
SELECT log1p(0), erf(0), erfc(0), lgamma(1), tgamma(5), sigmoid(0), factorial(5), factorial(20), toTypeName(factorial(5));
SELECT toInt8OrNull('128'), toInt8OrNull('-128'), toInt8OrZero('abc'), toInt8OrDefault('x', toInt8(5)), toUInt8OrNull('-1'), toUInt8OrZero('256'), toInt16OrNull('1.5'), toInt32OrNull(' 1'), toInt32OrNull('1 '), toInt32OrNull('+1'), toInt32OrNull('');
SELECT toInt64OrNull('9223372036854775808'), toUInt64OrNull('18446744073709551616'), toUInt64OrNull('18446744073709551615'), toInt64OrZero('-9223372036854775808'), toInt128OrNull('1e3'), toUInt32OrNull('0x10');
SELECT toFloat32OrNull('1e39'), toFloat64OrNull('inf'), toFloat64OrNull('nan'), toFloat64OrNull('1.5e'), toFloat64OrZero('abc'), toFloat32OrNull('1.5'), toFloat64OrNull('-0'), toFloat64OrDefault('x', 2.5);
SELECT toInt8(128), toUInt8(-1), toInt8(1.9), toInt8(-1.9), toUInt8(256.5), toInt32('12'), toUInt64(-1);
SELECT toInt8('128');
SELECT toInt8('abc'); -- { serverError CANNOT_PARSE_TEXT }
SELECT toUInt8('-1'); -- { serverError CANNOT_PARSE_NUMBER }
SELECT toInt32(nan), toInt64(inf), toUInt8(nan); -- { serverError CANNOT_CONVERT_TYPE }
SELECT toDecimal32(1.005, 2), toDecimal32('1.005', 2), toDecimal32(12345678, 2);
SELECT toDecimal32(123456789, 2); -- { serverError DECIMAL_OVERFLOW }
SELECT toInt8OrNull(toString(number)) FROM numbers(2);
SELECT reinterpretAsUInt32('abcd'), reinterpretAsString(toUInt32(1684234849)), reinterpretAsFloat64(toUInt64(4607182418800017408)), reinterpretAsUInt64(1.0), reinterpretAsInt8('ÿ'), reinterpret(toUInt8(255), 'Int8'), reinterpretAsUInt16('a');
SELECT reinterpretAsUUID(toFixedString('0123456789abcdef', 16)), hex(reinterpretAsFixedString(toUInt32(1))), reinterpretAsDate(toUInt16(1)), reinterpretAsDateTime(toUInt32(1));
SELECT bitAnd(12, 10), bitOr(12, 10), bitXor(12, 10), bitNot(toUInt8(0)), bitNot(0), bitShiftLeft(1, 10), bitShiftRight(1024, 3), bitShiftLeft(toUInt8(1), 8), toTypeName(bitAnd(toUInt8(1), toInt16(1))), bitCount(255), bitTest(5, 0), bitTestAll(7, 0, 1), bitTestAny(4, 0, 1), bitRotateLeft(toUInt8(129), 1), bitRotateRight(toUInt8(1), 1);
SELECT bitAnd(1.5, 1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT getSetting('max_threads') > 0, getSetting('max_block_size'), getSetting('nonexistent'); -- { serverError UNKNOWN_SETTING }
SELECT toTypeName(1 + 1), toTypeName(toUInt8(1) + toInt8(1)), toTypeName(toUInt64(1) + toInt64(1)), toTypeName(1 - 1), toTypeName(1 * 1.5), toTypeName(1 / 1), toTypeName(toDecimal32(1, 2) / 1), toTypeName(toDecimal32(1,2) * toDecimal32(1,3));
SELECT toUInt64(1) - 2, toInt8(127) + 1, toUInt8(255) + 1, toInt64(9223372036854775807) + 1, 1 / 0, -1 / 0, 0 / 0, toDecimal32(1, 2) / 3;
SELECT toDecimal32(1, 2) / 0; -- { serverError ILLEGAL_DIVISION }
SELECT toDecimal32(1, 2) + 1.5;
SELECT negate(toUInt8(1)), toTypeName(negate(toUInt8(1))), -toUInt64(1), toTypeName(-toUInt64(1)), negate(toInt8(-128));
SELECT gcd(12, 18), lcm(4, 6), gcd(0, 0), gcd(-12, 18), toTypeName(gcd(toUInt8(12), toInt8(18))); -- { serverError ILLEGAL_DIVISION }
SELECT toTypeName(round(toUInt8(1))), toTypeName(round(1)), toTypeName(floor(toInt16(1), -1)), round(toUInt16(65535), -1), round(toUInt16(65535), -5);
SELECT floor(toDecimal32(12345.6789, 4), -2), ceil(toDecimal32(-12345.6789, 4), -2), round(toDecimal32(12345.6789, 4), 10), round(toDecimal128(1.5, 1), 0);
SELECT toFloat64('1e400'), toFloat32('1e-50'), toFloat64('0x1p3'); -- { serverError CANNOT_PARSE_TEXT }
SELECT accurateCast(300, 'UInt8'); -- { serverError CANNOT_CONVERT_TYPE }
SELECT toUInt8OrNull('255'), toUInt8OrNull('0255'), toUInt8OrNull('1_0'), toInt32OrNull('1e2'), toInt32OrNull('-0'), toInt32OrNull('--1'), toInt32OrNull('2147483648');
SELECT toTypeName(toInt8OrNull('1')), toTypeName(toInt8OrZero('1')), toTypeName(toDecimal64OrZero('1', 3)), toDecimal64OrZero('99999999999999999999', 3);
