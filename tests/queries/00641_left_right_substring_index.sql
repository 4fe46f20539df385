-- left/right and their UTF-8 forms; substringIndex and substringIndexUTF8.
SELECT left('abc', 2), right('abc', 2), left('abc', 0), right('abc', 0), left('abc', 10), right('abc', 10);
SELECT left('abc', -1), right('abc', -1), left('abc', -3), right('abc', -10), left('', 1), right('', -1);
SELECT LEFT('abc', 1), Right('abc', 1), left('abc', toInt8(-2)), right('abc', toUInt8(200)), left('abc', 1.5);
SELECT leftUTF8('привет', 2), rightUTF8('привет', 2), leftUTF8('привет', -2), rightUTF8('привет', -2), left('привет', 2), rightUTF8('a😀b', 2);
SELECT left(s, n), right(s, n), leftUTF8(s, n), rightUTF8(s, n) FROM (SELECT arrayJoin(['', 'ab', 'abcd', 'äöü']) AS s, arrayJoin([-1, 0, 1, 3]) AS n) ORDER BY s, n;
SELECT left(NULL, 1), right(toNullable('abc'), 1), leftUTF8('abc', NULL), toTypeName(left(toNullable('a'), 1));
SELECT left(1, 2); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT left('abc'); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT right('abc', 'x'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT substringIndex('www.clickhouse.com', '.', 2), substringIndex('www.clickhouse.com', '.', -2), substringIndex('www.clickhouse.com', '.', 0);
SELECT substringIndex('a.b.c', '.', 5), substringIndex('a.b.c', '.', -5), substringIndex('', '.', 1), substringIndex('a..b', '.', 2), substringIndex('a..b', '.', -1);
SELECT substringIndex('a.b.c', '.', 18446744073709551615), substringIndex('a.b.c', '.', toInt64(-9223372036854775808)), SUBSTRING_INDEX('a.b', '.', 1);
SELECT substringIndex(s, '.', n) FROM (SELECT 'a.b.c' AS s, arrayJoin([-3, -2, -1, 0, 1, 2, 3]) AS n);
SELECT substringIndexUTF8('а.б.в', '.', -1), substringIndexUTF8('аюбюв', 'ю', 2), substringIndexUTF8('аюбюв', 'ю', -1), substringIndex(NULL, '.', 1);
SELECT substringIndex('a.b', '', 1); -- { serverError BAD_ARGUMENTS }
SELECT substringIndex('a.b', '..', 1); -- { serverError BAD_ARGUMENTS }
SELECT substringIndexUTF8('аюбюв', 'юю', 2); -- { serverError BAD_ARGUMENTS }
SELECT substringIndex('a.b.c', materialize('.'), 2); -- { serverError ILLEGAL_COLUMN }
SELECT substringIndex('a.b.c', '.', 1.5); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT substringIndex('a.b.c', '.'); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT left(toFixedString('abc', 3), 2), right(toFixedString('abc', 5), 3) = 'c\0\0', right(materialize(toFixedString('xy', 2)), -1);
SELECT leftUTF8(toFixedString('яб', 4), 1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT left('abc', 18446744073709551615), right('abc', 18446744073709551615), leftUTF8('abc', toInt64(-9223372036854775807));
SELECT left('abc', toInt64(-9223372036854775808)); -- { serverError ARGUMENT_OUT_OF_BOUND }
SELECT right('abc', 9223372036854775808); -- { serverError ARGUMENT_OUT_OF_BOUND }
SELECT rightUTF8('abc', toInt64(-9223372036854775808)); -- { serverError ARGUMENT_OUT_OF_BOUND }
