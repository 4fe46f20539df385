-- SQL-standard keyword forms of trim, substring, position and extract, next to the plain calls
-- they become.
SELECT trim(BOTH 'x' FROM 'xxaxx'), trim(LEADING 'xy' FROM 'xyaxyx'), trim(TRAILING 'xy' FROM 'xyaxyx');
SELECT TRIM(both 'x' FROM 'xxx'), trim(BOTH 'x' FROM ''), trim(BOTH '' FROM ' a '), trim(BOTH ' ' FROM '  a  ');
SELECT trim(BOTH 'x' FROM NULL), trim(LEADING 'x' FROM toNullable('xa'));
SELECT trim(BOTH 'ая' FROM 'яааbя'), trim(BOTH '^]\\' FROM '^]\\a]');
SELECT trim(BOTH 'x' FROM s) FROM (SELECT arrayJoin(['xa', 'ax', 'xax', 'a']) AS s);
SELECT trimBoth('xxaxx', 'x'), trimLeft('xxaxx', 'x'), trimRight('xxaxx', 'x'), trim('  a  ');
SELECT trim(BOTH 'x' FROM 1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT trimBoth('a', materialize('x')); -- { serverError ILLEGAL_COLUMN }
SELECT trimBoth('a', 1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT substring('hello' FROM 2 FOR 3), SUBSTRING('hello' FROM 2), substring('hello' FROM -3 FOR 2), substring('hello' FROM 10);
SELECT substring('hello', 2, 3), substring(s FROM 1 + 1 FOR length(s) - 2) FROM (SELECT 'hello' AS s);
SELECT substring(NULL FROM 1), substring('' FROM 1 FOR 1);
SELECT position('l' IN 'hello'), position('z' IN 'hello'), position('' IN 'hello'), position('hello', 'l');
SELECT position(s IN 'hello') FROM (SELECT arrayJoin(['h', 'llo', 'x']) AS s);
SELECT 'l' IN ('l', 'm'), position('b' IN 'abc') = 2;
SELECT extract(YEAR FROM toDate('2020-05-06')), extract(MONTH FROM toDate('2020-05-06')), extract(DAY FROM toDate('2020-05-06'));
SELECT extract(QUARTER FROM toDate('2020-05-06')), extract(WEEK FROM toDate('2020-05-06'));
SELECT extract(HOUR FROM toDateTime('2020-05-06 07:08:09', 'UTC')), extract(MINUTE FROM toDateTime('2020-05-06 07:08:09', 'UTC')), extract(SECOND FROM toDateTime('2020-05-06 07:08:09', 'UTC'));
SELECT extract(year FROM toDate('1999-12-31')), extract('abcd', 'b.');
