-- countSubstrings and its case-insensitive forms, startsWithUTF8/endsWithUTF8, ascii.
SELECT countSubstrings('aaaa', 'aa'), countSubstrings('abc', ''), countSubstrings('', 'a'), countSubstrings('', ''), countSubstrings('abcabc', 'bc');
SELECT countSubstrings('aaa', 'a', 0), countSubstrings('aaa', 'a', 2), countSubstrings('aaa', 'a', 3), countSubstrings('aaa', 'a', 4), countSubstrings('aaa', 'a', 100);
SELECT countSubstringsCaseInsensitive('AbAb', 'ab'), countSubstringsCaseInsensitive('ÄäÄ', 'ä'), countSubstringsCaseInsensitiveUTF8('ÄäÄ', 'ä');
SELECT countSubstringsCaseInsensitiveUTF8('ПриПри', 'при'), countSubstringsCaseInsensitiveUTF8('абвБ', 'б', 3), countSubstringsCaseInsensitiveUTF8('абв', 'б', 10);
SELECT countSubstrings(s, n) FROM (SELECT arrayJoin(['abab', 'aaaa', '']) AS s, arrayJoin(['a', 'ab', 'aa']) AS n) ORDER BY s, n;
SELECT countSubstrings(NULL, 'a'), countSubstrings('a', NULL), toTypeName(countSubstrings('a', 'a')), toTypeName(countSubstrings(toNullable('a'), 'a'));
SELECT countSubstrings(1, 'a'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT countSubstrings('aaa', 'a', -1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT countSubstrings('aaa'); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT startsWithUTF8('привет', 'пр'), endsWithUTF8('привет', 'ет'), startsWithUTF8('привет', 'ет'), endsWithUTF8('привет', 'пр');
SELECT startsWithUTF8('a', ''), endsWithUTF8('', ''), startsWithUTF8('', 'a'), startsWithUTF8(NULL, 'a');
SELECT startsWithUTF8(s, 'a'), endsWithUTF8(s, 'я') FROM (SELECT arrayJoin(['ab', 'ba', 'ая', '']) AS s);
SELECT startsWithUTF8(1, 'a'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT ascii('a'), ascii('abc'), ascii(''), ascii('é'), ascii(NULL), ascii(toFixedString('ab', 2)), toTypeName(ascii('a'));
SELECT ascii(s) FROM (SELECT arrayJoin(['', 'A', 'zz', '\x7f', 'я']) AS s);
SELECT ASCII('a');
SELECT ascii(1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT ascii(materialize(toFixedString(s, 2))) FROM (SELECT arrayJoin(['ab', 'z', '']) AS s);
SELECT countSubstrings(materialize('aaaa'), 'a', materialize(toUInt8(3))), countSubstringsCaseInsensitive(materialize('AaA'), 'a', 2), countSubstrings('abab', materialize('b'));
SELECT countSubstrings(s, 'a', p) FROM (SELECT materialize('abaca') AS s, arrayJoin([0, 1, 2, 5, 6]) AS p);
SELECT countSubstrings(toFixedString('aab', 3), 'a'); -- { serverError ILLEGAL_COLUMN }
