-- toJSONString(value): the value as the JSON formats write it, with the query's
-- output_format_json_* settings (64-bit integers quoted by default in 24.x).
SELECT toJSONString(1), toJSONString('a"b'), toJSONString([1,2]), toJSONString(map('a',1)), toJSONString((1,'x')), toJSONString(1.5), toJSONString(toDate('2020-01-01'));
SELECT toJSONString(NULL), toJSONString([NULL, 1]), toJSONString(toNullable('x')), toJSONString(nan), toJSONString(inf), toJSONString(toDecimal32(1.5, 2)), toJSONString(true);
SELECT toJSONString(toUInt64(18446744073709551615)), toJSONString(toInt64(-5)), toJSONString(toInt32(-5)), toJSONString(toInt128(5));
SELECT toJSONString('é/\\x01'), toJSONString(toFixedString('ab', 3)), toJSONString(toUUID('61f0c404-5cb3-11e7-907b-a6006ad3dba0')), toJSONString(toDateTime('2020-01-01 00:00:00', 'UTC'));
SELECT toJSONString(map(1, 'a')), toJSONString([[1],[2,3]]), toJSONString(toFloat32(0.1)), toJSONString(toLowCardinality('lc')), toJSONString(CAST((1, 'x'), 'Tuple(a UInt8, b String)'));
SELECT toJSONString(number), toJSONString(toString(number)) FROM numbers(3);
SELECT toJSONString(toInt64(-5)), toJSONString(nan), toJSONString('a/b'), toJSONString(CAST((1, 'x'), 'Tuple(a UInt8, b String)'))
SETTINGS output_format_json_quote_64bit_integers = 0, output_format_json_quote_denormals = 1, output_format_json_escape_forward_slashes = 0,
    output_format_json_named_tuples_as_objects = 0;
SELECT toJSONString(); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT toJSONString(1, 2); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
