-- URL functions, ClickHouse's simplified (non-RFC) parsing: URLs with and without a scheme,
-- userinfo, ports, IPv6 literals, query strings, fragments, percent-encoding.
CREATE TABLE urls (id UInt32, u String) ENGINE = Memory;
INSERT INTO urls VALUES (1, 'https://user:pass@www.Example.com:8080/a/b.html?x=1&y=2&x=3#frag'), (2, 'http://example.com'), (3, 'example.com/path?q=1'), (4, '//cdn.example.org/lib.js'), (5, 'ftp://ftp.example.co.uk/file.txt'), (6, 'https://[2001:db8::1]:443/path?a=b'), (7, 'http://www.example.com:/p'), (8, 'mailto:user@example.com'), (9, 'https://example.com?a=1'), (10, 'https://example.com#only'), (11, 'https://example.com/p?a=%20b&c=d%3De&&e&=f&g=#h'), (12, '/relative/path?x=1'), (13, 'www.example.com'), (14, 'https://.example.com/'), (15, 'http://example.com./'), (16, 'https://sub.domain.example.com.tr/'), (17, 'http://127.0.0.1:80/'), (18, 'https://example.com:65536/'), (19, 'https://example.com:abc/'), (20, 'file:///etc/passwd'), (21, 'http://a.b.c.d.e/f'), (22, 'http://localhost/'), (23, 'http://xn--80ak6aa92e.com/'), (24, ' https://example.com/'), (25, 'https://EXAMPLE.COM/Path'), (26, 'http://example.com/?'), (27, 'http://example.com/#'), (28, 'https://user@host/'), (29, 'http://x.com/p?a=1#b=2'), (30, 'http://x.com/#a=1&b=2'), (31, 'http://x.com/?a&b=1'), (32, 'http://x.com/?=1'), (33, 'http://x.com/?a=1?b=2'), (34, 'http://x.com/?a=1&'), (35, 'http://x.com/?&&'), (36, 'http://x.com/?xa=1&a=2'), (37, 'http://x.com/?b=1&a=2&a=3'), (38, 'http://x.com/#a?b=1'), (39, 'http://example.com:80abc/'), (40, 'http://localhost:8080/'), (41, 'http://x.com:8080'), (42, 'http://x.com:0/'), (43, 'x.com:443/p'), (44, 'svn+ssh://some.svn-hosting.com:80/repo/trunk'), (45, 'a.b:c'), (46, '1abc://x.com'), (47, 'http:x.com'), (48, 'HTTP://X.COM'), (49, '//www.x.com/'), (50, 'http://www./'), (51, 'http://a@b@c.com/'), (52, 'http://a%40b.com/');
-- Scheme and host.
SELECT id, u, protocol(u), domain(u), domainWithoutWWW(u), topLevelDomain(u), port(u), port(u, toUInt16(7)) FROM urls ORDER BY id;
-- Path, query string and fragment.
SELECT id, u, path(u), pathFull(u), queryString(u), fragment(u), queryStringAndFragment(u) FROM urls ORDER BY id;
-- Parameters.
SELECT id, u, extractURLParameter(u, 'x'), extractURLParameter(u, 'a'), extractURLParameters(u), extractURLParameterNames(u) FROM urls ORDER BY id;
-- Cutting parts off.
SELECT id, u, cutQueryString(u), cutFragment(u), cutQueryStringAndFragment(u), cutWWW(u), cutURLParameter(u, 'x'), cutURLParameter(u, 'a') FROM urls ORDER BY id;
-- Parameters: the first value, not decoded; several names cut at once.
SELECT extractURLParameter('http://x.com/?a=1&a=2', 'a'), extractURLParameter('http://x.com/?a=1', ''), extractURLParameters(''), cutURLParameter('http://x.com/?a=1&b=2', ['a', 'b']), cutURLParameter('http://x.com/?b=2&a=1#f', 'a'), cutURLParameter('http://x.com/?ba=2&a=1', 'a');
SELECT extractURLParameter(u, name) FROM (SELECT 'http://x.com/?q=search+term&page=2' AS u, 'page' AS name);

-- www. and domains.
SELECT domainWithoutWWW('http://www./'), domainWithoutWWW('http://www.x.com'), domainWithoutWWW('www.www.x.com'), domainWithoutWWW('http://WWW.x.com'), cutWWW('http://www.x.com/www.a'), cutWWW('ftp://www.');
SELECT topLevelDomain('http://x.com.:8/'), topLevelDomain('http://x.1com/'), topLevelDomain('http://127.0.0.1/'), topLevelDomain('x.co.uk'), topLevelDomain('localhost');
SELECT cutQueryStringAndFragment('http://x.com/p#a?b'), cutQueryStringAndFragment('http://x.com/p#a'), cutQueryString('http://x.com/p#a?b=1'), queryString('http://x.com/p#a?b=1'), queryStringAndFragment('http://x.com/p#a?b=1');
SELECT toTypeName(port('http://x.com:1/')), port('http://x.com:65535/'), port(''), domain(''), protocol(''), path(''), queryString('');

-- Percent-encoding.
SELECT decodeURLComponent('a%20b+c%2Bd%zz%4%%41%e2%82%ac%E2%82%AC'), decodeURLComponent('%'), decodeURLComponent('%4'), length(decodeURLComponent('abc%00def')), decodeURLComponent('');
SELECT encodeURLComponent('a b+c/d?e=f&g~h_i-j.k*l\'m(n)!é'), encodeURLComponent(''), decodeURLComponent(encodeURLComponent('ünïcødé & more'));
SELECT decodeURLFormComponent('a+b%20c'), encodeURLFormComponent('a b+c');

-- NULLs and a non-constant second argument.
SELECT domain(CAST(NULL AS Nullable(String))), toTypeName(domain(CAST('http://x.com' AS Nullable(String)))), extractURLParameter(CAST(NULL AS Nullable(String)), 'a');
SELECT id, extractURLParameter(u, 'a'), cutURLParameter(u, 'a') FROM urls WHERE id % 4 = 0 AND u LIKE '%a=%' ORDER BY id;
SELECT extractURLParameter(materialize('http://x.com/?a=1'), materialize('a')); -- { serverError ILLEGAL_COLUMN }
SELECT cutURLParameter('http://x.com/?a=1', materialize('a')); -- { serverError ILLEGAL_COLUMN }
SELECT port('http://x.com:8/', materialize(toUInt16(1))); -- { serverError ILLEGAL_COLUMN }

-- Errors.
SELECT domain(1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT port('http://x.com', 7); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT extractURLParameter('http://x.com'); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
