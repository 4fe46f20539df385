-- URL functions on odd URLs: no scheme, '//host', IPv6 hosts, user info, ports, mailto:,
-- percent-encoding, empty strings; the quirks are ClickHouse's own.
SELECT u, protocol(u), domain(u), domainWithoutWWW(u), topLevelDomain(u), port(u), path(u), pathFull(u), queryString(u), fragment(u), queryStringAndFragment(u)
FROM (SELECT arrayJoin(['https://user:pw@www.Example.com:8080/a/b/c.html?x=1&y=2&x=3#frag', 'http://example.com', '//host.com/path?q#f', 'host.com/path',
    'mailto:someone@example.com', 'http://[2001:db8::1]:8080/p?q=1', 'http://[::1]/', 'https://example.com:/path', 'file:///etc/passwd', 'http://host?query',
    'http://host/p%20a?x=%41&y=a+b#f%20g', 'http://127.0.0.1:65536/', '://host', '?a=1&b=2', '#only', '', 'http://user:p@ss@host.com/']) AS u);

-- Parameters: a name ended by '#' is one too, an empty name finds "=value".
SELECT extractURLParameters('//host.com/path?q#f'), extractURLParameterNames('//host.com/path?q=1&r#f'), extractURLParameters('http://h/?a=1&a=2&b&c=&=d'),
    extractURLParameterNames('http://h/?a=1&a=2&b&c=&=d'), extractURLParameters('http://h/?a?b=1');
SELECT extractURLParameter('http://h/?=d', ''), extractURLParameter('http://h/?a=1&=d', ''), extractURLParameter('http://h/?xa=1&a=2', 'a'),
    extractURLParameter('http://h/?a=1#a=3', 'a'), extractURLParameter('http://h/#?a=3', 'a'), extractURLParameter('http://h/?a', 'a');
SELECT cutURLParameter('http://h/?a=1&b=2&a=3', 'a'), cutURLParameter('http://h/?a=1#a=2', 'a'), cutURLParameter('http://h/?ab=1&a=2', 'a'),
    cutURLParameter('http://h/?b=1&a=2#f', 'a'), cutURLParameter('http://h/?x=1&y=2&z=3', ['x', 'z']);

-- cutWWW skips user info; the cut* functions leave a URL without the part as it is.
SELECT cutWWW('http://www.h.com/x'), cutWWW('www.h.com'), cutWWW('http://wwwx.h.com'), cutWWW('http://u@www.h.com/'), cutWWW('http://u:p@www.h.com/'), cutWWW('http://www.');
SELECT cutQueryString('http://h/?a#b'), cutFragment('http://h/?a#b'), cutQueryStringAndFragment('http://h/?a#b'), cutQueryString('http://h/#b');

-- netloc ends at the last '/' (or '?') before a '#' or the end, as ClickHouse always has.
SELECT netloc('http://host/a/b/c'), netloc('http://host/a.b'), netloc('http://h/x/'), netloc('http://host/a?x'), netloc('http://host/a#x'),
    netloc('file:///etc/passwd'), netloc('http://u:p@host/a/b'), netloc('http://paul@www.example.com:80/');

-- The hierarchies need a scheme of lowercase letters (not 'a' or 'z') and digits (not 0 or 9).
SELECT URLHierarchy('http://host/a/b?c#d'), URLPathHierarchy('http://host/a/b?c#d'), URLHierarchy('HTTP://host/Path'), URLHierarchy('http2://h/x'),
    URLHierarchy('9http://h/x'), URLHierarchy('ahttp://h/x'), URLPathHierarchy('Http://h/x'), URLHierarchy('host/a');

SELECT decodeURLComponent('a%20b%zz%2'), decodeURLComponent('%C3%A9'), decodeURLComponent('a+b'), decodeURLFormComponent('a+b%2Bc'),
    encodeURLComponent('a b/c?d=é&~_-.'), encodeURLFormComponent('a b+c/é');
SELECT port('http://h:99999/'), port('http://h:65535'), port('http://h', 443), port('http://h:abc', toUInt16(5)), port('h:80'), port('//h:80'), port('http://u:p@h:82/');

-- FixedString is not a URL: ILLEGAL_COLUMN for the string results, ILLEGAL_TYPE_OF_ARGUMENT else.
SELECT domain(toFixedString('http://a.com/', 14)); -- { serverError ILLEGAL_COLUMN }
SELECT cutWWW(toFixedString('http://www.a.com/', 18)); -- { serverError ILLEGAL_COLUMN }
SELECT decodeURLComponent(toFixedString('a%20', 4)); -- { serverError ILLEGAL_COLUMN }
SELECT URLHierarchy(toFixedString('http://a.com/', 14)); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT extractURLParameters(toFixedString('http://a/?x=1', 13)); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT port(toFixedString('http://a:1/', 11)); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT extractURLParameter('http://a/?x=1', toFixedString('x', 1)); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT cutURLParameter('http://a/?x=1', [1]); -- { serverError ILLEGAL_COLUMN }
SELECT domain(1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT port('http://h', 'x'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
