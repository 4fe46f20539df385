-- values(): rows given inline, with a structure ('x UInt8, s String') or, with only rows, as
-- columns c1, c2... of each position's common type. zeros(N)/zeros_mt(N): N rows of UInt8 0.
SELECT * FROM values('x UInt8, s String', (1, 'a'), (2, 'b'));
SELECT *, toTypeName(c1), toTypeName(c2) FROM values((1, 'a'), (300, 'b'));
SELECT *, toTypeName(c1) FROM values(1, 2, -3);
SELECT x, toTypeName(x) FROM values('x Nullable(Int64)', 1, NULL);
SELECT * FROM values('x UInt8', 1, 2, 3);
SELECT * FROM values('x UInt8');
SELECT * FROM values('a Array(UInt8), t Tuple(UInt8, String)', ([1, 2], (3, 'x')));
SELECT * FROM values('x Date', '2024-01-01');
SELECT count() FROM values('x UInt8', 1, 2, 3);
SELECT sum(x) FROM values('x UInt64', 1, 2, 3) WHERE x > 1;
DESCRIBE values('x UInt8, s String', (1, 'a'));
SELECT count(), toTypeName(any(zero)), max(zero) FROM zeros(10);
SELECT * FROM zeros(3);
SELECT count() FROM zeros_mt(100000);
-- bad input
SELECT * FROM values(); -- { serverError TOO_FEW_ARGUMENTS_FOR_FUNCTION }
SELECT * FROM values('x UInt8, y String', 1); -- { serverError BAD_ARGUMENTS }
SELECT count() FROM (SELECT * FROM zeros(0) LIMIT 7);
