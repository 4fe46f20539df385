-- String functions: bytes versus UTF-8 code points, case, concatenation, substrings, LIKE and search.
SELECT length('hello'), length(''), length('привет'), lengthUTF8('привет'), empty(''), notEmpty('x');
SELECT lower('Hello World'), upper('Hello World'), lower('ÀÉÎ'), lowerUTF8('ÀÉÎ'), upperUTF8('привет');
SELECT concat('a', 'b', 'c'), concat('team_', toString(42)), concat('x', ''), 'a' || 'b' || 'c';
SELECT concat('a', NULL), toTypeName(concat('a', NULL));
-- substring is 1-based; negative offsets count from the end; the length is optional.
SELECT substring('datastore', 1, 4), substring('datastore', 5), substring('datastore', -5, 3), substring('datastore', 20), substring('datastore', 0, 3), substr('abc', 2, 1);
SELECT substringUTF8('привет', 2, 3), substring('привет', 3, 4);
-- LIKE: % any run, _ one character, \ escapes; ILIKE ignores case.
SELECT 'datastore' LIKE 'data%', 'datastore' LIKE '%store', 'datastore' LIKE 'd_tastore', 'datastore' LIKE 'Data%', 'datastore' ILIKE 'Data%';
SELECT '100%' LIKE '100\\%', '100x' LIKE '100\\%', 'a_b' LIKE 'a\\_b', 'axb' LIKE 'a\\_b', '' LIKE '%', 'abc' LIKE '';
SELECT 'datastore' NOT LIKE '%x%', notLike('datastore', 'data%'), like('abc', 'a%'), 'multi\nline' LIKE 'multi%line';
-- position is 1-based and 0 when absent; startsWith/endsWith.
SELECT position('datastore', 'store'), position('datastore', 'x'), position('datastore', ''), position('aaa', 'a', 2);
SELECT startsWith('/dashboard/settings', '/dashboard'), startsWith('/home', '/dashboard'), endsWith('index.html', '.html'), startsWith('', '');
-- Over a column.
CREATE TABLE pages (id UInt32, url String) ENGINE = MergeTree ORDER BY id;
INSERT INTO pages VALUES (1, 'https://hanzo.ai/dashboard'), (2, 'https://hanzo.ai/settings/keys'), (3, 'http://example.com/'), (4, ''), (5, 'HTTPS://HANZO.AI/Docs');
SELECT id, length(url), upper(url), position(url, '/') FROM pages ORDER BY id;
SELECT id FROM pages WHERE url LIKE 'https://hanzo.ai/%' ORDER BY id;
SELECT id FROM pages WHERE lower(url) LIKE '%hanzo.ai%' AND NOT startsWith(url, 'https://hanzo.ai/s') ORDER BY id;
SELECT id, substring(url, position(url, '://') + 3) AS rest FROM pages WHERE url != '' ORDER BY id;
SELECT startsWith(url, 'https') AS secure, count() FROM pages GROUP BY secure ORDER BY secure;
SELECT concat(toString(id), ':', url) FROM pages WHERE id IN (1, 4) ORDER BY id;
SELECT length(1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT upper(); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT 1 LIKE 'a'; -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
