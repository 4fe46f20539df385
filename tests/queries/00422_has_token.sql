-- hasToken(haystack, token): the token occurs bounded by separators (any ASCII byte but letters
-- and digits) or the string's ends; non-ASCII bytes belong to tokens. hasTokenCaseInsensitive
-- ignores ASCII case. The token must be a constant without separators. multiSearchAny(haystack,
-- [needles]): some needle is a substring.
SELECT hasToken('hello world', 'hello'), hasToken('hello world', 'world'), hasToken('hello world', 'wor'), hasToken('helloworld', 'world');
SELECT hasToken('a.b,c;d', 'c'), hasToken('x=1&y=2', 'y'), hasToken('2024-01-02', '01'), hasToken('', 'a'), hasToken('abc', '');
SELECT hasToken('xéy z', 'xéy'), hasToken('xéy', 'x'), hasToken('café au lait', 'café');
SELECT hasToken('Hello World', 'hello'), hasTokenCaseInsensitive('Hello World', 'hello'), hasTokenCaseInsensitive('HELLO', 'hElLo'), hasTokenCaseInsensitive('HELLOS', 'hello');
SELECT s, hasToken(s, 'ab'), hasTokenCaseInsensitive(s, 'AB') FROM (SELECT arrayJoin(['ab', 'xab', 'ab-x', 'x AB y', 'abab', 'ab ab']) AS s);
SELECT hasToken(materialize('one two three'), 'two'), hasToken(toNullable('one two'), 'one'), hasToken(CAST(NULL, 'Nullable(String)'), 'one');
SELECT hasToken('hello world', 'hel lo'); -- { serverError BAD_ARGUMENTS }
SELECT hasToken('a.b', 'a.b'); -- { serverError BAD_ARGUMENTS }
SELECT hasToken('hello world', materialize('hello')); -- { serverError ILLEGAL_COLUMN }
SELECT hasToken(toFixedString('a b', 3), 'b'); -- { serverError ILLEGAL_COLUMN }
SELECT hasToken(1, 'b'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT hasToken('a'); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT multiSearchAny('hello', ['x', 'ell']), multiSearchAny('hello', ['x', 'y']), multiSearchAny('hello', ['']), multiSearchAny('', ['a']);
SELECT s, multiSearchAny(s, ['ab', 'yz']) FROM (SELECT arrayJoin(['xaby', 'xyz', 'a b', '']) AS s);
SELECT multiSearchAny(toFixedString('abc', 5), ['bc']); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT multiSearchAny('abc', 'b'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
