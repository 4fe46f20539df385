-- ngrams(s, N) over code points; startsWithUTF8/endsWithUTF8 only at code point boundaries;
-- which string functions take FixedString and which insist on String.
SELECT ngrams('abcd', 2), ngrams('ab', 3), ngrams('', 1), ngrams('привет', 2), ngrams('a\xffb', 2), ngrams(materialize('abc'), 1), ngrams(toFixedString('abc', 3), 2);
SELECT ngrams(s, 3) FROM (SELECT arrayJoin(['日本語テキスト', 'xy', 'wxyz']) AS s);
SELECT ngrams(NULL, 1), toTypeName(ngrams('a', toUInt8(1)));
SELECT ngrams('abc', 0); -- { serverError BAD_ARGUMENTS }
SELECT ngrams('abc', -1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT ngrams('abc', materialize(2)); -- { serverError ILLEGAL_COLUMN }
SELECT ngrams(1, 2); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT ngrams('abc'); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }

SELECT startsWithUTF8('привет', 'пр'), startsWithUTF8('привет', '\xD0'), endsWithUTF8('привет', 'ет'), endsWithUTF8('привет', '\x82'), startsWithUTF8('abc', ''), endsWithUTF8('', '');
SELECT startsWith('привет', '\xD0'), endsWith('привет', '\x82'), startsWithUTF8(materialize('привет'), materialize('п')), endsWithUTF8(s, 'т') FROM (SELECT arrayJoin(['т', 'ат', '\x82']) AS s);

SELECT lowerUTF8(toFixedString('AB', 2)); -- { serverError BAD_ARGUMENTS }
SELECT repeat(toFixedString('ab', 3), 2); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT splitByChar(',', toFixedString('a,b', 3)); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT replaceAll('abc', toFixedString('b', 1), 'x'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT replaceAll('abc', 'b', toFixedString('x', 1)); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT replaceOne(materialize(toFixedString('abc', 4)), 'b', 'x'), lower(toFixedString('AB', 2)), reverse(toFixedString('ab', 3));
