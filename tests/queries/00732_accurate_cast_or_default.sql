-- accurateCastOrDefault(x, 'T'[, default]): like accurateCastOrNull, but a value that does not
-- survive the conversion (or does not parse, or is NULL) gives `default`, which must be of
-- type T exactly, else T's default. The result is T itself.
SELECT accurateCastOrDefault(300, 'UInt8'), accurateCastOrDefault(-1, 'UInt8', toUInt8(7)), accurateCastOrDefault('abc', 'Int32'), accurateCastOrDefault(300, 'UInt8', 7);
SELECT toTypeName(accurateCastOrDefault(300, 'UInt8')), toTypeName(accurateCastOrDefault(300, 'UInt8', toUInt8(7))), toTypeName(accurateCastOrDefault(300, 'Nullable(UInt8)'));
SELECT accurateCastOrDefault(number - 1, 'UInt8', toUInt8(number)) FROM numbers(3);
SELECT accurateCastOrDefault(x, 'UInt8', toUInt8(9)) FROM (SELECT arrayJoin(['1', 'x', '300', '-1', '']) AS x);
SELECT accurateCastOrDefault(x, 'UInt8') FROM (SELECT arrayJoin([NULL, 1, 300]) AS x);
SELECT accurateCastOrDefault(NULL, 'UInt8'), accurateCastOrDefault(toNullable(5), 'UInt8'), accurateCastOrDefault(300, 'Nullable(UInt8)');
SELECT accurateCastOrDefault(x, 'Nullable(UInt8)', toNullable(toUInt8(9))) FROM (SELECT arrayJoin([1, 300]) AS x);
SELECT accurateCastOrDefault(1.5, 'Int32'), accurateCastOrDefault(nan, 'Int8', toInt8(3)), accurateCastOrDefault(inf, 'UInt64');
SELECT accurateCastOrDefault(x, 'Float32', toFloat32(-1)) FROM (SELECT arrayJoin([1e300, 1.5, inf]) AS x);
SELECT accurateCastOrDefault('2024-13-01', 'Date'), accurateCastOrDefault('2024-01-01', 'Date', toDate('2000-01-01')), accurateCastOrDefault(-1, 'Date', toDate('2000-01-01'));
SELECT accurateCastOrDefault('x', 'UUID'), accurateCastOrDefault('x', 'String'), accurateCastOrDefault(1.5, 'Decimal(3, 1)');
SELECT accurateCastOrDefault(300, 'LowCardinality(UInt8)'), toTypeName(accurateCastOrDefault(300, 'LowCardinality(UInt8)'));
SELECT accurateCastOrDefault(300); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT accurateCastOrDefault(300, 'UInt8', toUInt8(1), 2); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT accurateCastOrDefault(1, materialize('UInt8')); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT accurateCastOrDefault('abc', 'Int32', 5); -- { serverError BAD_ARGUMENTS }
SELECT accurateCastOrDefault(300, 'UInt8', 'x'); -- { serverError BAD_ARGUMENTS }
SELECT accurateCastOrDefault(1, 'UInt8', NULL); -- { serverError BAD_ARGUMENTS }
SELECT accurateCastOrDefault('a', 'Array(UInt8)'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
-- accurateCastOrNull: NaN and infinities to an integer are NULL; a number to Date or DateTime
-- must lie in [0, 2^32 - 1] (a Date takes those past 65535 as a time).
SELECT accurateCastOrNull(300, 'UInt8'), accurateCastOrNull(-1, 'UInt8'), accurateCastOrNull('abc', 'Int32'), accurateCastOrNull(1.5, 'Int32'), accurateCastOrNull(nan, 'Int32'), accurateCastOrNull(-inf, 'Int64');
SELECT accurateCastOrNull(toInt64(x), 'Date'), accurateCastOrNull(toInt64(x), 'DateTime') FROM (SELECT arrayJoin(['-100000', '-1', '0', '65535', '65536', '4294967295', '4294967296']) AS x);
SELECT accurateCastOrNull(x, 'Date') FROM (SELECT arrayJoin([-1.5, 0.5, 1e20, nan]) AS x);
SELECT accurateCast(-1, 'Date'); -- { serverError CANNOT_CONVERT_TYPE }
SELECT accurateCast(4294967296, 'DateTime'); -- { serverError CANNOT_CONVERT_TYPE }
SELECT accurateCast(nan, 'Date'); -- { serverError CANNOT_CONVERT_TYPE }
SELECT accurateCast(nan, 'Int32'); -- { serverError CANNOT_CONVERT_TYPE }
SELECT accurateCast(1.5, 'Int8'); -- { serverError CANNOT_CONVERT_TYPE }
SELECT name FROM system.functions WHERE name LIKE 'accurateCast%' ORDER BY name;
