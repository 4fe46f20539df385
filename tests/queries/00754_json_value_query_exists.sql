-- JSON_EXISTS, JSON_VALUE and JSON_QUERY over a constant JSONPath: '$', .name, ."quoted",
-- ["quoted"], [*], [i], [i, j], [i to j) with whitespace between tokens.
SELECT JSON_VALUE('{"a":{"b":1}}', '$.a.b'), JSON_VALUE('{"a":{"b":1}}', '$.a'), JSON_VALUE('{"a":"x"}', '$.a'), JSON_VALUE('{"a":[1,2]}', '$.a[1]');
SELECT JSON_VALUE('{"a":null}', '$.a'), JSON_VALUE('{"a":true}', '$.a'), JSON_VALUE('{"a":-1.50}', '$.a'), JSON_VALUE('bad', '$.a'), JSON_VALUE('{"a":"x\\ny\\u00e9"}', '$.a');
SELECT JSON_VALUE('{"a":1e-7}', '$.a'), JSON_VALUE('{"a":1e25}', '$.a'), JSON_VALUE('{"a":18446744073709551615}', '$.a'), JSON_VALUE('{"a":[1,2]}', '$.a[*]'), JSON_VALUE('{"a":1,"a":2}', '$.a');
SELECT JSON_QUERY('{"a":{"b":1}}', '$.a'), JSON_QUERY('{"a":{"b":1}}', '$.a.b'), JSON_QUERY('{"a":[1,2]}', '$.a[*]'), JSON_QUERY('{"a":"x/\\u0001"}', '$.a'), JSON_QUERY('{"a":{"b":1}}', '$');
SELECT JSON_QUERY('{"a":[1,2,3]}', '$.a[0 to 2]'), JSON_QUERY('{"a":[1,2,3]}', '$.a[2, 0]'), JSON_QUERY('{"a":[1,2,3]}', '$.a[0 to 2, 2]'), JSON_QUERY('{"a":[1,2,3]}', '$.a[0 to 5]'), JSON_QUERY('{"a":[1,2,3]}', '$.a[5]');
SELECT JSON_QUERY('{"a":[{"b":1},{"b":2}]}', '$.a[*].b'), JSON_QUERY('[[1,2],[3,4]]', '$[*][1]'), JSON_QUERY('{"a":{"x":1}}', '$.a[*]'), JSON_QUERY('{"a":[{"x":1}]}', '$.a.x');
SELECT JSON_QUERY('{"a b":{"b":1}}', '$."a b".b'), JSON_QUERY('{"a":{"b":2}}', '$["a"]["b"]'), JSON_QUERY('{"a":{"b":2}}', '$[\'a\']'), JSON_QUERY('{"a\\"b":2}', '$."a\\"b"'), JSON_QUERY('{"a":{"b":2}}', ' $ .a .b ');
SELECT JSON_QUERY('{"a_b":1}', '$.a_b'), JSON_QUERY('{"1a":1}', '$.1a'), JSON_QUERY('{"a":1}', '$.A'), JSON_QUERY('{"a":{"x": [1, "b", {"c": null}]}}', '$.a'), JSON_QUERY('{"a":1.50}', '$.a');
SELECT JSON_EXISTS('{"a":{"b":1}}', '$.a.b'), JSON_EXISTS('{"a":{"b":1}}', '$.c'), JSON_EXISTS('{"a":[1]}', '$.a[0]'), JSON_EXISTS('{"a":[1]}', '$.a[1]'), JSON_EXISTS('{"a":[]}', '$.a[*]'), JSON_EXISTS('{"a":null}', '$.a');
SELECT JSON_EXISTS('bad', '$'), JSON_EXISTS('{}', '$'), JSON_EXISTS('', '$'), toTypeName(JSON_VALUE('{}', '$.a')), toTypeName(JSON_QUERY('{}', '$.a')), toTypeName(JSON_EXISTS('{}', '$.a'));
SELECT JSON_VALUE(materialize('{"a":1}'), '$.a'), JSON_QUERY(materialize('{"a":[1]}'), '$.a'), JSON_VALUE(toNullable('{"a":1}'), '$.a'), JSON_VALUE(NULL, '$.a');
SELECT JSON_VALUE(j, '$.a'), JSON_QUERY(j, '$.a'), JSON_EXISTS(j, '$.a') FROM (SELECT arrayJoin(['{"a":1}', '{"a":[1]}', '{}', 'x', '{"a":"s"}']) AS j);

-- The settings for JSON_VALUE: complex values, and NULL when the path reaches nothing.
SELECT JSON_VALUE('{"a":{"b":1}}', '$.a') SETTINGS function_json_value_return_type_allow_complex = 1;
SELECT JSON_VALUE('{"a":1}', '$.b'), JSON_VALUE('{"a":1}', '$.a'), toTypeName(JSON_VALUE('{"a":1}', '$.b')) SETTINGS function_json_value_return_type_allow_nullable = 1;

SELECT JSON_VALUE('{"a":1}', 'a'); -- { serverError BAD_ARGUMENTS }
SELECT JSON_VALUE('{"a":1}', '$.'); -- { serverError BAD_ARGUMENTS }
SELECT JSON_VALUE('{"a":1}', '$a'); -- { serverError BAD_ARGUMENTS }
SELECT JSON_VALUE('{"a":1}', '$['); -- { serverError BAD_ARGUMENTS }
SELECT JSON_VALUE('{"a":1}', ''); -- { serverError BAD_ARGUMENTS }
SELECT JSON_QUERY('{"a":[1,2,3]}', '$.a[-1]'); -- { serverError BAD_ARGUMENTS }
SELECT JSON_QUERY('{"a":[1,2,3]}', '$.a[1 to 1]'); -- { serverError BAD_ARGUMENTS }
SELECT JSON_QUERY('{"a":{"b":1}}', '$.*'); -- { serverError BAD_ARGUMENTS }
SELECT JSON_QUERY('{"a-b":1}', '$.a-b'); -- { serverError BAD_ARGUMENTS }
SELECT JSON_QUERY('{"a":{"b":2}}', '$["a", "b"]'); -- { serverError BAD_ARGUMENTS }
SELECT JSON_VALUE('{"a":1}', materialize('$.a')); -- { serverError ILLEGAL_COLUMN }
SELECT JSON_VALUE(1, '$.a'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT JSON_VALUE(toFixedString('{"a":1}', 7), '$.a'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT JSON_VALUE('{"a":1}', 1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT JSON_VALUE('{"a":1}'); -- { serverError TOO_FEW_ARGUMENTS_FOR_FUNCTION }
