-- isZeroOrNull: numbers, Nullable numbers and NULL only.
SELECT isZeroOrNull(0), isZeroOrNull(NULL), isZeroOrNull(1), isZeroOrNull(toNullable(0.0)), isZeroOrNull(-0.0), isZeroOrNull(nan), toTypeName(isZeroOrNull(1));
SELECT isZeroOrNull(if(number = 1, NULL, number)) FROM numbers(3);
SELECT isZeroOrNull('a'); -- { serverError BAD_ARGUMENTS }
-- tupleElement of arrays of tuples gives the array of the elements.
SELECT tupleElement([(1, 'a'), (2, 'b')], 1), tupleElement([CAST((1, 'a'), 'Tuple(x Int32, y String)')], 'y'), tupleElement([[(1, 2)], []], 2);
SELECT tupleElement(materialize([(1, 'a'), (2, 'b')]), 2), toTypeName(tupleElement([(1, 'a')], 2));
SELECT tupleElement((1, 2), 3, 'def'), tupleElement(CAST((1, 'a'), 'Tuple(x Int32, y String)'), 'z', 0);
SELECT tupleElement([(1, 2)], 3); -- { serverError ARGUMENT_OUT_OF_BOUND }
SELECT tupleElement([1, 2], 1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
-- JSONExtract into a Map: a value that does not convert takes the default.
SELECT JSONExtract('{"m":{"a":1,"b":2}}', 'm', 'Map(String, Int32)'), JSONExtract('{"m":{"a":"x"}}', 'm', 'Map(String, Int32)'), JSONExtract('{"m":[1]}', 'm', 'Map(String, Int32)'), JSONExtract('{"m":{}}', 'm', 'Map(String, Int32)');
SELECT JSONExtract('{"a":1,"b":"x","c":[1]}', 'Map(String, Nullable(Int64))'), JSONExtract('{"a":[1,"x"]}', 'Map(String, Array(UInt8))');
SELECT JSONExtract('{"1":1,"x":2}', 'Map(UInt8, UInt8)'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT JSONExtract('{"a":1}', 'a', 'Nothing'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
-- Integers rounded to a power of ten beyond their type's maximum are 0.
SELECT round(toUInt16(65535), -5), floor(toUInt8(200), -3), ceil(toInt32(5), -10), round(toUInt16(65535), -4), round(toInt64(123), -19), round(toUInt64(123), -20);
SELECT round(1234.5678, -2), round(toInt32(1250), -2), round(toUInt8(255), -1), round(toDecimal32(123.456, 3), -1), toTypeName(round(toDecimal32(123.456, 3), -1)), round(-2.5), round(2.5), roundBankers(2.5), roundBankers(-1.5);
SELECT floor(-1.5), ceil(-1.5), trunc(-1.5), floor(1234.5, -2), ceil(1234.5, -2), trunc(-1234.5, -2), floor(toInt64(-1234), -2), ceil(toInt64(1234), -2), toTypeName(floor(toInt64(-1234), -2));
SELECT floor(toDecimal64(-1.55, 2), 1), ceil(toDecimal64(-1.55, 2), 1), trunc(toDecimal64(-1.55, 2), 1), roundBankers(toDecimal64(1.25, 2), 1), roundBankers(toDecimal64(1.35, 2), 1), round(toDecimal64(-1.25, 2), 1);
-- Decimals with integers and other decimals have a common decimal type.
SELECT if(1, toDecimal32(1, 2), toDecimal64(2, 3)), toTypeName(if(1, toDecimal32(1, 2), toDecimal64(2, 3))), toTypeName(if(1, toDecimal32(1, 2), 1));
SELECT [1, toDecimal32(1, 2)], toTypeName([1, toDecimal32(1, 2)]), toTypeName([toInt32(1), toDecimal32(1, 0)]), toTypeName([toInt64(1), toDecimal32(1, 0)]), toTypeName([toUInt64(1), toDecimal32(1, 0)]);
SELECT toTypeName([toInt32(1), toDecimal32(1, 1)]), toTypeName([toUInt64(1), toDecimal32(1, 9)]), toTypeName([toDecimal128(1, 2), toDecimal32(1, 5)]), toTypeName([toInt16(1), toDecimal32(1, 5)]);
SELECT coalesce(NULL, toDecimal32(1, 2), 1), multiIf(0, toDecimal32(1.5, 1), 1, toDecimal64(2.25, 2), 3), greatest(toDecimal32(1.5, 1), 2), least(toDecimal64(1.5, 1), toDecimal32(1.25, 2));
SELECT arrayConcat([toDecimal32(1, 1)], [toDecimal64(2, 2)]), toTypeName(arrayConcat([toDecimal32(1, 1)], [toDecimal64(2, 2)]));
SELECT [toDecimal32(1.5, 1), toDecimal32(2.25, 2)], has([toDecimal32(1.5, 1)], toDecimal64(1.5, 3)), if(number = 0, toDecimal32(1, 1), number) FROM numbers(2);
