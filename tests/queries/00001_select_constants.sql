-- Constants, arithmetic result types and text forms of literals.
SELECT 1;
SELECT 1, 'abc', -1, 1.5, NULL;
SELECT 1 + 2, 10 - 20, 3 * 4, 7 / 2, intDiv(7, 2), 7 % 3;
SELECT toTypeName(1), toTypeName(300), toTypeName(-1), toTypeName(1.5), toTypeName('x'), toTypeName(NULL);
SELECT toTypeName(toUInt8(1) + toUInt8(1)), toTypeName(toInt32(1) * toInt64(2)), toTypeName(1 / 2);
SELECT 'it''s', 'tab\there', 'back\\slash';
SELECT 1 AS x, x + 1 AS y, y * 2;
SELECT 1 = 1, 1 != 1, 2 > 1, 'a' < 'b', NOT 1, 1 AND 0, 1 OR 0;
SELECT if(1 > 2, 'yes', 'no'), multiIf(1 > 2, 'a', 2 > 1, 'b', 'c');
SELECT round(2.5), round(3.14159, 2), floor(2.7), ceil(2.1);
SELECT intDiv(1, 0); -- { serverError ILLEGAL_DIVISION }
SELECT 1 +; -- { serverError SYNTAX_ERROR }
SELECT unknown_function(1); -- { serverError UNKNOWN_FUNCTION }
SELECT missing_column; -- { serverError UNKNOWN_IDENTIFIER }
