-- String functions at their edges: start offsets, empty patterns and matches, back references,
-- escapes in LIKE, split limits, padding, base64 and hex of odd input, negative offsets.
SELECT position('abcabc', 'b', 3), position('abcabc', 'b', 0), position('abcabc', 'b', 8), position('abcabc', '', 3), position('abcabc', '', 7), position('abcabc', '', 8), position('', '', 1);
SELECT positionCaseInsensitive('ABCabc', 'bC', 3), positionUTF8('привет мир', 'и', 4), positionUTF8('привет', '', 7), positionCaseInsensitiveUTF8('ПРИВЕТ', 'вет');
SELECT position(materialize('abcabc'), 'b', number) FROM numbers(8);
-- locate takes MySQL's order: needle first.
SELECT locate('b', 'abc'), locate('b', 'abcb', 3), locate('abcabc', 'b'), char_length('é'), CHARACTER_LENGTH('abc');
SELECT position('abc', 'b', 1.5); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }

SELECT replaceOne('abcabc', '', 'x'), replaceAll('abcabc', '', 'x'), replaceAll('aaa', 'aa', 'b'), replaceAll(materialize('abc'), 'b', materialize('XY'));
SELECT replaceRegexpOne('abc123def', '(\\d+)', '<\\1>'), replaceRegexpAll('abc123def456', '(\\d)(\\d)', '\\2\\1'), replaceRegexpAll('abc', '', '-'), replaceRegexpAll('abc', 'x*', '-');
SELECT replaceRegexpAll('abc', '(b)', '\\0\\0'), replaceRegexpAll('abc', 'b', '\\\\'), replaceRegexpAll('ab', '^', 'x'), replaceRegexpAll('ab', '$', 'x'), replaceRegexpAll('héllo', '.', '[\\0]');
SELECT replaceRegexpAll('abc', '(', 'x'); -- { serverError BAD_ARGUMENTS }
SELECT replaceRegexpOne('abc', materialize('['), 'x'); -- { serverError BAD_ARGUMENTS }
SELECT replaceRegexpAll('abc', '(b)', '\\2'); -- { serverError BAD_ARGUMENTS }

SELECT match('abc', ''), match('ABC', '(?i)b'), match('a\nb', 'a.b'), extract('abc123', '([a-z]+)(\\d+)'), extract('abc', '(x)?b'), extractAll('a1b22c333', '[a-z](\\d+)'), extractAll('abc', 'x*');
SELECT match('abc', '('); -- { serverError CANNOT_COMPILE_REGEXP }
SELECT extract('abc', '('); -- { serverError CANNOT_COMPILE_REGEXP }
SELECT extractAll('abc', '['); -- { serverError CANNOT_COMPILE_REGEXP }

SELECT 'a%c' LIKE 'a\\%c', 'abc' LIKE 'a\\%c', 'a_c' LIKE 'a\\_c', 'abc' LIKE 'a\\_c', 'a\\c' LIKE 'a\\\\c', 'abc' LIKE 'a\\bc', 'a.c' LIKE 'a.c', 'abc' LIKE 'a.c';
SELECT 'привет' LIKE 'п_ивет', 'привет' LIKE 'п__вет', 'ПРИВЕТ' ILIKE 'привет', 'ÄÖÜ' ILIKE 'äöü', 'a\nb' LIKE 'a_b', 'a\nb' LIKE 'a%b', materialize('xyz') LIKE materialize('%y%');

SELECT splitByChar(',', 'a,b,,c'), splitByChar(',', ''), splitByChar(',', 'a,b,c', 2), splitByChar(',', 'a,b,c', 0), splitByChar(',', 'a,b,c', -1);
SELECT splitByString(', ', 'a, b, c', 2), splitByString('', 'abc', 2), splitByString('aa', 'aaa'), splitByRegexp('\\d+', 'a1b22c'), splitByRegexp('', 'abc', 2), splitByRegexp('\\d*', 'a1b');
SELECT splitByWhitespace('  a b\t\nc  '), splitByNonAlpha('  a!!b  ', 1);
SELECT splitByChar('ab', 'a,b'); -- { serverError BAD_ARGUMENTS }
SELECT splitByChar(',', 'a,b', materialize(1)); -- { serverError ILLEGAL_COLUMN }
SELECT splitByString(',', 'a,b', materialize(1)); -- { serverError ILLEGAL_COLUMN }
SELECT splitByRegexp(',', 'a,b', 1.5); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT splitByRegexp('[', 'a'); -- { serverError CANNOT_COMPILE_REGEXP }

SELECT arrayStringConcat([1,2,3], ','), arrayStringConcat(['a', NULL, 'c'], ','), arrayStringConcat([], ','), arrayStringConcat([toDate('2020-01-01')]);
SELECT trim(BOTH 'x' FROM 'xxaxx'), trim(LEADING 'xy' FROM 'xyyxaxy'), trim(TRAILING 'ab' FROM 'aababcba'), trimBoth('\t a \t'), trim(BOTH 'é' FROM 'éaé');
SELECT leftPad('abc', 6, 'xy'), leftPad('abc', 2, '*'), leftPad('abc', 5, ''), rightPad('abc', 6, 'xy'), leftPadUTF8('абв', 5, 'я'), rightPadUTF8('абв', 6, 'ёж'), leftPad('абв', 7, 'я');
SELECT leftPad(materialize('a'), materialize(3), 'xy'), leftPad(toFixedString('ab', 2), 4, '-');
SELECT leftPad('a', 3, materialize('xy')); -- { serverError ILLEGAL_COLUMN }
SELECT leftPad('a', 3, toFixedString('x', 1)); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT leftPad('a', -1); -- { serverError INDEX_OF_POSITIONAL_ARGUMENT_IS_OUT_OF_RANGE }

SELECT startsWith('abc', ''), startsWith('ab', 'abc'), endsWith('привет', 'ет'), startsWith(toFixedString('ab', 3), 'ab'), endsWith(toFixedString('ab', 3), 'b');
SELECT lowerUTF8('ПРИВЕТ ÄÖÜ'), upperUTF8('привет äöü'), lower('ÄBC'), upper('äbc'), upperUTF8('\xff\xfeab');

SELECT base64Encode(''), base64Decode('aGVsbG8='), tryBase64Decode('!!!'), tryBase64Decode('aGVsbG8'), tryBase64Decode('YQ=='), tryBase64Decode('aGVsbG8==');
SELECT base64Decode('!!!'); -- { serverError INCORRECT_DATA }
SELECT base64Decode('aGVsbG8'); -- { serverError INCORRECT_DATA }
SELECT hex(toInt8(-1)), hex(256), hex(toFixedString('a', 3)), hex(1.5), hex(toFloat32(1.5)), hex(toDate('2020-01-01')), hex(toDecimal32(1.5, 2)), hex(toUUID('61f0c404-5cb3-11e7-907b-a6006ad3dba0'));
SELECT hex(toIPv4('1.2.3.4')), hex(toInt128(-1)), hex(true), hex(toNullable(10)), hex(toLowCardinality('ab'));
SELECT unhex('616263'), unhex('6'), unhex('zz'), unhex('616'), hex(unhex('4a4A'));
SELECT hex([1,2]); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT unhex(123); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }

SELECT format('{1} {0}', 'a', 'b'), format('{{}}', 'a'), format('{} {}', 'a', 2.5), format('{}', NULL);
SELECT format('{} {}', 'a'); -- { serverError BAD_ARGUMENTS }
SELECT format('{0} {}', 'a', 'b'); -- { serverError BAD_ARGUMENTS }
SELECT toValidUTF8('a\xffb'), toValidUTF8('\xf0\x9f\x98'), toValidUTF8('\xed\xa0\x80');

-- repeat, space and reverse (of strings and arrays).
SELECT repeat('ab', 3), repeat('ab', 0), repeat('a', -1), repeat('x', number) FROM numbers(3);
SELECT space(3) || '|', space(0), space(-1), length(space(materialize(10))), toTypeName(space(2)), space(NULL);
SELECT reverse('привет'), reverseUTF8('привет'), reverse([1, 2, 3]), reverse(['a', NULL]), reverse(materialize([[1], [2, 3]]));
SELECT repeat('a', 10000000000); -- { serverError TOO_LARGE_STRING_SIZE }
SELECT space(10000000000); -- { serverError TOO_LARGE_STRING_SIZE }
SELECT space('a'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT space(); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }

SELECT concat('a', NULL, 'b'), concat('a', 1, 2.5), concat(1, 2), concat([1], 'x'), concat(toDate('2020-01-01'), '!'), concat(true, 'x'), concatWithSeparator('-', 'a', 1, NULL);
SELECT substring('abcdef', -2), substring('abcdef', -2, 1), substring('abcdef', 0, 3), substring('abcdef', -10, 3), substring('abcdef', -10, 8), substring('abcdef', 2, -1), substring('abcdef', -3, -1);
SELECT substringUTF8('привет', -3, 2), substringUTF8('привет', 2, -1), substring('abc', number - 2, 2) FROM numbers(5);
