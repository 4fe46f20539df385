-- A FixedString against a String (or a FixedString of another length) compares as if the
-- shorter were padded with zero bytes, as the FixedString itself is.
SELECT toFixedString('f7', 8) = 'f7', toFixedString('f7', 8) = 'f7\0', 'f7' = toFixedString('f7', 8), toFixedString('f7', 2) = toFixedString('f7', 3), toFixedString('f7', 8) < 'f7a';
SELECT toFixedString('f7', 8) != 'f7', toFixedString('f7', 8) > 'f7', toFixedString('f7', 8) >= 'f7', toFixedString('f7', 8) <= 'f7', toFixedString('f7', 8) < 'f7';
SELECT toFixedString('', 2) = '', toFixedString('a\0b', 4) = 'a\0b', toFixedString('a\0b', 4) = 'a', 'a\0' = 'a';
SELECT materialize(toFixedString('f7', 8)) = 'f7', materialize(toFixedString('f7', 8)) = materialize('f7'), toFixedString('f7', 8) = materialize('f7\0\0');
SELECT count() FROM (SELECT toFixedString(toString(number), 4) AS s FROM numbers(20)) WHERE s = '1' OR s > '18';

-- format: doubled braces stay escapes inside a placeholder, so '{{{}}}' is an error.
SELECT format('{} {}', 'a', 'b'), format('{1} {0}', 'a', 'b'), format('{{}}', 'a'), format('{{{}', 'a'), format('{} {}', 1, 2.5);
SELECT format('{{{}}}', 'a'); -- { serverError BAD_ARGUMENTS }
SELECT format('ab{{{}}}', 'a'); -- { serverError BAD_ARGUMENTS }
SELECT format('{}}}', 'a'); -- { serverError BAD_ARGUMENTS }
SELECT format('{0}}}', 'a'); -- { serverError BAD_ARGUMENTS }
SELECT format('{0{}', 'a'); -- { serverError BAD_ARGUMENTS }
SELECT format('{{}', 'a'); -- { serverError BAD_ARGUMENTS }
SELECT format('{5}', 'a'); -- { serverError BAD_ARGUMENTS }

-- LIKE: a backslash escapes %, _ and itself; before another character it is a plain backslash;
-- at the end of the pattern it is an error.
SELECT 'a%c' LIKE 'a\\%c', 'abc' LIKE 'a\\%c', 'a_c' LIKE 'a\\_c', 'a\\c' LIKE 'a\\\\c', 'a\\' LIKE 'a\\\\', 'ab' LIKE 'a\\b', 'a\\b' LIKE 'a\\b', 'a' LIKE '\\a';
SELECT 'ABC' ILIKE 'a%', 'abc' NOT LIKE '%b%', 'a\nc' LIKE 'a_c', 'привет' LIKE 'п_ивет', 'a.c' LIKE 'a.c', 'abc' LIKE 'a.c';
SELECT 'abc' LIKE 'abc\\'; -- { serverError CANNOT_PARSE_ESCAPE_SEQUENCE }
SELECT 'abc' ILIKE 'abc\\'; -- { serverError CANNOT_PARSE_ESCAPE_SEQUENCE }

-- extractAll stops at the first empty match.
SELECT extractAll('a1b22c333', '\\d+'), extractAll('a1b22c333', '[a-z](\\d+)'), extractAll('abc', ''), extractAll('abc', 'x*'), extractAll('aXXb', 'X*'), extractAll('XXaXb', 'X*'), extractAll('ab', '(x)?b');
SELECT extract('abc', 'x*'), extract('abc', '(x)?b'), extract('abc123def', '([a-z]+)(\\d+)');

-- splitByChar's max_substrings keeps that many first pieces (0 or negative: all).
SELECT splitByChar(',', 'a,b,,c,'), splitByChar(',', 'a,b,,c,', 2), splitByChar(',', ''), splitByChar(',', 'a,b,c', 0), splitByChar(',', 'a,b,c', -1), splitByChar(',', 'a,b,c', 1), splitByChar(',', ',,', 2);
SELECT splitByChar(',', materialize('x,y,z'), 2), splitByString(', ', 'a, b, c', 2), splitByRegexp('\\d+', 'a12b34c', 2);
SELECT splitByChar(',,', 'a,b'); -- { serverError BAD_ARGUMENTS }
SELECT splitByChar(',', 'a,b', 'x'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
