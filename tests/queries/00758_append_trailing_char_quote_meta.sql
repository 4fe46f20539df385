-- appendTrailingCharIfAbsent(s, c), regexpQuoteMeta(s) and concatAssumeInjective(...).
SELECT appendTrailingCharIfAbsent('a', '/'), appendTrailingCharIfAbsent('a/', '/'), appendTrailingCharIfAbsent('', '/'), appendTrailingCharIfAbsent(toNullable('b'), '/');
SELECT appendTrailingCharIfAbsent(s, '/') FROM (SELECT arrayJoin(['http://x', 'http://x/', '', '/']) AS s);
SELECT appendTrailingCharIfAbsent('a', materialize('/')); -- { serverError ILLEGAL_COLUMN }
SELECT appendTrailingCharIfAbsent('a', ''); -- { serverError BAD_ARGUMENTS }
SELECT appendTrailingCharIfAbsent('a', 'ab'); -- { serverError BAD_ARGUMENTS }
SELECT appendTrailingCharIfAbsent(toFixedString('a', 2), '/'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT appendTrailingCharIfAbsent(1, '/'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }

SELECT regexpQuoteMeta('a.b*c'), regexpQuoteMeta('\0x'), regexpQuoteMeta('é[]{}()|^$?+\\/-:'), regexpQuoteMeta(''), regexpQuoteMeta(materialize('a_b'));
SELECT match('a.b*c', concat('^', regexpQuoteMeta('a.b*c'), '$')), match('axbbc', concat('^', regexpQuoteMeta('a.b*c'), '$'));
SELECT regexpQuoteMeta(toFixedString('a.', 2)); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT regexpQuoteMeta(1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }

SELECT concatAssumeInjective('a', 'b'), concatAssumeInjective(1, NULL), toTypeName(concatAssumeInjective('a', toNullable('b'))), concatAssumeInjective(materialize('x'), 1);
