-- JSON functions (simdjson DOM) and the simpleJSON/visitParam family, with ClickHouse 24.x's
-- results: invalid JSON and missing paths give the type's default, never an error.

-- Paths: keys, 1-based indexes into arrays and objects, negative indexes from the end.
SELECT JSONExtractString('{"a":"hello","b":[-100,200.0,300]}', 'a');
SELECT JSONExtractString('{"a":"hello","b":[-100,200.0,300]}', 1);
SELECT JSONExtractInt('{"a":"hello","b":[-100,200.0,300]}', 'b', 1), JSONExtractInt('{"a":"hello","b":[-100,200.0,300]}', 'b', -1);
SELECT JSONExtractInt('{"a":"hello","b":[-100,200.0,300]}', 'b', 0), JSONExtractInt('{"a":"hello","b":[-100,200.0,300]}', 'b', 4), JSONExtractInt('{"a":"hello","b":[-100,200.0,300]}', 'b', -4);
SELECT JSONExtract('{"a":{"b":{"c":"deep"}}}', 'a', 'b', 'c', 'String'), JSONExtractRaw('{"a":{"b":{"c":"deep"}}}', 'a', 'b');
SELECT JSONHas('{"a":"hello","b":[-100,200.0,300]}', 'b'), JSONHas('{"a":"hello","b":[-100,200.0,300]}', 'c'), JSONHas('{"a":"hello","b":[-100,200.0,300]}', 'b', 3), JSONHas('{"a":"hello","b":[-100,200.0,300]}', 'b', 4);
SELECT JSONHas('{"a":null}', 'a'), JSONHas('{"a":1}', 'a', 'b'), JSONHas('{"a":1}'), JSONHas('', ''), JSONHas('not json');
SELECT JSONExtractString('{"a":"x","a":"y"}', 'a'), JSONExtractString('{"a\\u0062":"x"}', 'ab'), JSONExtractString('{"":"e"}', '');

-- Lengths and types.
SELECT JSONLength('[1,2,3]'), JSONLength('{"a":1,"b":2}'), JSONLength('{"a":[]}', 'a'), JSONLength('"abc"'), JSONLength('{"a":1}', 'a'), JSONLength('x'), JSONLength('{}');
CREATE TABLE json_keys (x String) ENGINE = Memory;
INSERT INTO json_keys VALUES ('a'), ('b'), ('c'), ('d'), ('e'), ('f'), ('g'), ('h'), ('i'), ('missing');
SELECT x, JSONType('{"a":1,"b":1.0,"c":-1,"d":true,"e":null,"f":"s","g":[],"h":{},"i":18446744073709551615}', x) FROM json_keys ORDER BY x;
SELECT JSONType('not json'), JSONType('[]'), toTypeName(JSONType('{}'));

-- Numbers: integers must fit, doubles truncate, numeric strings are read, bools are not numbers here.
SELECT JSONExtractInt('{"a":1.5}', 'a'), JSONExtractInt('{"a":"123"}', 'a'), JSONExtractInt('{"a":-1e20}', 'a'), JSONExtractUInt('{"a":-1}', 'a'), JSONExtractFloat('{"a":"1.5"}', 'a');
SELECT JSONExtractFloat('{"a":true}', 'a'), JSONExtractInt('{"a":true}', 'a'), JSONExtractUInt('{"a":"1e3"}', 'a'), JSONExtractInt('{"a":" 12"}', 'a'), JSONExtractInt('{"a":"12 "}', 'a'), JSONExtractInt('{"a":1e19}', 'a'), JSONExtractUInt('{"a":1e19}', 'a');
SELECT JSONExtractUInt('{"a":18446744073709551615}', 'a'), JSONExtractInt('{"a":-9223372036854775808}', 'a'), JSONExtractInt('{"a":9223372036854775808}', 'a'), JSONExtractFloat('{"a":18446744073709551615}', 'a');
SELECT JSONExtractBool('{"a":true}', 'a'), JSONExtractBool('{"a":0}', 'a'), JSONExtractBool('{"a":2}', 'a'), JSONExtractBool('{"a":1.5}', 'a'), JSONExtractBool('{"a":"true"}', 'a'), toTypeName(JSONExtractBool('{}'));
-- Big numbers beyond UInt64 make the document invalid.
SELECT JSONExtractRaw('{"a":18446744073709551616}', 'a'), JSONExtractInt('{"a":18446744073709551616,"b":1}', 'b');

-- Strings: unescaped by JSONExtractString, re-serialized by JSONExtractRaw; other values as JSON text.
SELECT JSONExtractString('{"a":"\\u0041/\\n\\ud83d\\ude00 caf\\u00e9"}', 'a');
SELECT JSONExtractRaw('{"a":"\\u0041/\\n\\t\\u0001é\\u2028\\"\\\\"}', 'a');
SELECT JSONExtractString('{"a":"\\ud83d"}', 'a'), JSONExtractString('{"a":1}', 'a'), JSONExtractString('{"a":[1, "x"]}', 'a'), JSONExtractString('{"a":null}', 'a'), JSONExtractString('{"a":true}', 'a');
SELECT JSONExtractRaw('{"a":1.10}', 'a'), JSONExtractRaw('{"a":1e300}', 'a'), JSONExtractRaw('{"a":-0.0}', 'a'), JSONExtractRaw('{"a":0.1}', 'a'), JSONExtractRaw('{"a":123456789012345678}', 'a'), JSONExtractRaw('{"a":1E2}', 'a');
SELECT JSONExtractRaw('{"a":  { "b" : [ 1 , true, null, "x" ] } }', 'a'), JSONExtractRaw('  [1, 2]  '), JSONExtractRaw('{"a":1}'), JSONExtractRaw('{"a":null}', 'a');

-- Long values written row after row.
SELECT n, length(JSONExtractRaw(concat('{"a":[', repeat('"abcdefghij",', n), '1]}'), 'a')), length(JSONExtractArrayRaw(concat('[', repeat('{"k": [1, 2.5, "x"]},', n), 'null]'))), cityHash64(toString(JSONExtractArrayRaw(concat('[', repeat('{"k": [1, 2.5, "x"]},', n), 'null]')))) FROM (SELECT toUInt64(number * 300) AS n FROM numbers(4)) ORDER BY n;

-- Invalid JSON: defaults everywhere.
SELECT JSONExtractRaw('{"a":1', 'a'), JSONExtractRaw('{"a":1} x', 'a'), JSONExtractRaw(''), JSONExtractInt('{a:1}', 'a'), JSONExtractString('[1,]', 1), JSONLength('{"a":'), JSONExtractKeys('{');
SELECT JSONExtract('x', 'Tuple(a Int64, b String)'), JSONExtract('x', 'Map(String, Int64)'), JSONExtract('x', 'Array(String)'), JSONExtract('x', 'Nullable(String)'), JSONExtract('x', 'Float64');
CREATE TABLE json_docs (id UInt8, s String) ENGINE = Memory;
INSERT INTO json_docs VALUES (1, '{"k":"v1","n":1}'), (2, 'bad'), (3, '{"k":2}'), (4, ''), (5, '{"k":"v2","n":"7"}'), (6, '{"n":[1]}'), (7, '{"n":2,"k":"v3"}');
SELECT id, JSONExtractString(s, 'k'), JSONExtractInt(s, 'n'), JSONHas(s, 'k') FROM json_docs ORDER BY id;

-- JSONExtract with a type.
SELECT JSONExtract('{"a":1}', 'a', 'String'), JSONExtract('{"a":300}', 'a', 'UInt8'), JSONExtract('{"a":-1}', 'a', 'UInt8'), JSONExtract('{"a":"300"}', 'a', 'UInt8'), JSONExtract('{"a":1.5}', 'a', 'Float32'), JSONExtract('[1,2]', 2, 'Int8');
SELECT JSONExtract('{"a":null}', 'a', 'Nullable(Int64)'), JSONExtract('{"a":"x"}', 'a', 'Nullable(Int64)'), JSONExtract('{}', 'a', 'Nullable(Int64)'), JSONExtract('{"a":1}', 'a', 'Nullable(String)'), JSONExtract('{"a":null}', 'a', 'String');
SELECT JSONExtract('{"a":true}', 'a', 'Bool'), JSONExtract('{"a":1}', 'a', 'Bool'), JSONExtract('{"a":"true"}', 'a', 'Bool'), JSONExtract('{"a":true}', 'a', 'Int8'), JSONExtract('{"a":true}', 'a', 'Float64');
SELECT JSONExtract('{"a":"q"}', 'a', 'LowCardinality(String)'), toTypeName(JSONExtract('{"a":"q"}', 'a', 'LowCardinality(String)')), JSONExtract('{"a":"s"}', 'a', 'LowCardinality(Nullable(String))');
SELECT JSONExtract('{"a":[1,"2",true,null,"x",1.5]}', 'a', 'Array(Int64)'), JSONExtract('{"a":[1,"2",null,"x"]}', 'a', 'Array(Nullable(Int64))'), JSONExtract('{"a":5}', 'a', 'Array(Int64)');
SELECT JSONExtract('{"a":[1,[2]]}', 'a', 'Array(Array(Int64))'), JSONExtract('{"a":[null]}', 'a', 'Array(String)'), JSONExtract('{"a":["x",1,{"b":2}]}', 'a', 'Array(String)');
SELECT JSONExtract('{"a":[1,"x",2.5]}', 'a', 'Tuple(Int64, String, Float64)'), JSONExtract('{"a":{"x":1,"y":"z"}}', 'a', 'Tuple(y String, x Int64)'), JSONExtract('{"a":{"x":1,"y":"z"}}', 'a', 'Tuple(Int64, String)'), JSONExtract('{"a":[1]}', 'a', 'Tuple(Int64, String)');
SELECT JSONExtract('{"a":{"x":1,"w":2}}', 'a', 'Map(String, Int64)'), JSONExtract('{"a":{"b":[1]}}', 'a', 'Map(String, Array(Int64))'), JSONExtract('{"a":{"b":[1]}}', 'a', 'Map(LowCardinality(String), String)');
SELECT JSONExtract('{"a":"2020-01-02"}', 'a', 'Date'), JSONExtract('{"a":"3f1c4d8e-0000-1111-2222-333344445555"}', 'a', 'UUID'), JSONExtract('{"a":"123456789012345678901234567890"}', 'a', 'Int128');

-- Keys, arrays and key-value pairs.
SELECT JSONExtractKeys('{"x":1,"y":{"q":1}}'), JSONExtractKeys('{"x":1,"y":{"q":1}}', 'y'), JSONExtractKeys('[1]'), JSONExtractKeys('{}');
SELECT JSONExtractArrayRaw('[1, "a", {"b" : 2}, null, [ ]]'), JSONExtractArrayRaw('{"a":1}'), JSONExtractArrayRaw('x'), JSONExtractArrayRaw('{"a":[]}', 'a');
SELECT JSONExtractKeysAndValues('{"x":1,"y":"z","w":2}', 'Int64'), JSONExtractKeysAndValues('{"x":1,"y":"z","w":2}', 'String'), JSONExtractKeysAndValues('{"a":{"b":1.5}}', 'a', 'Float64');
SELECT JSONExtractKeysAndValuesRaw('{"x":1,"y":{"q": 1}}'), JSONExtractKeysAndValuesRaw('[1]'), toTypeName(JSONExtractKeysAndValues('{}', 'Int8'));

-- NULL and non-constant arguments.
SELECT JSONExtractInt(CAST(NULL AS Nullable(String)), 'a'), toTypeName(JSONHas(CAST('{}' AS Nullable(String)), 'a')), toTypeName(JSONExtractString(CAST('{"a":"b"}' AS Nullable(String)), 'a')), JSONExtractString('{"a":"b"}', CAST(NULL AS Nullable(String)));
CREATE TABLE json_paths (k String, i Int8) ENGINE = Memory;
INSERT INTO json_paths VALUES ('a', 1), ('a', -1), ('a', 3), ('b', 1), ('c', 1);
SELECT k, i, JSONExtractRaw('{"a":[10,20],"b":"x"}', k, i), JSONHas('{"a":[10,20],"b":"x"}', k) FROM json_paths ORDER BY k, i;
SELECT JSONExtractString(materialize('{"a":"m"}'), materialize('a')), JSONExtractString(toLowCardinality('{"a":"lc"}'), 'a');

-- The property read Insights generates, verbatim.
CREATE TABLE events (id UInt8, properties String) ENGINE = Memory;
INSERT INTO events VALUES (1, '{"plan":"pro"}'), (2, '{"plan":null}'), (3, '{}'), (4, '{"plan":3}'), (5, 'broken'), (6, '{"plan":"say \\"hi\\""}'), (7, '{"plan":""}');
SELECT id, replaceRegexpAll(nullIf(nullIf(JSONExtractRaw(properties, 'plan'), ''), 'null'), '^"|"$', '') FROM events ORDER BY id;
SELECT replaceRegexpAll(nullIf(nullIf(JSONExtractRaw(properties, 'plan'), ''), 'null'), '^"|"$', '') AS plan, count() FROM events GROUP BY plan ORDER BY plan;

-- Errors.
SELECT JSONExtract('{"a":1}', 'a'); -- { serverError UNKNOWN_TYPE }
SELECT JSONExtract('{"a":1}'); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT JSONExtractInt(1, 'a'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT JSONExtractInt('{}', 1.5); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT JSONExtract('{}', materialize('Int64')); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT, ILLEGAL_COLUMN }

-- simpleJSON* (visitParam*): the first "name": anywhere, the value read right after the colon.
SELECT simpleJSONExtractInt('{"a": 1}', 'a'), simpleJSONExtractInt('{"a":-1x}', 'a'), simpleJSONExtractInt('{"a":"12"}', 'a'), simpleJSONExtractUInt('{"a":-1}', 'a'), simpleJSONExtractFloat('{"a":1.5e3}', 'a'), simpleJSONExtractFloat('{"a":"inf"}', 'a');
SELECT simpleJSONExtractBool('{"a":true}', 'a'), simpleJSONExtractBool('{"a": true}', 'a'), simpleJSONExtractBool('{"a":1}', 'a'), simpleJSONExtractInt('{"a":12.7}', 'a'), simpleJSONExtractInt('{"a":99999999999999999999}', 'a'), simpleJSONExtractUInt('{"a":"+5"}', 'a'), simpleJSONExtractInt('{"a":"-"}', 'a');
SELECT simpleJSONExtractRaw('{"a": [1, 2 , {"x":"]"}] , "b":1}', 'a'), simpleJSONExtractRaw('{"a":"x\\"y"}', 'a'), simpleJSONExtractRaw('{"a":1.5 }', 'a'), simpleJSONExtractRaw('{"a":{"b":1}', 'a'), simpleJSONExtractRaw('{"b":{"a":7}}', 'a');
SELECT simpleJSONExtractRaw('{"a":tru}', 'a'), simpleJSONExtractRaw('{"a":  }', 'a'), simpleJSONExtractRaw('{"a":null}', 'a'), simpleJSONExtractRaw('{"a":5', 'a'), simpleJSONExtractRaw('{"a":"[x"}', 'a'), simpleJSONExtractRaw('{"a":[1]]}', 'a'), simpleJSONExtractRaw('{"a":"\\\\"}', 'a');
SELECT simpleJSONExtractString('{"a":"x\\u0041\\n\\ud83d\\ude00"}', 'a'), simpleJSONExtractString('{"a": "x"}', 'a'), simpleJSONExtractString('{"a":1}', 'a'), simpleJSONExtractString('{"a":"x\\qy"}', 'a'), simpleJSONExtractString('{"a":"unterminated', 'a'), simpleJSONExtractString('{"a":"\\ud83d"}', 'a');
SELECT simpleJSONHas('{"a":1}', 'a'), simpleJSONHas('{"a" :1}', 'a'), simpleJSONHas('{"b":"\\"a\\":"}', 'a'), simpleJSONHas('', 'a'), simpleJSONExtractString('{"a":"x", "a":"y"}', 'a'), length(simpleJSONExtractString('{"a":"\\u0000"}', 'a'));
SELECT visitParamExtractInt('{"a":3}', 'a'), visitParamHas('{"a":3}', 'a'), visitParamExtractRaw('{"a":3}', 'a'), visitParamExtractString('{"a":"3"}', 'a'), visitParamExtractUInt('{"a":3}', 'a'), visitParamExtractFloat('{"a":3}', 'a'), visitParamExtractBool('{"a":true}', 'a');
SELECT id, simpleJSONExtractString(s, 'k'), simpleJSONExtractUInt(s, 'n'), visitParamHas(s, 'n') FROM json_docs ORDER BY id;
SELECT simpleJSONHas('{"a":1}', materialize('a')); -- { serverError ILLEGAL_COLUMN }

-- replaceRegexpOne/All, which the property read above relies on.
SELECT replaceRegexpAll('"pro"', '^"|"$', ''), replaceRegexpOne('"pro"', '^"|"$', ''), replaceRegexpAll('abc', '', '-'), replaceRegexpAll('', '^', 'x'), replaceRegexpAll('aaa', 'a*', 'X');
SELECT replaceRegexpAll('2024-01-15', '(\\d+)-(\\d+)-(\\d+)', '\\3/\\2/\\1'), replaceRegexpOne('a.b.c', '\\.', '\\\\'), replaceRegexpAll('Hello World', '(o)', '[\\0\\1]'), replaceRegexpAll('line1\nline2', '.', 'x');
SELECT replaceRegexpAll(materialize('a1b22c333'), '[0-9]+', '#'), replaceRegexpAll('abc', materialize('b'), materialize('B')), REGEXP_REPLACE('abc', 'c', 'C');
SELECT replaceRegexpAll('abc', '(', 'x'); -- { serverError BAD_ARGUMENTS }
SELECT replaceRegexpAll('abc', 'b', '\\1'); -- { serverError BAD_ARGUMENTS }
