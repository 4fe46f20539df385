-- multiMatchAny(haystack, [patterns]) and multiMatchAnyIndex: whether a regular expression of the
-- array matches, and the index of one that does (0 for none; which one where several match is
-- up to the matcher, so no row here has two ending together), as
-- Insights' paths query groups events with multiMatchAnyIndex(event, groupings).
SELECT s, multiMatchAnyIndex(s, ['^b', 'c$', 'a', 'cd']), multiMatchAny(s, ['x', 'b.']), multiMatchAny(s, NULL) FROM (SELECT arrayJoin(['abc', 'bcd', '', 'xyz', 'cba', concat('a', char(10), 'b')]) AS s);
SELECT multiMatchAnyIndex('abc', NULL), multiMatchAny(toNullable('ab'), ['b']), toTypeName(multiMatchAnyIndex('a', ['a'])), multiMatchAny('', ['']);
SELECT multiMatchAnyIndex(concat('/page/', toString(number)), ['/page/[0-4]$', '/page/[5-9]']) FROM numbers(7);
SELECT multiMatchAny('a', ['(']); -- { serverError BAD_ARGUMENTS }
SELECT multiMatchAny(1, ['a']); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT multiMatchAny('a', 'a'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT multiMatchAnyIndex('a', []); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT multiMatchAny('a'); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
