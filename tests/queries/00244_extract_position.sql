-- extract/extractAll: the first group of the first (every) match, else the whole match;
-- positionCaseInsensitive compares ASCII letters without case.
SELECT extract('number: 1, 2', '\\d+'), extract('key=value; k2=v2', 'k2=(\\w+)'), extract('abc', 'x'), extract('', '.*'), extract('abc', '(x)?b');
SELECT extractAll('a1b22c333', '\\d+'), extractAll('k1=v1&k2=v2', '(\\w+)='), extractAll('abc', 'x'), extractAll('aaa', 'a*'), extractAll('', '\\d');
SELECT extract(s, '@(.+)$'), extractAll(s, '[a-z]') FROM (SELECT arrayJoin(['joe@example.com', 'x@y', 'none']) AS s);
SELECT extract(NULL, 'a'), extractAll(CAST(NULL, 'Nullable(String)'), 'a');
SELECT extract('a', materialize('a')); -- { serverError ILLEGAL_COLUMN }
SELECT extract('a', '('); -- { serverError CANNOT_COMPILE_REGEXP }
SELECT extract(1, 'a'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT positionCaseInsensitive('Hello World', 'WORLD'), positionCaseInsensitive('Hello', 'x'), positionCaseInsensitive('aAaA', 'A', 2), positionCaseInsensitive('', ''), positionCaseInsensitive('abc', ''), position('Hello', 'L');
SELECT positionCaseInsensitive(materialize('ClickHouse'), s) FROM (SELECT arrayJoin(['house', 'CLICK', 'x']) AS s);
