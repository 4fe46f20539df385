-- reinterpretAs*: the value's little-endian bytes read as another type
SELECT reinterpretAsUInt8('a'), reinterpretAsUInt16('ab'), reinterpretAsUInt32(toUInt8(255)), reinterpretAsInt8(toUInt8(255)), reinterpretAsFloat32(toUInt32(1065353216)), reinterpretAsUInt64(toFloat64(1)), reinterpretAsUInt64(''), reinterpretAsUInt8('abc');
SELECT reinterpretAsString(toUInt32(0x61626364)), reinterpretAsString(toUInt16(0x0061)), hex(reinterpretAsString(toInt32(-1))), reinterpretAsString(toFixedString('a', 3)), reinterpretAsString('abc'), reinterpretAsString(toDecimal32(1, 2)), hex(reinterpretAsString(toFloat32(1.5)));
SELECT reinterpretAsDate(toUInt16(1)), reinterpretAsDateTime(toUInt32(86400)), reinterpretAsInt32(toDate('1970-01-02')), reinterpretAsInt128(toInt8(-1)), reinterpretAsUInt32(toFixedString('ab', 2)), reinterpretAsInt16(toInt64(-2));
SELECT reinterpretAsFixedString(toUInt32(0x61626364)) AS a, toTypeName(a), reinterpretAsUUID(toUInt128(1)), reinterpretAsUUID('0123456789abcdef'), reinterpret(toInt8(-1), 'UInt8'), hex(reinterpret(toUInt16(0x0102), 'FixedString(4)')), reinterpret('ab', 'UInt16');
SELECT reinterpretAsUInt8(NULL), reinterpretAsUInt16(toNullable('ab')), reinterpretAsUInt16(s) FROM (SELECT arrayJoin(['', 'a', 'ab', 'abc']) AS s);
SELECT reinterpretAsString(number * 257) FROM numbers(3);
SELECT reinterpretAsUInt8([1]); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT reinterpret(toUInt8(1), 'Array(UInt8)'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT reinterpret(1, materialize('UInt8')); -- { serverError ILLEGAL_COLUMN }

-- getSetting reads the query's settings, typed as a literal of the value
SELECT getSetting('max_block_size'), getSetting('transform_null_in'), getSetting('session_timezone'), getSetting('max_memory_usage') SETTINGS max_block_size = 1234;
SELECT getSetting('transform_null_in'), toTypeName(getSetting('max_block_size')), getSetting('session_timezone'), toTypeName(getSetting('transform_null_in')) SETTINGS transform_null_in = 1, session_timezone = 'Asia/Tokyo', max_block_size = 1000;
SELECT getSetting('max_execution_time'), toTypeName(getSetting('max_execution_time'));
SELECT getSetting('nonexistent_setting_xyz'); -- { serverError UNKNOWN_SETTING }
SELECT getSetting(materialize('max_block_size')); -- { serverError ILLEGAL_COLUMN }
SELECT getSetting(1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }

-- blockSize: rows in the block being processed
SELECT blockSize() FROM numbers(3);
SELECT DISTINCT blockSize() FROM numbers(10) SETTINGS max_block_size = 4;
SELECT blockSize(1); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
