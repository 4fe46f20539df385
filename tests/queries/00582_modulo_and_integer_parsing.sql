-- A float remainder of zero is NaN (modulo does not throw for floats); moduloOrZero gives 0 for
-- an integer zero divisor.
SELECT modulo(1.5, 0), modulo(toFloat32(1), 0), moduloOrZero(5, 0), moduloOrZero(5.5, 0), toTypeName(moduloOrZero(5, 0)), moduloOrZero(-7, 3), moduloOrZero(toInt64(-9223372036854775808), -1);
SELECT modulo(toUInt64(5), toUInt64(18446744073709551615)), moduloOrZero(toUInt64(5), toUInt64(18446744073709551615)), modulo(-7, -1), 7 % 0.0, moduloOrZero(number + 5, number % 3) FROM numbers(4);
SELECT -7 % 3, 7 % -3, -7.5 % 2, modulo(toInt8(-7), toUInt8(3)), toTypeName(modulo(toInt8(-7), toUInt8(3)));
SELECT modulo(1, 0); -- { serverError ILLEGAL_DIVISION }
SELECT intDiv(7.5, 0); -- { serverError ILLEGAL_DIVISION }
SELECT intDiv(toInt64(-9223372036854775808), -1); -- { serverError ILLEGAL_DIVISION }
-- The OrNull / OrZero / OrDefault conversions refuse an integer out of the type's range; the
-- throwing conversion wraps it, as readIntText does.
SELECT toInt8OrZero('128'), toInt8OrNull('-129'), toInt8OrNull('-128'), toUInt8OrNull('255'), toUInt8OrNull('256'), toInt64OrNull('-9223372036854775808'), toInt64OrNull('-9223372036854775809'), toUInt64OrNull('99999999999999999999');
SELECT toInt8OrDefault('128', toInt8(3)), toUInt16OrNull('65536'), toUInt32OrNull('4294967296'), toInt16OrNull('-32769'), toInt32OrNull('2147483648'), toUInt64OrNull('18446744073709551615');
SELECT toUInt8OrNull('-0'), toUInt8OrNull('+5'), toInt8OrNull('00000000000000000000127'), toInt8('128'), toUInt8('256');
SELECT toInt32OrZero(toString(number * 1000000000)) FROM numbers(4);
