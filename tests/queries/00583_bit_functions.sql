-- Bitwise functions: result types as wide as the wider operand (signed if either is), shifts
-- past the value's width give 0, rotations wrap, out-of-range bit positions are errors.
SELECT bitShiftLeft(toUInt8(1), toUInt64(9)), bitShiftRight(toInt64(-1), 64), bitShiftRight(toInt8(-1), 8), bitShiftRight(toUInt8(255), toInt8(1)), toTypeName(bitShiftRight(toUInt8(255), toInt8(1))), bitShiftLeft(toInt8(-1), 70);
SELECT toTypeName(bitNot(1.5)), bitNot(toFloat32(1.5)), toTypeName(bitNot(toFloat32(1.5))), bitNot(toInt128(0)), bitCount(toFloat32(1.5)), bitCount(toInt128(-1));
SELECT bitTest(5, 7), bitTest(toUInt64(5), 63), bitTestAll(5, 0, 2), bitTestAny(5, 1), toTypeName(bitTestAll(5, 0));
SELECT bitTestAll(5, 9); -- { serverError PARAMETER_OUT_OF_BOUND }
SELECT bitTest(1.5, 1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT bitRotateLeft(toUInt8(1), -1), bitRotateRight(toUInt64(1), 65), bitRotateLeft(toUInt16(1), toUInt8(17)), toTypeName(bitRotateLeft(toUInt16(1), toUInt64(1)));
SELECT bitAnd(1); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT bitAnd(1, 'a'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT bitXor(NULL, 1), bitAnd(toNullable(3), 1), bitNot(NULL);
SELECT bitAnd(12, 10), bitOr(12, 10), bitXor(12, 10), bitNot(toUInt8(0)), bitNot(0), bitShiftLeft(1, 10), bitShiftRight(1024, 3), bitShiftLeft(toUInt8(1), 8), toTypeName(bitAnd(toUInt8(1), toInt16(1))), bitCount(255), bitTest(5, 0), bitTestAll(7, 0, 1), bitTestAny(4, 0, 1), bitRotateLeft(toUInt8(129), 1), bitRotateRight(toUInt8(1), 1);
SELECT bitShiftLeft(1, 64), bitShiftLeft(toUInt8(1), 9), bitShiftLeft(toUInt8(1), 8), bitShiftRight(toUInt8(255), 8), bitShiftLeft(toInt8(1), 7), toTypeName(bitShiftLeft(toUInt8(1), toUInt64(1)));
SELECT bitShiftLeft(1, 65);
SELECT bitShiftRight(1, -1); -- { serverError ARGUMENT_OUT_OF_BOUND }
SELECT bitCount(1.5), bitCount(-1), bitCount(toInt8(-1)), toTypeName(bitCount(toUInt64(1)));
SELECT bitAnd(toUInt8(255), toInt8(-1)), toTypeName(bitAnd(toUInt8(255), toInt8(-1))), bitOr(toUInt64(1), toInt64(-2)), toTypeName(bitOr(toUInt64(1), toInt64(-2))), bitXor(toUInt32(1), toUInt8(3)), toTypeName(bitXor(toUInt32(1), toUInt8(3)));
SELECT bitTest(5, 2), toTypeName(bitTest(5, 0)), bitTestAll(7, 0, 1, 2), bitTestAny(0, 0, 1);
SELECT bitTest(5, 64); -- { serverError PARAMETER_OUT_OF_BOUND }
SELECT bitTest(5, -1); -- { serverError PARAMETER_OUT_OF_BOUND }
SELECT bitRotateLeft(toUInt8(129), 1), bitRotateRight(toUInt8(1), 1), bitRotateLeft(toUInt32(1), 33), bitRotateLeft(toInt8(-128), 1), toTypeName(bitRotateLeft(toInt8(1), 1));
SELECT bitAnd(toInt128(-1), 3), toTypeName(bitAnd(toInt128(-1), 3)), bitNot(toUInt128(0));
SELECT bitAnd(1, toDecimal32(1, 1)); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT bitAnd(1.5, 1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT bitShiftLeft(toInt64(-1), 63), bitShiftRight(toInt64(-8), 1), bitShiftRight(toUInt64(18446744073709551615), 63);
SELECT bitAnd(number, 6), bitShiftLeft(number, number), bitNot(toUInt16(number)), bitRotateRight(number, number), bitTest(number, number) FROM numbers(3);
SELECT bitAnd(true, 1), toTypeName(bitAnd(true, 1)), bitNot(true), toTypeName(bitNot(true));
