-- leftPad/rightPad in bytes and UTF-8 code points; base64Encode/Decode with and without padding.
SELECT leftPad('abc', 7, '*'), rightPad('abc', 7, 'xy'), leftPad('abc', 2), lpad('a', 3), rpad('a', 0, 'z'), leftPad('', 3, 'ab'), leftPad('abc', 5, '');
SELECT leftPadUTF8('абв', 5, 'ё'), rightPadUTF8('абвгд', 3), leftPad('абв', 7, '*'), rightPadUTF8('a', 4, 'бв');
SELECT leftPad(toString(number), 3, '0'), rightPad('x', number) FROM numbers(3);
SELECT leftPad(NULL, 3), leftPad('a', CAST(NULL, 'Nullable(UInt8)'));
SELECT leftPad('a', -1); -- { serverError INDEX_OF_POSITIONAL_ARGUMENT_IS_OUT_OF_RANGE }
SELECT leftPad(1, 3); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT base64Encode('Hello'), base64Encode(''), base64Encode('ab'), base64Encode('abc'), base64Encode(toFixedString('a', 2));
SELECT base64Decode('SGVsbG8='), tryBase64Decode('SGVsbG8'), base64Decode(''), base64Decode('YWI='), tryBase64Decode('%%'), tryBase64Decode('SGVsbG8=');
SELECT base64Decode(base64Encode(toString(number * 1000003))) = toString(number * 1000003) FROM numbers(3);
SELECT base64Decode('%%'); -- { serverError INCORRECT_DATA }
SELECT base64Decode('SGVsbG8'); -- { serverError INCORRECT_DATA }
