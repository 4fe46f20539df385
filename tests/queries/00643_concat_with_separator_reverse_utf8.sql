-- concatWithSeparator (concat_ws) and reverseUTF8.
SELECT concatWithSeparator(',', 'a', 'b', 'c'), concatWithSeparator('', 'a', 'b'), concatWithSeparator(',', 'a'), concatWithSeparator(',');
SELECT concat_ws('-', 1, 'x', 1.5, [1, 2], toDate('2020-01-02')), CONCAT_WS(', ', toFixedString('ab', 2), 'c');
SELECT concatWithSeparator(',', 'a', NULL, 'b'), concatWithSeparator(NULL, 'a'), concatWithSeparator(',', toNullable('a'), 'b'), toTypeName(concatWithSeparator(',', toNullable('a'), 'b'));
SELECT concatWithSeparator('|', s, toString(n), '') FROM (SELECT arrayJoin(['', 'x', 'привет']) AS s, arrayJoin([1, 22]) AS n);
SELECT concatWithSeparatorAssumeInjective('/', 'a', 'b');
SELECT concatWithSeparator(1, 'a'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT concatWithSeparator(materialize(','), 'a', 'b'); -- { serverError ILLEGAL_COLUMN }
SELECT concatWithSeparator(); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT reverseUTF8('привет'), reverseUTF8(''), reverseUTF8('a😀b'), reverseUTF8(NULL), hex(reverseUTF8('a\xffб')), hex(reverseUTF8('\xd0'));
SELECT reverseUTF8(s) FROM (SELECT arrayJoin(['abc', 'äb', '', '日本語']) AS s);
SELECT reverseUTF8(toFixedString('ab', 2)); -- { serverError ILLEGAL_COLUMN }
SELECT reverseUTF8(1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
