-- format: {} takes the next argument, {N} argument N; {{ and }} are braces
SELECT format('{} {}', 'Hello', 'World'), format('{0} {0} {1}', 'a', 'b'), format('{{}} {}', 'x'), format('}}{{', 'x'), format('', 'a'), format('{1}{0}', 'a', 'b');
SELECT format('{} - {} - {} - {}', 1, 2.5, toDate('2020-01-01'), [1, 2]), format('{}', NULL), format('{}', toNullable('a')), format('[{}]', '');
SELECT format('{}-{}', number, toString(number * 2)) FROM numbers(3);
SELECT format('{0}{10}', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k');
SELECT format('{} {1}', 'a', 'b'); -- { serverError BAD_ARGUMENTS }
SELECT format('{0} {}', 'a', 'b'); -- { serverError BAD_ARGUMENTS }
SELECT format('{', 'a'); -- { serverError BAD_ARGUMENTS }
SELECT format('a}b', 'x'); -- { serverError BAD_ARGUMENTS }
SELECT format('{2}', 'a'); -- { serverError BAD_ARGUMENTS }
SELECT format('{} {}', 'a'); -- { serverError BAD_ARGUMENTS }
SELECT format('{a}', 'a'); -- { serverError BAD_ARGUMENTS }
SELECT format('{}'); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT format(materialize('{}'), 'a'); -- { serverError ILLEGAL_COLUMN }

-- toValidUTF8: each run of invalid bytes becomes one U+FFFD
SELECT toValidUTF8('\x61\xF0\x80\x80\x80b'), toValidUTF8('abc'), toValidUTF8('\xC3'), toValidUTF8('\xC3\xA9\xFF\xFE'), hex(toValidUTF8('\xED\xA0\x80')), toValidUTF8(''), toValidUTF8('a\x80b\x80'), hex(toValidUTF8('\xF4\x90\x80\x80')), toValidUTF8('\xE2\x82\xAC \xE2\x82'), toValidUTF8(NULL);
SELECT toValidUTF8(s) FROM (SELECT arrayJoin(['ok', 'bad\xFF', '\xC0\xAF', 'ünï']) AS s);
SELECT toValidUTF8(1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }

-- initcap: words are runs of letters and digits
SELECT initcap('hello wORLD foo-bar 1st x_y'), initcap(''), initcap('it''s a test'), initcap('éCOLE'), initcap('  two  spaces'), initcap(NULL);
SELECT initcapUTF8('éCOLE über straße'), initcapUTF8('привет МИР'), initcapUTF8('ΑΒΓ δεζ'), initcapUTF8(''), initcapUTF8('hello–world'), initcapUTF8('日本 abc');
SELECT initcap(s), initcapUTF8(s) FROM (SELECT arrayJoin(['abc DEF', 'ÀÉÎ õü']) AS s);
SELECT initcap(1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT initcapUTF8('a', 'b'); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
