-- visitParam*/simpleJSON*: the first "name": at any depth, escapes decoded, raw values to their
-- end; only String arguments, the name a constant.
SELECT visitParamExtractString('{"a":"x\\/y"}', 'a'), visitParamExtractString('{"a":"\\u0041\\u00e9\\u4e2d"}', 'a'), visitParamExtractString('{"a":"\\ud83d\\ude00"}', 'a'), visitParamExtractString('{"a":5}', 'a');
SELECT visitParamExtractRaw('{"a":[1,"]",{"b":"}"}],"c":2}', 'a'), visitParamExtractRaw('{"a":"x\\\\"}', 'a'), visitParamExtractRaw('{"a":-1.5e3}', 'a'), visitParamExtractRaw('{"a":[1,2', 'a');
SELECT visitParamExtractUInt('{"b":{"a":1}}', 'a'), visitParamExtractUInt('{"a":1,"a":2}', 'a'), visitParamExtractInt('{"a":1.9}', 'a'), visitParamExtractFloat('{"a":"2.5"}', 'a'), visitParamExtractBool('{"a":1}', 'a');
SELECT simpleJSONHas('{"a":1}', 'a'), simpleJSONHas('{"a":1}', 'b'), simpleJSONExtractString(materialize('{"a":"v"}'), 'a'), simpleJSONExtractUInt(toNullable('{"a":1}'), 'a'), simpleJSONExtractUInt(NULL, 'a');
SELECT simpleJSONHas(toFixedString('{"a":1}', 7), 'a'); -- { serverError ILLEGAL_COLUMN }
SELECT visitParamExtractString(toFixedString('{"a":"x"}', 9), 'a'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT visitParamHas('{"a":1}', toFixedString('a', 1)); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT visitParamExtractString('{"a":"x"}', 1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT visitParamExtractString('{"a":"x"}', materialize('a')); -- { serverError ILLEGAL_COLUMN }
