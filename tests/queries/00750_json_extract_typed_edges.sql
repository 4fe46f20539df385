-- JSONExtract into typed results: containers, Nullable, LowCardinality, Decimal, DateTime64,
-- UUID, Enum, Bool; numbers that do not fit, floats into integers, strings into numbers;
-- paths of keys and 1-based (negative from the end) indexes; invalid JSON gives defaults.
SELECT JSONExtract('{"a":["x","y"]}', 'a', 'Array(String)'), JSONExtract('{"a":[1,null,3]}', 'a', 'Array(Nullable(Int64))');
SELECT JSONExtract('{"a":[1,"2",3.7,true]}', 'a', 'Array(Int64)'), JSONExtract('{"a":[[1,2],[3]]}', 'a', 'Array(Array(UInt8))');
SELECT JSONExtract('{"b":5,"a":"s"}', 'Tuple(a String, b Int64)'), JSONExtract('["s",5]', 'Tuple(String, Int64)'), JSONExtract('{"a":1}', 'Tuple(a Nullable(String), b Nullable(Int64))');
SELECT JSONExtract('{"x":"1","y":"2"}', 'Map(String, String)'), JSONExtract('{"x":1,"y":"2"}', 'Map(String, Int64)'), JSONExtract('{"a":{"x":[1,2]}}', 'a', 'Map(String, Array(Int32))');
SELECT JSONExtract('{"a":null}', 'a', 'Nullable(Int64)'), JSONExtract('{"a":5}', 'b', 'Nullable(Int64)'), toTypeName(JSONExtract('{"a":"hello"}', 'a', 'LowCardinality(String)'));
SELECT JSONExtract('{"a":"61f0c404-5cb3-11e7-907b-a6006ad3dba0"}', 'a', 'UUID'), JSONExtract('{"a":"bad"}', 'a', 'UUID');
SELECT JSONExtract('{"a":"b"}', 'a', 'Enum8(\'a\' = 1, \'b\' = 2)'), JSONExtract('{"a":2}', 'a', 'Enum8(\'a\' = 1, \'b\' = 2)');
-- A name the Enum lacks gives its default 0, which is no element of it.
SELECT JSONExtract('{"a":"c"}', 'a', 'Enum8(\'a\' = 1, \'b\' = 2)'); -- { serverError UNKNOWN_ELEMENT_OF_ENUM }
SELECT JSONExtract('{"a":true}', 'a', 'Bool'), JSONExtract('{"a":1}', 'a', 'Bool'), JSONExtract('{"a":"2020-01-02 03:04:05"}', 'a', 'DateTime(\'UTC\')');

-- Numbers that overflow the target type give the default; floats are truncated into integers.
SELECT JSONExtract('{"a":300}', 'a', 'Int8'), JSONExtract('{"a":-1}', 'a', 'UInt64'), JSONExtract('{"a":1e30}', 'a', 'Int64'), JSONExtract('{"a":-3.9}', 'a', 'Int32');
SELECT JSONExtract('{"a":"42"}', 'a', 'Int64'), JSONExtract('{"a":"42x"}', 'a', 'Int64'), JSONExtract('{"a":18446744073709551616}', 'a', 'UInt64');
SELECT JSONExtractInt('{"a":9223372036854775808}', 'a'), JSONExtractUInt('{"a":"18446744073709551615"}', 'a'), JSONExtractInt('{"a":true}', 'a'), JSONExtractFloat('{"a":"1.5e3"}', 'a');

-- Decimal takes a JSON number scaled and checks only that it fits its storage.
SELECT JSONExtract('{"a":1.239}', 'a', 'Decimal32(2)'), JSONExtract('{"a":"1.239"}', 'a', 'Decimal32(2)'), JSONExtract('{"a":123456789012}', 'a', 'Decimal(10,2)');
SELECT JSONExtract('{"a":92233720368547758}', 'a', 'Decimal(18,2)'), JSONExtract('{"a":[1.5, "2.25"]}', 'a', 'Array(Decimal32(2))'), JSONExtract('{"a":null}', 'a', 'Nullable(Decimal32(2))');
SELECT JSONExtract('{"a":99999999}', 'a', 'Decimal32(2)'); -- { serverError DECIMAL_OVERFLOW }
SELECT JSONExtract('{"a":12345678901234567890}', 'a', 'Decimal(10,2)'); -- { serverError DECIMAL_OVERFLOW }
SELECT JSONExtract('{"a":1e20}', 'a', 'Decimal(10,2)'); -- { serverError DECIMAL_OVERFLOW }

-- DateTime64: an integer is the value in ticks, a float is seconds.
SELECT JSONExtract('{"a":1.5}', 'a', 'DateTime64(3, \'UTC\')'), JSONExtract('{"a":15}', 'a', 'DateTime64(3, \'UTC\')'), JSONExtract('{"a":-1.5}', 'a', 'DateTime64(3, \'UTC\')');
SELECT JSONExtract('{"a":"2020-01-02 03:04:05.123"}', 'a', 'DateTime64(3, \'UTC\')');
SELECT JSONExtract('{"a":1e30}', 'a', 'DateTime64(3)'); -- { serverError DECIMAL_OVERFLOW }

-- Paths, unicode escapes, duplicate keys, invalid and empty documents.
SELECT JSONExtract('{"a":[1,2,3]}', 'a', -1, 'Int64'), JSONExtract('{"a":[1,2,3]}', 'a', 0, 'Int64'), JSONExtract('{"a":[1,2,3]}', 'a', -4, 'Int64');
SELECT JSONExtract('{"a":{"b":{"c":7}}}', 1, 1, 1, 'Int64'), JSONExtractRaw('{"a":[1,{"b":[2,3]}]}', 'a', 2, 'b', -1);
SELECT JSONExtractString('{"a":"\\u00e9\\ud83d\\ude00"}', 'a'), JSONExtract('{"a":1,"a":2}', 'a', 'Int64'), JSONExtractKeys('{"a":1,"a":2}');
SELECT JSONExtract('', 'a', 'Int64'), JSONExtract('not json', 'a', 'Nullable(Int64)'), JSONExtractRaw('bad'), JSONHas('', 'a'), JSONLength('bad'), JSONType('bad');
SELECT JSONExtractInt(materialize('[10,20,30]'), number - 1) FROM numbers(5);
SELECT JSONExtractKeysAndValues('{"a":1,"b":"2","c":[3]}', 'Int64'), JSONExtractKeysAndValuesRaw('{"a":1,"b":"2","c":[3, 4]}'), JSONExtractArrayRaw('[1,"a",{"b":2},[3],null,true]');

-- The Insights property read: a string value unquoted, null and missing as NULL.
SELECT replaceRegexpAll(nullIf(nullIf(JSONExtractRaw(properties, 'plan'), ''), 'null'), '^"|"$', '')
FROM (SELECT arrayJoin(['{"plan":"pro"}', '{"plan":null}', '{}', '{"plan":5}', '{"plan":"a\\"b"}', '{"plan":{"x":1}}', 'bad', '', '{"plan":""}']) AS properties);

-- isValidJSON(json): whether the text parses.
SELECT isValidJSON('{"a":1}'), isValidJSON('{a:1}'), isValidJSON(''), isValidJSON('[1,]'), isValidJSON('1'), isValidJSON(toNullable('[]')), isValidJSON(NULL);
SELECT isValidJSON('{}', 'a'); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT isValidJSON(toFixedString('{}', 2)); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }

-- Arguments: the document is a String, keys Strings, indexes integers of up to 64 bits, and
-- the type a constant string.
SELECT JSONExtract(toFixedString('{"a":1}', 7), 'a', 'Int64'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT JSONExtractString('{"a":"x"}', toFixedString('a', 1)); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT JSONExtractInt('[10,20,30]', toInt128(1)); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT JSONExtract(materialize('{"a":1}'), 'a', materialize('Int64')); -- { serverError ILLEGAL_COLUMN }
SELECT JSONExtract('{"a":1}', 'a', 5); -- { serverError ILLEGAL_COLUMN }
SELECT JSONExtract('{"a":1}', 'a', 'Nothing'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT JSONExtract('{"a":1}', 'a'); -- { serverError UNKNOWN_TYPE }
