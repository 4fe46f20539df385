-- CASE x WHEN a THEN b ... END: transform over constant branches, multiIf over others; NULL
-- without ELSE. formatReadableSize/DecimalSize/Quantity as ClickHouse prints them.
SELECT number, CASE number WHEN 1 THEN 'one' WHEN 2 THEN 'two' END AS c, toTypeName(c) FROM numbers(4);
SELECT CASE toString(number) WHEN '1' THEN 10 ELSE 0 END FROM numbers(3);
SELECT CASE if(number = 1, NULL, number) WHEN 1 THEN 'a' WHEN 2 THEN 'b' ELSE 'c' END FROM numbers(3);
SELECT CASE number % 2 WHEN 0 THEN number ELSE 100 END FROM numbers(4);
SELECT CASE number WHEN number % 2 THEN 'same' ELSE 'diff' END FROM numbers(3);
SELECT CASE 1 WHEN 1 THEN 'a' END FORMAT TSVWithNames;
SELECT x, formatReadableSize(x), formatReadableDecimalSize(x), formatReadableQuantity(x) FROM (SELECT arrayJoin([0, 1, 999, 1000, 1023, 1024, 1536, 1048576, 123456789012]) AS x);
SELECT formatReadableSize(-2048), formatReadableQuantity(-2048), formatReadableSize(0.5), formatReadableQuantity(999.999), formatReadableSize(toUInt64(18446744073709551615)), formatReadableQuantity(1e40), formatReadableSize(1e40), formatReadableSize(nan), formatReadableSize(inf), formatReadableQuantity(-inf);
SELECT formatReadableSize(NULL), formatReadableSize(toNullable(toUInt8(5))), toTypeName(formatReadableSize(toNullable(1)));
SELECT formatReadableSize('a'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT formatReadableQuantity(); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
