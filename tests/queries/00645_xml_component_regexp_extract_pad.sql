-- encodeXMLComponent/decodeXMLComponent, regexpExtract, and leftPad/rightPad with a negative length.
SELECT encodeXMLComponent('<a&"b\'>'), encodeXMLComponent(''), encodeXMLComponent('привет&'), encodeXMLComponent(NULL);
SELECT decodeXMLComponent('&lt;&amp;&#65;&#x42;&quot;&apos;&gt;&bad;'), decodeXMLComponent(''), decodeXMLComponent('a & b; c');
SELECT decodeXMLComponent('&#1055;&#x41f;&#0;&#xZ;&amp&lt;;&#99999999999;&#;&#x;');
SELECT hex(decodeXMLComponent('&#128512;&#1114112;&#55296;')), decodeXMLComponent(encodeXMLComponent('<x y="1">&</x>'));
SELECT encodeXMLComponent(s), decodeXMLComponent(s) FROM (SELECT arrayJoin(['', '&amp;', '<>', 'plain']) AS s);
SELECT decodeXMLComponent(1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT regexpExtract('100-200', '(\\d+)-(\\d+)', 2), regexpExtract('100-200', '(\\d+)-(\\d+)'), regexpExtract('100-200', '(\\d+)-(\\d+)', 0);
SELECT regexpExtract('abc', 'x(y)'), regexpExtract('abc', 'a(x)?', 1), regexpExtract('abc', 'b'), REGEXP_EXTRACT('ab', 'a'), regexpExtract('a\nb', 'a.b');
SELECT regexpExtract('abc', 'b', 0), regexpExtract('abc', 'x', 0), regexpExtract(NULL, 'a'), toTypeName(regexpExtract(toNullable('abc'), '(b)', 1));
SELECT regexpExtract(s, '(\\w)(\\d)?', n) FROM (SELECT arrayJoin(['a1', 'b', '']) AS s, arrayJoin([0, 1, 2]) AS n) ORDER BY s, n;
SELECT regexpExtract('abc', '(b)', 2); -- { serverError INDEX_OF_POSITIONAL_ARGUMENT_IS_OUT_OF_RANGE }
SELECT regexpExtract('abc', '(b)', -1); -- { serverError INDEX_OF_POSITIONAL_ARGUMENT_IS_OUT_OF_RANGE }
SELECT regexpExtract('abc', 'b', 1); -- { serverError INDEX_OF_POSITIONAL_ARGUMENT_IS_OUT_OF_RANGE }
SELECT regexpExtract('abc', '(a)(b)', materialize(3)); -- { serverError INDEX_OF_POSITIONAL_ARGUMENT_IS_OUT_OF_RANGE }
SELECT regexpExtract('abc', '(', 1); -- { serverError CANNOT_COMPILE_REGEXP }
SELECT regexpExtract('abc', materialize('b')); -- { serverError ILLEGAL_COLUMN }
SELECT regexpExtract('abc', '(b)', 1.5); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT regexpExtract(1, '(b)'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT regexpExtract('abc'); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT leftPad('abc', 5, '*'), rightPad('abc', 5, '*'), leftPad('abc', 0), leftPadUTF8('я', 3, 'ю');
SELECT leftPad('a', -1); -- { serverError INDEX_OF_POSITIONAL_ARGUMENT_IS_OUT_OF_RANGE }
SELECT rightPad('a', -1, 'x'); -- { serverError INDEX_OF_POSITIONAL_ARGUMENT_IS_OUT_OF_RANGE }
SELECT rightPadUTF8('a', -1); -- { serverError INDEX_OF_POSITIONAL_ARGUMENT_IS_OUT_OF_RANGE }
SELECT leftPad('a', 2000000000); -- { serverError TOO_LARGE_STRING_SIZE }
