-- char(n, ...): the bytes n, ... as a String, each modulo 256 (floats truncated first).
SELECT char(104, 105), char(256 + 65), hex(char(-1)), hex(char(1.5)), CHAR(65), toTypeName(char(65)), char(materialize(66), 67.9);
SELECT hex(char(65, NULL)), hex(char(toNullable(66))), hex(char(1e10)), hex(char(-129)), hex(char(255.9)), hex(char(-1.5)), hex(char(toInt64(-9223372036854775808)));
SELECT char(number + 97, 98) FROM numbers(3);
SELECT char(); -- { serverError TOO_FEW_ARGUMENTS_FOR_FUNCTION }
SELECT char('a'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT char(toDecimal32(65.5, 1)); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
